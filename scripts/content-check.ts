/**
 * Checks the whole content tree with the same code the site builds with, and
 * prints every problem at once. Exits non-zero when any problem is an error.
 *   npm run content:check            (content/, or CONTENT_DIR when set)
 *   npm run content:check -- <dir>
 */
import path from 'node:path';
import { now } from '../lib/clock';
import { bodyCheckCacheFile, recordBodyChecks, saveBodyChecks } from '../lib/content/body-cache';
import { buildIndex } from '../lib/content/build';
import { publicationState } from '../lib/content/published';
import { formatReport } from '../lib/content/problems';
import { directorySource, publicImageResolver } from '../lib/content/source';

const dir = path.resolve(process.argv[2] ?? process.env.CONTENT_DIR ?? 'content');
const publicDir = path.resolve(process.env.PUBLIC_DIR ?? 'public');
const started = performance.now();
// Every body that passes is recorded, so `next build` and the servers need not parse them all again.
recordBodyChecks();
const { index, problems } = buildIndex(directorySource(dir), publicImageResolver(publicDir));
const ms = Math.round(performance.now() - started);
const errors = problems.filter((p) => p.severity === 'error').length;

if (problems.length) console.log(formatReport(problems));
if (errors) {
  console.error(`\nContent check failed: fix the errors above. Nothing was built.`);
  process.exit(1);
}
saveBodyChecks(bodyCheckCacheFile());
const at = now();
const drafts = index.articles.filter((a) => publicationState(a, at) === 'draft').length;
const scheduled = index.articles.filter((a) => publicationState(a, at) === 'scheduled').length;
console.log(`Content OK: ${index.articles.length} articles (${drafts} draft${drafts === 1 ? '' : 's'}, ${scheduled} scheduled), ${index.sections.length} sections, ${index.authors.length} authors (${ms} ms).`);
