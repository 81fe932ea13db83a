import type { GetStaticPropsResult } from 'next';
import { type FrontPage } from '../front/frontPage';
import { frontPage } from '../front/lists';
import { frontPageJsonLd, type JsonLd } from '../seo/jsonld';
import { frontPageMetadata } from '../seo/metadata';
import { documentResult, type DocumentProps } from './document';

export type FrontPageProps = DocumentProps<{ front: FrontPage; jsonLd: JsonLd }>;

/** The front page: the editors' lead, the latest stories and a block per section (lib/front/frontPage.ts). */
export function frontPageProps(): GetStaticPropsResult<FrontPageProps> {
  // From the few stories the front can show, never the whole archive.
  const front = frontPage();
  return documentResult(frontPageMetadata(), { front, jsonLd: frontPageJsonLd() });
}
