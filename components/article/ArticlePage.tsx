import type { ArticlePageData } from '@/lib/pages/article';
import { ArticleBody } from './ArticleBody';
import { ArticleFrame } from './ArticleFrame';
import { ArticleTags } from './ArticleTags';
import { ArticleTimes } from './ArticleTimes';
import { Breadcrumb } from './Breadcrumb';
import { Byline } from './Byline';
import { Corrections } from './Corrections';
import { Headline } from './Headline';
import { ImageCredit } from './ImageCredit';
import { PrintAddress } from './PrintAddress';
import { ReadingTime } from './ReadingTime';
import { RelatedArticles } from '../summaries/RelatedArticles';
import { ShareLinks } from './ShareLinks';
import { Standfirst } from './Standfirst';
import { homePath, sectionPath } from '@/lib/site/paths';

/**
 * An article as readers see it: everything comes in as data, resolved on the
 * server, so the page renders the same wherever it is rendered.
 */
export function ArticlePage({ article, url, related, linked, images, jsonLd }: ArticlePageData) {
  return (
    <ArticleFrame className="article" story={article} jsonLd={jsonLd}>
      <header className="article__header">
        <Breadcrumb trail={[{ name: 'Home', href: homePath }, { name: article.section.name, href: sectionPath(article.section.id) }]} />
        <Headline>{article.headline}</Headline>
        <Standfirst>{article.standfirst}</Standfirst>
        <Byline authors={article.authors}>
          <ArticleTimes publishedAt={article.publishedAt} updatedAt={article.updatedAt} updateNote={article.updateNote} />
        </Byline>
        <p className="article__reading-time">
          <ReadingTime wordCount={article.wordCount} />
        </p>
        <PrintAddress url={url} />
      </header>
      <div className="article__hero">
        <ImageCredit {...article.image} sizes="(min-width: 64rem) 60rem, 100vw" preload />
      </div>
      <ArticleBody tree={article.body} linked={linked} images={images} />
      <Corrections corrections={article.corrections} />
      <ArticleTags tags={article.tags} />
      <ShareLinks url={url} headline={article.headline} />
      <RelatedArticles articles={related} />
    </ArticleFrame>
  );
}
