import type { GetStaticPropsResult } from 'next';
import { countArticles, getAuthors, listTags, type Author, type Tag } from '../content';
import { listingMetadata } from '../seo/metadata';
import { absoluteUrl } from '../site';
import { documentResult, type DocumentProps } from './document';

/** The site's two indexes: every topic (/tags) and every desk (/authors), each with its count of stories. */

export type TopicIndexProps = DocumentProps<{ topics: { tag: Tag; count: number }[] }>;

export function topicIndexResult(): GetStaticPropsResult<TopicIndexProps> {
  const metadata = listingMetadata({ title: 'Topics', description: 'Every topic we cover, with its stories.', url: absoluteUrl('/tags') });
  return documentResult(metadata, { topics: listTags() });
}

export type DeskIndexProps = DocumentProps<{ desks: { author: Author; count: number }[] }>;

export function deskIndexResult(): GetStaticPropsResult<DeskIndexProps> {
  const metadata = listingMetadata({ title: 'Our desks', description: 'The desks and writers behind our stories.', url: absoluteUrl('/authors') });
  return documentResult(metadata, { desks: getAuthors().map((author) => ({ author, count: countArticles({ author: author.id }) })) });
}
