import type { SectionBlock as Block } from '@/lib/content/front';
import { ArticleTeaser } from '../summaries/ArticleTeaser';
import { sectionPath } from '@/lib/site/paths';

/**
 * A section's newest stories on the front, headed by a link to the section's own front. The row
 * is laid out for the stories it has: one lies across the width, picture beside its words.
 */
export function SectionBlock({ block }: { block: Block }) {
  const headingId = `section-${block.section.id}`;
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-block__heading">
        <a href={sectionPath(block.section.id)}>{block.section.name}</a>
      </h2>
      <ul className="section-block__list" data-count={block.articles.length}>
        {block.articles.map((a) => (
          <li key={a.id}>
            <ArticleTeaser article={a} />
          </li>
        ))}
      </ul>
    </section>
  );
}
