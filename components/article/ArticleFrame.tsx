import type { ReactNode } from 'react';
import type { PublicationState } from '@/lib/content';
import type { JsonLd as JsonLdData } from '@/lib/seo/jsonld';
import { JsonLd } from '../document/JsonLd';
import { DraftBanner } from './DraftBanner';

interface ArticleFrameProps {
  className: string;
  story: { state: PublicationState; publishedAt: string };
  jsonLd: JsonLdData[];
  children: ReactNode;
}

/** What an article's page and a live blog's open with: the preview banner in `next dev` and the structured data. */
export function ArticleFrame({ className, story, jsonLd, children }: ArticleFrameProps) {
  return (
    <article className={className}>
      <DraftBanner state={story.state} publishedAt={story.publishedAt} />
      <JsonLd data={jsonLd} />
      {children}
    </article>
  );
}
