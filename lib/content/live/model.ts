import type { ArticleSummary } from '../check/article';
import type { Author } from '../check/schema';
import { formatUpdateTime } from '../../site/dates';
import type { LiveStatus } from './pages';
import type { LiveFields } from './schema';

/**
 * What the gateway will hand pages and builders for a live blog: an article's
 * summary plus the coverage fields, and its updates with their text.
 */
export type LiveBlogSummary = ArticleSummary & LiveFields;

export interface LiveUpdateEntry {
  id: string;
  /** ISO 8601 with offset, as the editor wrote it. */
  at: string;
  title?: string;
  /** The desk that signed the update, when it is not the live blog's byline. */
  author?: Author;
  /** The body as plain text, for feeds and structured data. */
  text: string;
  /** Marked by the editors as one of the blog's key events. */
  keyEvent?: boolean;
}

/**
 * The newsroom's words for a live blog's state, which the site puts after its headline
 * wherever the headline is shown (page, title, share cards, feeds, lists): editors write the
 * headline without them.
 */
export const LIVE_HEADLINE_ENDINGS: Record<LiveStatus, string> = { live: 'live', ended: 'as it happened' };

/** "Drone attack on the residence – live", then "… – as it happened" once coverage ends. */
export function liveHeadline(headline: string, status: LiveStatus): string {
  return `${headline} – ${LIVE_HEADLINE_ENDINGS[status]}`;
}

/**
 * A headline that already ends as the site ends it: "…: live", "… – live", "… as it happened".
 * "Live" alone after a space is a word of the headline ("a concert broadcast live").
 */
export function endsLikeLiveHeadline(headline: string): boolean {
  const { live, ended } = LIVE_HEADLINE_ENDINGS;
  return new RegExp(`(?:\\s*[:,–—-]\\s*(?:${live}|${ended})|\\s+${ended})[.!]?$`, 'i').test(headline.trim());
}

const HEADLINE_LENGTH = 110;

/**
 * A headline for an update that has no title, where feeds and structured data
 * need one: its first sentence, cut at a word, or its time when it has no text.
 */
export function updateHeadline(update: Pick<LiveUpdateEntry, 'title' | 'text' | 'at'>): string {
  if (update.title) return update.title;
  const text = update.text.replace(/\s+/g, ' ').trim();
  if (!text) return `Update at ${formatUpdateTime(update.at)}`;
  // A sentence ends where the next one starts with a capital, so "U.S.A. is" is not cut.
  const sentence = /^.+?[.!?](?=\s+["'“‘(]?[\p{Lu}\d]|$)/u.exec(text)?.[0] ?? text;
  if (sentence.length <= HEADLINE_LENGTH) return sentence;
  const cut = sentence.slice(0, HEADLINE_LENGTH - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}
