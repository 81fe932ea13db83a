import type { GetStaticPropsResult } from 'next';
import { getFrontConfig, getSections, listArticles } from '../content';
import { composeFront, type FrontPage } from '../front/frontPage';
import { frontPageJsonLd, type JsonLd } from '../seo/jsonld';
import { frontPageMetadata } from '../seo/metadata';
import { documentResult, type DocumentProps } from './document';

export type FrontPageProps = DocumentProps<{ front: FrontPage; jsonLd: JsonLd }>;

/** The front page: the editors' lead, the latest stories and a block per section (lib/front/frontPage.ts). */
export function frontPageResult(): GetStaticPropsResult<FrontPageProps> {
  const front = composeFront(listArticles(), getSections(), getFrontConfig());
  return documentResult(frontPageMetadata(), { front, jsonLd: frontPageJsonLd() });
}
