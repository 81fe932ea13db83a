import type { GetStaticPropsResult } from 'next';
import { getFrontPage, type FrontPage } from '../content';
import { frontPageJsonLd, type JsonLd } from '../seo/jsonld';
import { frontPageMetadata } from '../seo/metadata';
import { documentResult, type DocumentProps } from './document';

export type FrontPageProps = DocumentProps<{ front: FrontPage; jsonLd: JsonLd }>;

/** The front page: the editors' lead, the latest stories and a block per section, as the gateway composes them. */
export function frontPageProps(): GetStaticPropsResult<FrontPageProps> {
  return documentResult(frontPageMetadata(), { front: getFrontPage(), jsonLd: frontPageJsonLd() });
}
