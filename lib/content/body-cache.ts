import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bodyComponents, checkBody, type CheckedBody } from './body';
import { distDir } from '../dist-dir';

/**
 * Parsing every body to check it is most of the cost of loading a large
 * newsroom (about 10 ms an article), and each process that loads the index
 * (every build worker, every server instance) used to pay it again. The
 * content check that runs before `next build` records what it found for each
 * body that passed; later processes look a body up by a hash of its exact text
 * and only parse the ones they do not find. A changed body has another hash,
 * so it is checked again; a body with problems is never recorded.
 */

/** What the index needs from a checked body: everything but the tree. */
export type BodyFacts = Omit<CheckedBody, 'tree'>;

// Part of every entry's identity: a new allow-list or a new format makes old entries misses.
const VERSION = `1:${Object.keys(bodyComponents).join(',')}`;

let known: Map<string, BodyFacts> | undefined;
let recorded: Map<string, BodyFacts> | undefined;

function keyOf(body: string, firstLine: number): string {
  return createHash('sha256').update(`${VERSION}\0${firstLine}\0${body}`).digest('base64url');
}

/** checkBody without the tree, answered from the recorded checks when the body is unchanged. */
export function checkBodyFacts(body: string, firstLine = 1): BodyFacts {
  const key = known || recorded ? keyOf(body, firstLine) : undefined;
  const hit = key === undefined ? undefined : known?.get(key);
  if (hit) return hit;
  const { tree, ...facts } = checkBody(body, firstLine);
  void tree;
  if (key !== undefined && recorded && facts.problems.length === 0) recorded.set(key, facts);
  return facts;
}

/** Where the build keeps the recorded checks; shipped with the server (next.config.js). */
export function bodyCheckCacheFile(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), distDir(), 'cache', 'masthead', 'body-checks.json');
}

function isFacts(value: unknown): value is BodyFacts {
  if (typeof value !== 'object' || value === null) return false;
  return ['problems', 'alsoRead', 'images', 'embeds', 'internalLinks'].every((k) => Array.isArray(Reflect.get(value, k))) && typeof Reflect.get(value, 'wordCount') === 'number';
}

/** Trusts the checks recorded in `file`; a missing, stale or unreadable file is ignored. */
export function trustBodyChecks(file: string): number {
  known = new Map();
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, 'utf8'));
  } catch {
    return 0;
  }
  if (typeof data !== 'object' || data === null || Reflect.get(data, 'version') !== VERSION) return 0;
  const entries: unknown = Reflect.get(data, 'entries');
  if (typeof entries !== 'object' || entries === null) return 0;
  for (const [key, facts] of Object.entries(entries)) {
    if (isFacts(facts) && facts.problems.length === 0) known.set(key, facts);
  }
  return known.size;
}

/** From now on, remember every body that passes its check, for saveBodyChecks. */
export function recordBodyChecks(): void {
  recorded = new Map();
}

/** Writes what was recorded, atomically, so a reader never sees half a file. */
export function saveBodyChecks(file: string): number {
  if (!recorded) return 0;
  mkdirSync(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(/*turbopackIgnore: true*/ temporary, JSON.stringify({ version: VERSION, entries: Object.fromEntries(recorded) }));
  renameSync(/*turbopackIgnore: true*/ temporary, file);
  return recorded.size;
}

/** Back to checking every body; for tests. */
export function forgetBodyChecks(): void {
  known = undefined;
  recorded = undefined;
}
