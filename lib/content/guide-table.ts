import { z } from 'zod';

/** One frontmatter field as the editor guide describes it. */
interface FieldDoc {
  type: string;
  description: string;
  example: string;
}

/** A guide entry for every field of a schema's shape: the type checker asks for each. */
export type Docs<S extends z.ZodRawShape> = { [K in keyof S]: FieldDoc };

function required(schema: z.core.$ZodType): string {
  return z.safeParse(schema, undefined).success ? 'no' : 'yes';
}

/** A Markdown table of a schema's fields: name, type, whether it is required, what it is for, an example. */
export function fieldTable<S extends z.ZodRawShape>(shape: S, docs: Docs<S>, prefix = ''): string {
  const rows = Object.keys(shape).map((key) => {
    const doc = docs[key];
    const schema = shape[key];
    if (!doc || !schema) throw new Error(`no guide entry for ${prefix}${key}`);
    const example = doc.example.includes('\n') ? 'see below' : `\`${doc.example}\``;
    return `| \`${prefix}${key}\` | ${doc.type} | ${required(schema)} | ${doc.description} | ${example} |`;
  });
  return ['| field | type | required | what it is for | example |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}
