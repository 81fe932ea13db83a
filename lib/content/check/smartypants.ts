import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';
import { ARABIC } from './typography';

/**
 * Typographic quotes, dashes and ellipses in body text: the transform of
 * remark-smartypants 3.0.3, with the same two retext-smartypants passes and the
 * same result, but each pass is run only on text it could change. The first
 * pass reads the whole body at once (quotes pair across links and emphasis) and
 * changes only ' and "; the second runs on each text node for dashes, ellipses
 * and backtick quotes. Run on every node and every body, they were half the
 * time it takes to check an article.
 */

const quotes = retext().use(retextSmartypants, { ellipses: false, dashes: false, backticks: false });
const dashesAndEllipses = retext().use(retextSmartypants, { quotes: false });

/** Text the first pass changes. */
const QUOTES = /['"]/;
/** Text the second pass changes: -- and ---, three dots (spaced or not), `` and ''. */
const DASHES_AND_ELLIPSES = /--|\.\s*\.|``|''/;

const IGNORED_ELEMENTS = new Set(['style', 'script']);
// Blocks start fresh: a quote at their start opens, so each adds a space between them.
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

export function remarkTypography() {
  return (tree: Root) => {
    let allText = '';
    const nodes: ({ type: 'text' | 'inlineCode'; value: string } | { type: 'block' })[] = [];
    visit(tree, (node, _index, parent) => {
      if (!parent) return;
      if (parent.type === 'mdxJsxTextElement' && (typeof parent.name !== 'string' || IGNORED_ELEMENTS.has(parent.name))) return;
      if (node.type === 'text' || node.type === 'inlineCode') {
        // Code takes its place without its characters, so quotes never pair with it.
        allText += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
        nodes.push(node);
      } else if (BLOCKS.has(node.type)) {
        allText += ' ';
        nodes.push({ type: 'block' });
      }
    });
    // Quotes become curly one character for one, so each node keeps its place in the text.
    // Arabic writes « »: a body in Arabic keeps its quotation marks as typed (typography.ts).
    const quoted = QUOTES.test(allText) && !ARABIC.test(allText) ? quotes.processSync(allText).toString() : allText;
    let start = 0;
    for (const node of nodes) {
      if (node.type === 'block') {
        start += 1;
        continue;
      }
      const end = start + node.value.length;
      if (node.type === 'text') {
        const text = quoted.slice(start, end);
        node.value = DASHES_AND_ELLIPSES.test(text) ? dashesAndEllipses.processSync(text).toString() : text;
      }
      start = end;
    }
  };
}
