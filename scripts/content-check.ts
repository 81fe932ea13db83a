/**
 * Checks the content tree with the same code the site builds with, prints every
 * problem at once, and brings the content store up to date: only files whose
 * bytes changed since the last run are checked again (on every core when there
 * are many). Exits non-zero when any problem is an error; the previous store is
 * then left as it was. Each edition is checked from its own folder into its own store: the
 * default edition from the content root, another from its folder there (content/ar/ into
 * content-ar.db beside content.db), after the default one, whose stories its translations name.
 *   npm run content:check                      content/, or CONTENT_DIR when set
 *   npm run content:check -- <dir>
 *   npm run content:check -- --full            check every file again, ignoring the store
 *   npm run content:check -- --format github   problems as GitHub Actions annotations
 *   npm run content:publish                    the same check, then the store into the deployed build
 * Options: --store FILE (default: the build cache's, lib/site/dist-dir.js), --workers N,
 * --to FILE (with --publish, repeatable: the servers' stores; default: the build's own, and its
 * standalone server's), --instance URL (repeatable) or --instances-file FILE: the servers to have
 * regenerate what changed (default: those this checkout runs), --purge-varnish URL (repeatable),
 * --purge-command CMD: caches to purge by surrogate key (scripts/publish-changes.ts);
 * --no-regenerate: the store only, as publishing was before servers regenerated pages (pages
 * show it as they revalidate).
 *
 * Publishing (docs/decisions/0008-publishing-without-a-build.md) copies the checked store over
 * the one a deployed build's servers read, written beside it and renamed into place: servers
 * answer from it at once, and regenerate the pages it changes; caches named drop them by
 * surrogate key (docs/decisions/0019, 0020). Content whose headers
 * the build lacks (a page framing a new player, a new open live blog) is not published: the
 * run names it and exits with 2, and `npm run build` is the way to ship it.
 */
import { copyFileSync, existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { now } from '../lib/site/clock';
import { contentStoreFiles, editionStoreFile } from '../lib/site/dist-dir';
import { defaultEdition, editions, type Edition } from '../lib/site/editions';
import type { EditionContext } from '../lib/content/store/edition-checks';
import { formatGithubAnnotations, formatReport } from '../lib/content/check/problems';
import { directorySource, publicImageResolver } from '../lib/content/source';
import { checkInParallel } from '../lib/content/store/pool';
import { checkIntoStore } from '../lib/content/store/run';
import Database from 'better-sqlite3';
import { distDir } from '../lib/site/dist-dir';
import { storyPathOf } from '../lib/site/paths';
import { headersMissing, readPageFacts, writePageFacts } from '../lib/http/page-policies';
import type { PageFacts } from '../lib/content/store/page-facts';
import { storeChanges } from '../lib/content/store/changes';
import { addressesToRegenerate, DEFAULT_EDITION, invalidatedKeys, keyOf } from '../lib/site/surrogate-keys';
import { announce, announcementTargets } from './publish-changes';

const { values, positionals } = parseArgs({
  options: {
    full: { type: 'boolean', default: false },
    format: { type: 'string', default: 'text' },
    store: { type: 'string' },
    workers: { type: 'string' },
    publish: { type: 'boolean', default: false },
    to: { type: 'string', multiple: true },
    instance: { type: 'string', multiple: true },
    'instances-file': { type: 'string' },
    'purge-varnish': { type: 'string', multiple: true },
    'purge-command': { type: 'string' },
    'no-regenerate': { type: 'boolean' },
  },
  allowPositionals: true,
});
if (values.format !== 'text' && values.format !== 'github') throw new Error(`--format is text or github, not "${values.format}"`);
const workers = values.workers === undefined ? undefined : Number(values.workers);
if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) throw new Error(`--workers takes a whole number, not "${values.workers}"`);

const dir = path.resolve(positionals[0] ?? process.env.CONTENT_DIR ?? 'content');
const publicDir = path.resolve(process.env.PUBLIC_DIR ?? 'public');
const file = path.resolve(values.store ?? contentStoreFiles().working);
if (values.to && !values.publish) throw new Error('--to names where --publish copies the store: give both, or neither');
for (const option of ['instance', 'instances-file', 'purge-varnish', 'purge-command', 'no-regenerate'] as const) if (values[option] !== undefined && !values.publish) throw new Error(`--${option} is for --publish`);

