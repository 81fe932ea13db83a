import Head from 'next/head';
import Link from 'next/link';
import { inlineJson } from '@/lib/inline-json';
import type { ArticleSummary, LiveBlog, LiveUpdate as LiveUpdateData } from '@/lib/content';
import type { LivePage, LiveStatus as Status, PageLinks } from '@/lib/live/pages';
import { updateAnchor, updatePermalinkPath } from '@/lib/live/pages';
import type { JsonLd as JsonLdData } from '@/lib/seo/jsonld';
import { ArticleBody, type ImageSize, type LinkedArticle } from './ArticleBody';
import { Breadcrumb } from './Breadcrumb';
import { Byline } from './Byline';
import { Corrections } from './Corrections';
import { DraftBanner } from './DraftBanner';
import { Headline } from './Headline';
import { ImageCredit } from './ImageCredit';
import { KeyPoints } from './KeyPoints';
import { LivePagination } from './LivePagination';
import { LiveStatus } from './LiveStatus';
import { LiveUpdate } from './LiveUpdate';
import { LiveUpdateList } from './LiveUpdateList';
import { NewUpdatesNotice } from './NewUpdatesNotice';
import { PinnedUpdate } from './PinnedUpdate';
import { PrintAddress } from './PrintAddress';
import { RelatedArticles } from './RelatedArticles';
import { ShareLinks } from './ShareLinks';
import { Standfirst } from './Standfirst';
import { StoryTags } from './StoryTags';

export interface LivePageData {
  blog: LiveBlog;
  page: LivePage;
  status: Status;
  /** This page's absolute URL. */
  url: string;
  /** Newest first, with their bodies. */
  updates: LiveUpdateData[];
  /** On the live blog's own address: the update editors pinned. */
  pinned?: LiveUpdateData;
  links: PageLinks;
  /** On an older page: the times of its oldest and newest update. */
  span?: { from: string; to: string };
  /** While coverage is open, on the live blog's own address: what the new-updates poller asks. */
  poll?: { feed: string; latest: string };
  /** When the live blog last changed for readers: its newest update. */
  modified: string;
  related: ArticleSummary[];
  linked: Record<string, LinkedArticle>;
  images: Record<string, ImageSize>;
  jsonLd: JsonLdData[];
}

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
    <article className="article live-blog">
      <DraftBanner state={blog.state} publishedAt={blog.publishedAt} />
      <Head>
        <script key="json-ld" type="application/ld+json" dangerouslySetInnerHTML={{ __html: inlineJson(jsonLd) }} />
      </Head>
      <header className="article__header">
        <Breadcrumb trail={[{ name: 'Home', href: '/' }, { name: blog.section.name, href: `/${blog.section.id}` }]} />
        <LiveStatus status={status} latestUpdateAt={status === 'live' ? modified : undefined} closedAt={blog.closedAt} />
        <Headline>{blog.headline}</Headline>
        <Standfirst>{blog.standfirst}</Standfirst>
        <Byline authors={blog.authors} publishedAt={blog.publishedAt} />
        {latest ? null : (
          <p className="live-blog__earlier">
            Earlier updates. <Link href={blog.path}>Read the latest</Link>
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
      <StoryTags tags={blog.tags} />
      <ShareLinks url={url} headline={blog.headline} />
      {latest ? <RelatedArticles articles={related} /> : null}
    </article>
  );
}
