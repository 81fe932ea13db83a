import { typeset } from '@/lib/content/check/typography';

/**
 * A reader's query as the page says it back, quoted once: in quotation marks of its own, or,
 * when it quotes a phrase itself, in its own quotation marks, typeset.
 */
export function quotedQuery(query: string): string {
  return /"[^"]+"/.test(query) ? typeset(query) : `“${query}”`;
}
