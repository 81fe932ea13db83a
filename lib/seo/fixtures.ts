import path from 'node:path';
import { buildIndex } from '../content/build';
import { directorySource, publicImageResolver } from '../content/source';

/** The SEO fixture newsroom (lib/seo/fixtures/newsroom) for unit tests; XML helpers are in testing/xml.ts. */

export const FIXTURE_DIR = path.join(__dirname, 'fixtures', 'newsroom');
/** The clock the news-sitemap fixtures are dated against. */
export const FIXTURE_NOW = new Date('2021-11-09T09:00:00Z');

let memo: ReturnType<typeof buildIndex>['index'] | undefined;

export function fixtureIndex() {
  if (memo) return memo;
  const { index, problems } = buildIndex(directorySource(FIXTURE_DIR), publicImageResolver(path.join(process.cwd(), 'public')));
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`fixture content has errors: ${JSON.stringify(errors)}`);
  memo = index;
  return index;
}

export function fixtureArticle(id: string) {
  const article = fixtureIndex().byId.get(id);
  if (!article) throw new Error(`no fixture article ${id}`);
  return article;
}