/** The stores a deployed build's servers read: those named, or the build's own and its standalone server's. */
function publishTargets(): string[] {
  if (values.to?.length) return values.to.map((to) => path.resolve(to));
  const server = contentStoreFiles().server;
  return [server, path.join(distDir(), 'standalone', server)].map((to) => path.resolve(to)).filter((to) => existsSync(to));
}

/** The page facts the build's headers were made from, beside the store its servers read (scripts/postbuild.mjs). */
function builtFacts(target: string): PageFacts {
  const facts = path.join(path.dirname(target), 'page-facts.json');
  if (!existsSync(facts)) throw new Error(`No page-facts.json beside ${path.relative(process.cwd(), target)}: the build there cannot say what its headers allow. Run \`npm run build\`.`);
  return readPageFacts(facts);
}

/** The file of the story at a page's address (a live blog's for its later pages), as the report names files. */
function storyFiles(paths: string[]): Map<string, string> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const query = db.prepare('SELECT file FROM articles WHERE path = ? ORDER BY file DESC LIMIT 1').pluck();
    return new Map(paths.map((p) => [p, String(query.get(storyPathOf(p)) ?? '?')]));
  } finally {
    db.close();
  }
}

/**
 * Copies the store that was just checked over each deployed one, or, when the content needs
 * headers a build lacks, names what needs them and copies nothing (exit code 2).
 */
async function publish(pages: PageFacts): Promise<void> {
  const targets = publishTargets();
  if (!targets.length) {
    console.error(`\nNothing to publish to: there is no build at ${distDir()}. Run \`npm run build\`, or name a server's store with --to.`);
    process.exit(1);
  }
  if (targets.includes(file)) throw new Error(`--to names the store the check writes (${file}): publish to a server's copy`);
  const missing = [...new Map(targets.flatMap((target) => headersMissing(builtFacts(target), pages)).map((m) => [`${m.path} ${m.reason}`, m])).values()];
  if (missing.length) {
    const files = storyFiles(missing.map((m) => m.path));
    const label = path.relative(process.cwd(), dir) || '.';
    for (const m of missing) console.error(`${label}/${files.get(m.path)}: ${m.path} needs headers the deployed build does not have: ${m.reason}.`);
    console.error('\nNot published: these changes ship with `npm run build`. The deployed store is as it was.');
    process.exit(2);
  }
  // What the servers answer from until now, against what they will: the pages and keys it touches.
  const changes = storeChanges(targets[0], file, now());
  for (const target of targets) {
    const temporary = `${target}.${process.pid}.tmp`;
    copyFileSync(file, temporary);
    renameSync(temporary, target);
    console.log(`Published to ${path.relative(process.cwd(), target)}.`);
  }
  if (values['no-regenerate']) {
    console.log('Not regenerated (--no-regenerate): servers answer from the new store within a second, and pages show it as they revalidate.');
    return;
  }
  const keys = invalidatedKeys(changes.stories);
  const paths = addressesToRegenerate(changes.stories);
  if (changes.siteWide) keys.push(keyOf.edition(DEFAULT_EDITION));
  const targetsToTell = announcementTargets(targets, { instance: values.instance, instancesFile: values['instances-file'], purgeVarnish: values['purge-varnish'], purgeCommand: values['purge-command'] });
  if (!(await announce({ paths, keys }, targetsToTell))) {
    console.error('\nPublished, but not every server or cache above took the change: those show it as their pages expire.');
    process.exit(3);
  }
}

/** The repository's root, which GitHub's annotations count paths from. */
function repositoryRoot(): string {
  for (let at = process.cwd(); ; at = path.dirname(at)) {
    if (existsSync(path.join(at, '.git'))) return at;
    if (path.dirname(at) === at) return process.cwd();
  }
}

