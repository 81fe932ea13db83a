import type { Metadata } from 'next';
import { JsonLd } from '@/components/JsonLd';
import { LatestStories } from '@/components/LatestStories';
import { LeadStory } from '@/components/LeadStory';
import { SectionBlock } from '@/components/SectionBlock';
import { frontPage } from '@/lib/front/lists';
import { frontPageJsonLd } from '@/lib/seo/jsonld';
import { frontPageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

export const revalidate = 30;

export function generateMetadata(): Metadata {
  return frontPageMetadata();
}

export default function FrontPage() {
  const front = frontPage();
  return (
    <div className="front">
      <JsonLd data={frontPageJsonLd()} />
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
