import type { LiveUpdate as LiveUpdateData } from '@/lib/content';
import { updateAnchor } from '@/lib/content/live/pages';
import type { LivePageData } from '@/lib/pages/live';
import { homePath, sectionPath, updatePermalinkPath } from '@/lib/site/paths';
import { ArticleBody } from '../article/ArticleBody';
import { ArticleFrame } from '../article/ArticleFrame';
import { Breadcrumb } from '../article/Breadcrumb';
import { Byline } from '../article/Byline';
import { Corrections } from '../article/Corrections';
import { Headline } from '../article/Headline';
import { ImageCredit } from '../article/ImageCredit';
import { KeyPoints } from './KeyPoints';
import { LivePagination } from './LivePagination';
import { LiveStatus } from './LiveStatus';
import { LiveUpdate } from './LiveUpdate';
import { LiveUpdateList } from './LiveUpdateList';
import { NewUpdatesNotice } from './NewUpdatesNotice';
import { PinnedUpdate } from './PinnedUpdate';
import { PrintAddress } from '../article/PrintAddress';
import { RelatedArticles } from '../summaries/RelatedArticles';
import { ShareLinks } from '../article/ShareLinks';
import { Standfirst } from '../article/Standfirst';
import { ArticleTags } from '../article/ArticleTags';

function Update({ update, blogPath, anchored, linked, images }: { update: LiveUpdateData; blogPath: string; anchored: boolean } & Pick<LivePageData, 'linked' | 'images'>) {
  return (
    <LiveUpdate update={update} permalink={updatePermalinkPath(blogPath, update.id)} anchorId={anchored ? updateAnchor(update.id) : undefined} author={update.author}>
      <ArticleBody tree={update.body} linked={linked} images={images} />
    </LiveUpdate>
  );
}

/**
 * A page of a live blog as readers see it. Its own address: the story, key points, the
 * introduction, the pinned update and the newest updates, with the "N new updates" notice
 * while coverage is open. An older page: the story's head, key points and one page of updates.
 */
export function LiveBlogPage({ blog, page, status, url, updates, pinned, links, span, poll, modified, related, linked, images, jsonLd }: LivePageData) {
  const latest = page === 'latest';
  const bodies = { linked, images };
  return (
    <ArticleFrame className="article live-blog" story={blog} jsonLd={jsonLd}>
      <header className="article__header">
        <Breadcrumb trail={[{ name: 'Home', href: homePath }, { name: blog.section.name, href: sectionPath(blog.section.id) }]} />
        <LiveStatus status={status} latestUpdateAt={status === 'live' ? modified : undefined} closedAt={blog.closedAt} />
        <Headline>{blog.headline}</Headline>
        <Standfirst>{blog.standfirst}</Standfirst>
        <Byline authors={blog.authors} publishedAt={blog.publishedAt} />
        {latest ? null : (
          <p className="live-blog__earlier">
            Earlier updates. <a href={blog.path}>Read the latest</a>
          </p>
        )}
        <PrintAddress url={url} />
      </header>
      {latest ? (
        <div className="article__hero">
          <ImageCredit {...blog.image} sizes="(min-width: 64rem) 60rem, 100vw" preload />
        </div>
      ) : null}
      <KeyPoints points={blog.keyPoints} />
      {latest ? <ArticleBody tree={blog.body} linked={linked} images={images} /> : null}
      {pinned ? (
        <PinnedUpdate>
          <Update update={pinned} blogPath={blog.path} anchored={false} {...bodies} />
        </PinnedUpdate>
      ) : null}
      <LiveUpdateList poll={poll}>
        {poll ? <NewUpdatesNotice /> : null}
        {updates.length ? (
          updates.map((u) => <Update key={u.id} update={u} blogPath={blog.path} anchored {...bodies} />)
        ) : (
          <p className="empty">No updates yet: the first will appear here.</p>
        )}
      </LiveUpdateList>
      <LivePagination links={links} span={span} />
      <Corrections corrections={blog.corrections} />
      <ArticleTags tags={blog.tags} />
      <ShareLinks url={url} headline={blog.headline} />
      {latest ? <RelatedArticles articles={related} /> : null}
    </ArticleFrame>
  );
}
