/**
 * Checks the content tree with the same code the site builds with, prints every
 * problem at once, and brings the content store up to date: only files whose
 * bytes changed since the last run are checked again (on every core when there
 * are many). Exits non-zero when any problem is an error; the previous store is
 * then left as it was.
 *   npm run content:check                      content/, or CONTENT_DIR when set
 *   npm run content:check -- <dir>
 *   npm run content:check -- --full            check every file again, ignoring the store
 *   npm run content:check -- --format github   problems as GitHub Actions annotations
 * Options: --store FILE (default: the build cache's, lib/site/dist-dir.js), --workers N.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { now } from '../lib/site/clock';
import { contentStoreFiles } from '../lib/site/dist-dir';
import { formatGithubAnnotations, formatReport } from '../lib/content/check/problems';
import { directorySource, publicImageResolver } from '../lib/content/source';
import { checkInParallel } from '../lib/content/store/pool';
import { checkIntoStore } from '../lib/content/store/run';
import { writePageFacts } from '../lib/http/page-policies';

const { values, positionals } = parseArgs({
  options: {
    full: { type: 'boolean', default: false },
    format: { type: 'string', default: 'text' },
    store: { type: 'string' },
    workers: { type: 'string' },
  },
  allowPositionals: true,
});
if (values.format !== 'text' && values.format !== 'github') throw new Error(`--format is text or github, not "${values.format}"`);
const workers = values.workers === undefined ? undefined : Number(values.workers);
if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) throw new Error(`--workers takes a whole number, not "${values.workers}"`);

const dir = path.resolve(positionals[0] ?? process.env.CONTENT_DIR ?? 'content');
const publicDir = path.resolve(process.env.PUBLIC_DIR ?? 'public');
const file = path.resolve(values.store ?? contentStoreFiles().working);

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

async function main() {
  const started = performance.now();
  const at = now();
  const result = await checkIntoStore({
    file,
    full: values.full,
    source: directorySource(dir),
    images: publicImageResolver(publicDir),
    at,
    checkFiles: checkInParallel(workers),
    onProgress: progress(),
  });
  const ms = Math.round(performance.now() - started);
  const { problems, counts } = result;
  if (values.format === 'github') {
    const root = repositoryRoot();
    if (problems.length) console.log(formatGithubAnnotations(problems, (p) => path.relative(root, path.resolve(p)).split(path.sep).join('/')));
  } else if (problems.length) {
    console.log(formatReport(problems));
  }
  if (result.discarded) console.log(`The previous content store was not used (${result.discarded}): every file was checked.`);
  if (!result.written) {
    console.error(`\nContent check failed: fix the errors above. Nothing was built; ${path.relative(process.cwd(), file)} is as it was.`);
    process.exit(1);
  }
  // Beside the store: what the build's headers need from it (next.config.js reads the build cache's).
  writePageFacts(path.join(path.dirname(file), 'page-facts.json'), result.pages);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const work = result.incremental ? `${result.checked} of ${result.files} files checked again, ${result.removed} removed` : `all ${result.files} files checked`;
  console.log(
    `Content OK: ${plural(counts.articles, 'article')} (${plural(counts.drafts, 'draft')}, ${counts.scheduled} scheduled), ${plural(counts.sections, 'section')}, ${plural(counts.authors, 'author')} (${ms} ms; ${work}).`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
