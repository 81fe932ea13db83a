import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { embedUrlProblem } from './embeds';

/**
 * The body components richer stories add to the allow-list in
 * lib/content/body.ts, in the same shape as its entries, so the content check
 * and the editor guide take them as they are.
 *
 * `<Gallery>` is the one component with content: its `<Figure … />`s, each on
 * a line of its own, checked like any other Figure.
 *
 *   <Gallery caption="The residence after the attack">
 *   <Figure src="/images/a.png" alt="…" caption="…" credit="…" />
 *   <Figure src="/images/b.png" alt="…" caption="…" credit="…" />
 *   </Gallery>
 */

const PULL_QUOTE_MAX_LENGTH = 300;
const GALLERY_MIN = 2;
const GALLERY_MAX = 12;

export const richBodyComponents = {
  Embed: {
    description:
      'A video or social post from YouTube, Vimeo, X, Instagram, TikTok, Bluesky or Mastodon. Readers see a card with your caption and a link to the original; the post itself loads only when they press "Load".',
    example: '<Embed url="https://www.youtube.com/watch?v=…" caption="What the video shows" credit="Who filmed it" />',
    attributes: {
      url: { required: true, check: embedUrlProblem },
      caption: { required: true },
      credit: { required: false },
    },
  },
  PullQuote: {
    description: 'A quotation set apart from the text, with who said it and, if it helps, their role.',
    example: '<PullQuote quote="What was said, word for word" by="Who said it" role="Their role, if it helps" />',
    attributes: {
      quote: { required: true, check: (v: string) => (v.length > PULL_QUOTE_MAX_LENGTH ? `a pull quote is at most ${PULL_QUOTE_MAX_LENGTH} characters` : undefined) },
      by: { required: true },
      role: { required: false },
    },
  },
  Gallery: {
    description: `Several pictures shown together: ${GALLERY_MIN} to ${GALLERY_MAX} <Figure … /> lines between <Gallery> and </Gallery>, each with its alt text, caption and credit.`,
    example: '<Gallery caption="What the pictures show together">\n<Figure src="/images/a.png" alt="…" caption="…" credit="…" />\n<Figure src="/images/b.png" alt="…" caption="…" credit="…" />\n</Gallery>',
    attributes: {
      caption: { required: false },
    },
  },
} satisfies Record<string, { description: string; example: string; attributes: Record<string, { required: boolean; check?: (value: string) => string | undefined }> }>;

/** What is wrong with what stands between <Gallery> and </Gallery>; the Figures themselves are checked as Figures. */
export function galleryContentProblems(node: MdxJsxFlowElement): { line: number; column: number; message: string }[] {
  const at = (n: { position?: { start: { line: number; column: number } } }) => ({ line: n.position?.start.line ?? 1, column: n.position?.start.column ?? 1 });
  const problems = node.children
    .filter((child) => !(child.type === 'mdxJsxFlowElement' && child.name === 'Figure'))
    .map((child) => ({ ...at(child), message: 'only <Figure … /> lines may stand between <Gallery> and </Gallery>' }));
  const figures = node.children.length - problems.length;
  if (figures < GALLERY_MIN || figures > GALLERY_MAX) {
    problems.unshift({ ...at(node), message: `a gallery holds ${GALLERY_MIN} to ${GALLERY_MAX} <Figure>s; this one has ${figures}` });
  }
  return problems;
}
