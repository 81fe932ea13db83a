import { readingMinutes } from '@/lib/content/reading-time';

/** "4 min read", from the body's word count. */
export function ReadingTime({ wordCount }: { wordCount: number }) {
  return <span className="reading-time">{readingMinutes(wordCount)} min read</span>;
}
