import path from 'node:path';
import type { ArticleSummary, Author, Section } from '../content';
import { directorySource, publicImageResolver } from '../content/source';
import { checkInMemory } from '../content/store/run';

/** The SEO fixture newsroom (lib/seo/fixtures/newsroom) for unit tests; XML helpers are in testing/xml.ts. */

export const FIXTURE_DIR = path.join(__dirname, 'fixtures', 'newsroom');
/** The clock the news-sitemap fixtures are dated against. */
export const FIXTURE_NOW = new Date('2021-11-09T09:00:00Z');

/** The fixture newsroom, every article of it (drafts and scheduled ones too), newest first. */
export interface FixtureNewsroom {
  articles: ArticleSummary[];
  byId: Map<string, ArticleSummary>;
  sections: Section[];
  sectionById: Map<string, Section>;
  authors: Author[];
}

let memo: FixtureNewsroom | undefined;

export function fixtureIndex(): FixtureNewsroom {
  if (memo) return memo;
  const { store, problems } = checkInMemory({ source: directorySource(FIXTURE_DIR), images: publicImageResolver(path.join(process.cwd(), 'public')) });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`fixture content has errors: ${JSON.stringify(errors)}`);
  const articles = store.listArticles({}, { at: FIXTURE_NOW, preview: true });
  const sections = store.sections();
  memo = {
    articles,
    byId: new Map(articles.map((a) => [a.id, a])),
    sections,
    sectionById: new Map(sections.map((s) => [s.id, s])),
    authors: store.authors(),
  };
  return memo;
}

export function fixtureArticle(id: string) {
  const article = fixtureIndex().byId.get(id);
  if (!article) throw new Error(`no fixture article ${id}`);
  return article;
}
