import type { FrontPage as Front } from '@/lib/front/frontPage';
import type { JsonLd as JsonLdData } from '@/lib/seo/jsonld';
import { site } from '@/lib/site';
import { JsonLd } from './JsonLd';
import { LatestStories } from './LatestStories';
import { LeadStory } from './LeadStory';
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
            <LeadStory article={front.lead} />
          </div>
          <div className="front__latest">
            <LatestStories articles={front.latest} headingId="front-latest-heading" />
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
