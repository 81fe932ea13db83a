import type { FrontPage as Front } from '@/lib/content/front';
import type { JsonLd as JsonLdData } from '@/lib/seo/jsonld';
import { site } from '@/lib/site/config';
import { JsonLd } from '../document/JsonLd';
import { LatestArticles } from '../summaries/LatestArticles';
import { LeadArticle } from '../summaries/LeadArticle';
import { SectionBlock } from './SectionBlock';

/** The front page: the lead story beside the latest ones, then a block for every section. */
export function FrontPage({ front, jsonLd }: { front: Front; jsonLd: JsonLdData }) {
  return (
    <div className="front">
      <JsonLd data={jsonLd} />
      <h1 className="visually-hidden">{site.name}: top stories</h1>
      {front.lead ? (
        <div className="front__top">
          <div className="front__lead">
            <LeadArticle article={front.lead} />
          </div>
          <div className="front__latest">
            <LatestArticles articles={front.latest} headingId="front-latest-heading" />
          </div>
        </div>
      ) : (
        <p className="empty">No stories have been published yet.</p>
      )}
      {front.sections.map((block) => (
        <SectionBlock key={block.section.id} block={block} />
      ))}
    </div>
  );
}
