import type { ArticleRouteContent } from '@/lib/pages/article';
import { ArticlePage } from './ArticlePage';
import { ContentProblems } from './ContentProblems';

/** An article's address: the article, or, in `next dev`, what keeps it from being built. */
export function ArticleOrProblems(content: ArticleRouteContent) {
  return 'data' in content ? <ArticlePage {...content.data} /> : <ContentProblems problems={content.problems} />;
}
