import type { GetStaticPropsResult } from 'next';
import { listArticles, type ArticleSummary } from '../content';
import { noindexMetadata } from '../seo/metadata';
import { documentProps, documentResult, type DocumentProps } from './document';

/** The site's two error pages: 404 (pages/404.tsx) and 500 (pages/500.tsx). */

export type NotFoundProps = DocumentProps<{ latest: ArticleSummary[] }>;

/** Rendered again as often as any page, so the latest stories it offers stay current. */
export function notFoundPageResult(): GetStaticPropsResult<NotFoundProps> {
  return documentResult(noindexMetadata('Page not found'), { latest: listArticles({ limit: 5 }) });
}

export type ServerErrorProps = DocumentProps<Record<never, never>>;

/** Made once, at build: it must not depend on anything that could be what failed. */
export function serverErrorPageResult(): GetStaticPropsResult<ServerErrorProps> {
  return { props: documentProps(noindexMetadata('Something went wrong'), {}) };
}
