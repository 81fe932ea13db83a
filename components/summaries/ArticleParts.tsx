import type { ArticleSummary } from '@/lib/content';
import { formatDate } from '@/lib/site/dates';
import { ResponsiveImage } from '../article/ResponsiveImage';
import { LiveBadge } from '../live/LiveBadge';
import { UpdateTime } from '../live/UpdateTime';

/**
 * The pieces every list of stories repeats (cards, teasers, the lead story, related
 * stories): the story's picture, its headline as a link, and its date.
 */

interface ArticleImageProps {
  article: ArticleSummary;
  className: string;
  /** Layout widths, for the browser's choice among the generated sources. */
  sizes: string;
  /** Empty for a thumbnail beside its headline link, which already names the story. */
  alt?: string;
  preload?: boolean;
}

export function ArticleImage({ article, className, sizes, alt = '', preload }: ArticleImageProps) {
  const { src, width, height } = article.image;
  return <ResponsiveImage className={className} src={src} alt={alt} width={width} height={height} sizes={sizes} preload={preload} />;
}

export function ArticleHeadline({ article, level, className }: { article: ArticleSummary; level: 2 | 3; className: string }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <Heading className={className}>
      <a href={article.path}>{article.headline}</a>
    </Heading>
  );
}

/**
 * When an article is from: its date; for a live blog, LIVE and its newest update's time while
 * coverage goes on, then the time of its last update.
 */
export function ArticleDate({ article }: { article: ArticleSummary }) {
  const live = article.live;
  if (live) {
    const latest = live.latestUpdateAt;
    return live.status === 'live' ? (
      <>
        <LiveBadge />
        {latest ? (
          <>
            {' '}
            Latest update <UpdateTime iso={latest} />
          </>
        ) : null}
      </>
    ) : (
      <>
        Live coverage{latest ? <>, last update <UpdateTime iso={latest} /></> : null}
      </>
    );
  }
  return <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>;
}
