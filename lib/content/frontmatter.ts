import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export interface SplitFile {
  /** The YAML between the fences, or undefined when the file has none. */
  yaml: string | undefined;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
}

/** Separates `---` fenced YAML frontmatter from the body. */
export function splitFrontmatter(text: string): SplitFile {
  const normalised = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const open = /^---[ \t]*\n/.exec(normalised);
  if (!open) return { yaml: undefined, body: normalised, bodyLine: 1 };
  const rest = normalised.slice(open[0].length);
  const close = /^---[ \t]*$/m.exec(rest);
  if (!close) return { yaml: undefined, body: normalised, bodyLine: 1 };
  const yaml = rest.slice(0, close.index);
  const afterClose = rest.slice(close.index + close[0].length).replace(/^\n/, '');
  const bodyLine = 1 + 1 + countLines(yaml) + 1;
  return { yaml, body: afterClose, bodyLine };
}

function countLines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

export interface ParsedYaml {
  data: unknown;
  syntaxErrors: { position: Position; message: string }[];
  /** Where a field is written, or its nearest written ancestor when it is missing. */
  locate(path: readonly PropertyKey[]): Position;
}

/**
 * Parses YAML keeping positions, so a problem with `image.credit` can point at
 * the line of `image:` or `credit:` in the editor's file. `firstLine` is the
 * file line on which the YAML starts.
 */
function parseWithPositions(yaml: string, firstLine: number) {
  const lineCounter = new LineCounter();
  // The core schema keeps dates as strings: zod decides what a date is.
  const doc = parseDocument(yaml, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  return { doc, toPosition };
}

export function parseYaml(yaml: string, firstLine = 1): ParsedYaml {
  const { doc, toPosition } = parseWithPositions(yaml, firstLine);
  const syntaxErrors = doc.errors.map((e) => ({
    position: toPosition(e.pos[0]),
    message: e.message.split('\n')[0] ?? e.message,
  }));
  const data: unknown = syntaxErrors.length ? undefined : doc.toJS();
  // The document keeps its positions (tens of KB an article) for as long as the check of
  // its file lasts: the store keeps only the positions the checks between files need.
  const positioned = { doc, toPosition };
  const locate = (path: readonly PropertyKey[]): Position => {
    const start = (n: unknown): number | undefined => (isNode(n) ? n.range?.[0] : undefined);
    let node: unknown = positioned.doc.contents;
    let offset = start(node) ?? 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === segment);
        if (!pair) break;
        offset = start(pair.key) ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item: unknown = node.items[segment];
        if (item === undefined) break;
        offset = start(item) ?? offset;
        node = item;
      } else {
        break;
      }
    }
    return positioned.toPosition(offset);
  };
  return { data, syntaxErrors, locate };
}
