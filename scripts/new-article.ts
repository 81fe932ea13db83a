/**
 * Creates a draft article with every field to fill in.
 *   npm run new -- --section <id> [--author <id>] "Headline"
 * Writes content/articles/<slug>.mdx (or under CONTENT_DIR) and prints its path and future URL.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { now } from '../lib/clock';
import { checkDataFiles } from '../lib/content/data-files';
import { scaffoldArticle, scaffoldRefusal, type Newsroom } from '../lib/content/scaffold';
import { directorySource } from '../lib/content/source';
import { absoluteUrl } from '../lib/site';

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    options: { section: { type: 'string' }, author: { type: 'string' } },
    allowPositionals: true,
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { values, positionals } = parsed;
if (!values.section) fail('say which section, e.g. npm run new -- --section world "Talks resume in Vienna"');

const root = path.resolve(process.env.CONTENT_DIR ?? 'content');
const source = directorySource(root);
// Only sections, authors and existing ids matter here, so the tree's other problems do not block a new draft;
// an id is read from its line in the frontmatter, without checking the whole file.
const data = checkDataFiles((name) => source.read(name));
const ids = new Set(source.listFiles().map((file) => /^id:[ \t]*["']?([a-z0-9-]+)/m.exec(source.read(file) ?? '')?.[1]));
const newsroom: Newsroom = { sections: data.sections ?? [], authors: data.authors ?? [], hasArticle: (id) => ids.has(id) };
const request = { headline: positionals.join(' '), section: values.section, author: values.author, at: now() };
const refusal = scaffoldRefusal(request, newsroom, (file) => existsSync(path.join(root, file)));
if (refusal) fail(refusal);
const section = newsroom.sections.find((s) => s.id === request.section);
if (!section) fail(`unknown section "${request.section}"`);

const scaffold = scaffoldArticle(request, newsroom, section);
const target = path.join(root, scaffold.file);
writeFileSync(target, scaffold.text, { flag: 'wx' });
console.log(`Created ${path.relative(process.cwd(), target)}`);
console.log(`It will be at ${absoluteUrl(scaffold.path)} once published (preview it with npm run dev; it is a draft until you remove draft: true).`);