/** Files done of total, rate and time left, on one line of an interactive terminal; nothing in CI or a log. */
function progress(): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY || process.env.CI) return undefined;
  const started = performance.now();
  let shown = 0;
  return (done, total) => {
    const elapsed = (performance.now() - started) / 1000;
    if (done < total && elapsed - shown < 0.25) return;
    shown = elapsed;
    const rate = done / Math.max(elapsed, 0.001);
    const left = rate > 0 ? Math.ceil((total - done) / rate) : 0;
    process.stderr.write(`\r\x1b[2K  ${done.toLocaleString('en-GB')} / ${total.toLocaleString('en-GB')} files, ${Math.round(rate)} a second, ${left} s left`);
    if (done >= total) process.stderr.write('\r\x1b[2K');
  };
}

/** The store an edition's check writes: the default edition's is `file`, another's sits beside it ("content-ar.db"). */
function storeOf(edition: Edition): string {
  return edition.lang === defaultEdition.lang ? file : editionStoreFile(file, edition.lang);
}

/** The default edition's story ids and sections, from the store its check just wrote (or the last one it wrote). */
function originalsIn(store: string, label: string): EditionContext['originals'] {
  if (!existsSync(store)) return undefined;
  const db = new Database(store, { readonly: true, fileMustExist: true });
  try {
    const ids = (sql: string) => new Set(db.prepare(sql).pluck().all().map(String));
    return { ids: ids('SELECT id FROM articles'), sections: ids('SELECT id FROM sections'), label };
  } finally {
    db.close();
  }
}

/** Checks one edition's folder into its store and prints what it found; undefined for an edition the tree has no folder for. */
async function checkEdition(edition: Edition, originals: EditionContext['originals']) {
  const root = edition.contentFolder ? path.join(dir, edition.contentFolder) : dir;
  if (edition.lang !== defaultEdition.lang && !existsSync(root)) return undefined;
  const store = storeOf(edition);
  const started = performance.now();
  const source = directorySource(root);
  const result = await checkIntoStore({
    file: store,
    full: values.full,
    source,
    images: publicImageResolver(publicDir),
    at: now(),
    checkFiles: checkInParallel(workers),
    onProgress: progress(),
    editions: { edition, ...(originals ? { originals } : {}) },
  });
  const ms = Math.round(performance.now() - started);
  const { problems, counts } = result;
  if (values.format === 'github') {
    const root = repositoryRoot();
    if (problems.length) console.log(formatGithubAnnotations(problems, (p) => path.relative(root, path.resolve(p)).split(path.sep).join('/')));
  } else if (problems.length) {
    console.log(formatReport(problems));
  }
  const shown = path.relative(process.cwd(), store);
  if (result.discarded) console.log(`The previous content store ${shown} was not used (${result.discarded}): every file was checked again, into a new one.`);
  if (!result.written) {
    console.error(`\nContent check failed (${edition.name} edition): fix the errors above. Nothing was built; ${shown} is as it was.`);
    return { result, label: source.label, ok: false };
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const work = result.incremental ? `${result.checked} of ${result.files} files checked again, ${result.removed} removed` : `all ${result.files} files checked`;
  const which = edition.lang === defaultEdition.lang ? '' : ` (${edition.name} edition, ${edition.lang})`;
  console.log(
    `Content OK${which}: ${plural(counts.articles, 'article')} (${plural(counts.drafts, 'draft')}, ${counts.scheduled} scheduled), ${plural(counts.sections, 'section')}, ${plural(counts.authors, 'author')} (${ms} ms; ${work}).`,
  );
  return { result, label: source.label, ok: true };
}

async function main() {
  // The default edition first: the others' translations are checked against what it holds.
  const first = await checkEdition(defaultEdition, undefined);
  let ok = first?.ok === true;
  const originals = originalsIn(storeOf(defaultEdition), first?.label ?? dir);
  for (const edition of editions) {
    if (edition.lang === defaultEdition.lang) continue;
    const checked = await checkEdition(edition, originals);
    if (checked && !checked.ok) ok = false;
  }
  if (!ok || !first) process.exit(1);
  // Beside the store: what the build's headers need from it (next.config.js reads the build cache's).
  writePageFacts(path.join(path.dirname(file), 'page-facts.json'), first.result.pages);
  if (values.publish) await publish(first.result.pages);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
