import type { Root, RootContent } from 'mdast';
import type {} from 'mdast-util-mdx';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFileMessage } from 'vfile-message';
import { galleryContentProblems, richBodyComponents } from '../live/body-components';
import type { Position } from './frontmatter';
import { imagePathSchema } from './schema';
import { remarkTypography } from './smartypants';

/**
 * Article bodies are Markdown plus a short list of components, parsed into a
 * tree and never executed. Everything that could run code (import/export,
 * {expressions}, unknown tags) is refused here, with its line.
 */

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkTypography);

interface AttributeSpec {
  required: boolean;
  /** Extra check on the value; returns a message when it is wrong. */
  check?: (value: string) => string | undefined;
}

/** The allow-list: every component an editor may write, and its attributes. */
export const bodyComponents = {
  AlsoRead: {
    description: 'An inline link to another article, shown with its current headline.',
    example: '<AlsoRead id="iraq-election-results" />',
    attributes: { id: { required: true } },
  },
  Figure: {
    description: 'An image inside the body, with caption and credit.',
    example:
      '<Figure src="/images/green-zone-map.png" alt="Map of the Green Zone" caption="The Green Zone in central Baghdad" credit="Masthead graphics" />',
    attributes: {
      src: { required: true, check: (v: string) => imagePathSchema.safeParse(v).error?.issues[0]?.message },
      alt: { required: true },
      caption: { required: true },
      credit: { required: true },
      creditUrl: { required: false, check: (v: string) => (/^https?:\/\//.test(v) ? undefined : 'expected an http(s) URL') },
    },
  },
  ...richBodyComponents,
} satisfies Record<string, { description: string; example: string; attributes: Record<string, AttributeSpec> }>;

export type BodyComponentName = keyof typeof bodyComponents;

export function isBodyComponent(name: string): name is BodyComponentName {
  return Object.hasOwn(bodyComponents, name);
}

interface BodyProblem {
  position: Position;
  field: string;
  message: string;
}

interface BodyReference {
  position: Position;
  value: string;
}

export interface CheckedBody {
  tree: Root;
  problems: BodyProblem[];
  /** Article ids named by <AlsoRead>. */
  alsoRead: BodyReference[];
  /** Image paths named by <Figure>. */
  images: BodyReference[];
  /** Links named by <Embed>: the page that shows them must allow their players as frames. */
  embeds: BodyReference[];
  /** Alt text and caption of each <Figure>, to compare them. */
  figures: { position: Position; alt?: string; caption?: string; credit?: string }[];
  /** Site-internal link targets ("/world/…"). */
  internalLinks: BodyReference[];
  /** Words in the body, for reading time and benchmarks. */
  wordCount: number;
}

/** Parses a body without checking it; `firstLine` shifts positions to file lines. */
export function parseBody(body: string, firstLine = 1): Root {
  const transformed = processor.parse(body);
  // The transforms (typographic quotes and dashes) change the tree in place.
  processor.runSync(transformed);
  if (firstLine !== 1) {
    visit(transformed, (node) => {
      if (node.position) {
        node.position.start.line += firstLine - 1;
        node.position.end.line += firstLine - 1;
      }
    });
  }
  return transformed;
}

// "/\host" is read by browsers as "//host", another site, so a site path starts with one "/" only.
const SAFE_URL = /^(?:https?:\/\/|mailto:|\/(?![/\\])|#)/i;

/** Parses and checks a body. Syntax errors come back as problems, not exceptions. */
export function checkBody(body: string, firstLine = 1): CheckedBody {
  const result: CheckedBody = {
    tree: { type: 'root', children: [] },
    problems: [],
    alsoRead: [],
    images: [],
    embeds: [],
    figures: [],
    internalLinks: [],
    wordCount: 0,
  };
  try {
    result.tree = parseBody(body, firstLine);
  } catch (error) {
    if (error instanceof VFileMessage) {
      result.problems.push({
        position: { line: (error.line ?? 1) + firstLine - 1, column: error.column ?? 1 },
        field: 'body',
        message: `cannot be read as MDX: ${error.reason}. A literal < or { must be escaped as \\< or \\{`,
      });
      return result;
    }
    throw error;
  }

  const at = (node: RootContent | Root): Position => ({
    line: node.position?.start.line ?? firstLine,
    column: node.position?.start.column ?? 1,
  });
  const problem = (node: RootContent | Root, field: string, message: string) =>
    result.problems.push({ position: at(node), field, message });

  visit(result.tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        problem(node, 'body', 'import and export are not allowed: an article body is content, not code');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problem(node, 'body', 'expressions in {braces} are not allowed; to show a brace, write \\{');
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkComponent(node, result, problem);
        return;
      case 'heading':
        if (node.depth === 1) problem(node, 'body', 'a # heading would be a second h1: the headline is the only one; use ## instead');
        return;
      case 'image':
      case 'imageReference':
        problem(node, 'body', 'Markdown images have no caption or credit: use <Figure src="…" alt="…" caption="…" credit="…" />');
        return;
      case 'link':
      case 'definition':
        if (!SAFE_URL.test(node.url)) {
          problem(node, 'body', `link "${node.url}" is not allowed: use an http(s), mailto: or site-relative (/…) URL`);
        } else if (node.url.startsWith('/')) {
          result.internalLinks.push({ position: at(node), value: node.url });
        }
        return;
      case 'text':
        result.wordCount += node.value.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
        return;
      default:
        return;
    }
  });
  return result;
}

function checkComponent(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  result: CheckedBody,
  problem: (node: RootContent, field: string, message: string) => void,
) {
  const name = node.name;
  if (name === null) {
    problem(node, 'body', 'fragments (<>…</>) are not allowed');
    return;
  }
  if (!isBodyComponent(name)) {
    const allowed = Object.keys(bodyComponents).map((c) => `<${c}>`).join(', ');
    problem(node, `<${name}>`, `is not an allowed component (allowed: ${allowed}); raw HTML is not accepted either`);
    return;
  }
  const spec: Record<string, AttributeSpec> = bodyComponents[name].attributes;
  const field = `<${name}>`;
  if (node.type === 'mdxJsxTextElement') {
    problem(node, field, 'must stand on a line of its own, with blank lines around it');
  }
  if (name === 'Gallery' && node.type === 'mdxJsxFlowElement') {
    // The one component with content: its Figures, each checked as a Figure when the walk reaches it.
    for (const p of galleryContentProblems(node)) result.problems.push({ position: { line: p.line, column: p.column }, field, message: p.message });
  } else if (node.children.length > 0) {
    problem(node, field, `takes no content: write it self-closing, <${name} … />`);
  }
  const values: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problem(node, field, 'spread attributes ({...x}) are not allowed');
      continue;
    }
    checkAttribute(attribute, spec, values, node, field, problem);
  }
  const written = new Set(node.attributes.map((a) => (a.type === 'mdxJsxAttribute' ? a.name : '')));
  for (const [attr, rule] of Object.entries(spec)) {
    if (rule.required && !written.has(attr)) problem(node, `${field} ${attr}`, 'required');
  }
  const position = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
  if (name === 'AlsoRead' && values.id) result.alsoRead.push({ position, value: values.id });
  // Only a path the check accepted is looked for under public/: "public" + a link names nothing.
  if (name === 'Figure' && values.src && imagePathSchema.safeParse(values.src).success) result.images.push({ position, value: values.src });
  if (name === 'Embed' && values.url) result.embeds.push({ position, value: values.url });
  if (name === 'Figure') result.figures.push({ position, alt: values.alt, caption: values.caption, credit: values.credit });
}

function checkAttribute(
  attribute: MdxJsxAttribute,
  spec: Record<string, AttributeSpec>,
  values: Record<string, string>,
  node: RootContent,
  field: string,
  problem: (node: RootContent, field: string, message: string) => void,
) {
  const rule = spec[attribute.name];
  if (!rule) {
    problem(node, `${field} ${attribute.name}`, `is not an attribute of ${field} (expected: ${Object.keys(spec).join(', ')})`);
    return;
  }
  if (typeof attribute.value !== 'string') {
    problem(node, `${field} ${attribute.name}`, 'expected a quoted value, e.g. name="…"; {expressions} are not allowed');
    return;
  }
  const value = attribute.value.trim();
  if (!value) {
    problem(node, `${field} ${attribute.name}`, 'must not be empty');
    return;
  }
  const message = rule.check?.(value);
  if (message) problem(node, `${field} ${attribute.name}`, message);
  values[attribute.name] = value;
}
