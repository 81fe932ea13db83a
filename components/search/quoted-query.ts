import { typeset } from '@/lib/content/check/typography';

/**
 * A reader's query as the page says it back, quoted once: in quotation marks of its own, or,
 * when it has quotes already (a phrase), in its own typeset.
 */
export function quotedQuery(query: string): string {
  return query.includes('"') ? typeset(query) : `“${query}”`;
}
