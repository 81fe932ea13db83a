import type { GetStaticPropsResult } from 'next';
import { listArticles, type ArticleSummary } from '../content';
import { noindexMetadata } from '../seo/metadata';
import { documentProps, documentResult, type DocumentProps } from './document';

/** The site's error pages: 404 (pages/404.tsx), 410 (pages/410.tsx) and 500 (pages/500.tsx). */

export type NotFoundProps = DocumentProps<{ latest: ArticleSummary[] }>;

/** Rendered again as often as any page, so the latest stories it offers stay current. */
export function notFoundPageProps(): GetStaticPropsResult<NotFoundProps> {
  return documentResult(noindexMetadata('Page not found'), { latest: listArticles({ limit: 5 }) });
}

export type GoneProps = DocumentProps<Record<never, never>>;

/** The page a story taken down answers with (410, from the server guard): it shows nothing of the story. */
export function gonePageProps(): GetStaticPropsResult<GoneProps> {
  return documentResult(noindexMetadata('Story removed'), {});
}

export type ServerErrorProps = DocumentProps<Record<never, never>>;

/** Made once, at build: it must not depend on anything that could be what failed. */
export function serverErrorPageProps(): GetStaticPropsResult<ServerErrorProps> {
  return { props: documentProps(noindexMetadata('Something went wrong'), {}) };
}
