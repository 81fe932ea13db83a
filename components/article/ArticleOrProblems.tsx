import type { ArticleRouteContent } from '@/lib/pages/article';
import { LiveBlogPage } from '../live/LiveBlogPage';
import { ArticlePage } from './ArticlePage';
import { ContentProblems } from './ContentProblems';

/** An article's address: the article or the live blog there, or, in `next dev`, what keeps it from being built. */
export function ArticleOrProblems(content: ArticleRouteContent) {
  if ('data' in content) return <ArticlePage {...content.data} />;
  if ('live' in content) return <LiveBlogPage {...content.live} />;
  return <ContentProblems problems={content.problems} />;
}
