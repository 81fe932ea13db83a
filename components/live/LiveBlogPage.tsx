import type { Root } from 'mdast';
import type { LiveUpdate as LiveUpdateData } from '@/lib/content';
import { updateHeadline } from '@/lib/content/live/model';
import { updateAnchor } from '@/lib/content/live/pages';
import type { LivePageData } from '@/lib/pages/live';
import { absoluteUrl } from '@/lib/site/config';
import { homePath, livePagePath, sectionPath, updatePermalinkPath } from '@/lib/site/paths';
import { alsoReadTargets } from '../article/also-read-targets';
import { ArticleBody } from '../article/ArticleBody';
import { ArticleFrame } from '../article/ArticleFrame';
import { Breadcrumb } from '../article/Breadcrumb';
import { Byline } from '../article/Byline';
import { Corrections } from '../article/Corrections';
import { Headline } from '../article/Headline';
import { ImageCredit } from '../article/ImageCredit';
import { JumpToLatest } from './JumpToLatest';
import { KeyEvents } from './KeyEvents';
import { KeyPoints } from './KeyPoints';
import { LivePagination } from './LivePagination';
import { LiveStatus } from './LiveStatus';
import { LiveTimes } from './LiveTimes';
import { LiveUpdate } from './LiveUpdate';
import { LiveUpdateList } from './LiveUpdateList';
import { LiveViews } from './LiveViews';
import { NewUpdatesNotice } from './NewUpdatesNotice';
import { PinnedUpdate } from './PinnedUpdate';
import { PrintAddress } from '../article/PrintAddress';
import { RelatedArticles } from '../summaries/RelatedArticles';
import { ShareLinks } from '../article/ShareLinks';
import { Standfirst } from '../article/Standfirst';
import { ArticleTags } from '../article/ArticleTags';

interface UpdateProps extends Pick<LivePageData, 'linked' | 'images'> {
  update: LiveUpdateData;
  blogPath: string;
  anchored: boolean;
  /** Stories an "Also read" above it on the page names already. */
  named: ReadonlySet<string>;
}

function Update({ update, blogPath, anchored, linked, images, named }: UpdateProps) {
  const permalink = updatePermalinkPath(blogPath, update.id);
  return (
    <LiveUpdate
      update={update}
      permalink={permalink}
      shareUrl={absoluteUrl(permalink)}
      shareTitle={updateHeadline(update)}
      anchorId={anchored ? updateAnchor(update.id) : undefined}
      author={update.author}
    >
      <ArticleBody tree={update.body} linked={linked} images={images} named={named} />
    </LiveUpdate>
  );
}

/** For each body in page order, the stories an "Also read" above it names already. */
function namedBefore(bodies: readonly Root[]): ReadonlySet<string>[] {
  const seen = new Set<string>();
  return bodies.map((tree) => {
    const before = new Set(seen);
    for (const id of alsoReadTargets(tree)) seen.add(id);
    return before;
  });
}

/** What the updates of each kind of page are headed and said to be. */
function listHeading(page: LivePageData['page']): string {
  if (page === 'key-events') return 'Key events';
  return typeof page === 'object' ? 'Update' : 'Updates';
}

/**
 * A page of a live blog as readers see it. Its own address: the story, key points, the
 * introduction, the key events beside the pinned update and the newest updates, with the
 * "N new updates" notice while coverage is open. An older page: the story's head and one page
 * of updates. Its key events alone; one update on a page of its own.
 */
export function LiveBlogPage(data: LivePageData) {
  const { blog, page, status, url, updates, keyEvents, updateLinks, keyEventsPath, pinned, links, span, poll, modified, related, linked, images, jsonLd } = data;
  const latest = page === 'latest';
  const bodies = { linked, images };
  // Updates are anchored where they stand among the rest; the key events and an update's own page show copies.
  const anchored = latest || typeof page === 'number';
  const own = typeof page === 'object' ? page : undefined;
  // Beside the updates, unless the page is the key events themselves.
  const listed = page !== 'key-events' && keyEvents.length > 0;
  const [, pinnedNamed = new Set<string>(), ...updatesNamed] = namedBefore([latest ? blog.body : { type: 'root', children: [] }, pinned?.body ?? { type: 'root', children: [] }, ...updates.map((u) => u.body)]);
  return (
    <ArticleFrame className="article live-blog" story={blog} jsonLd={jsonLd}>
      <header className="article__header">
        <Breadcrumb trail={[{ name: 'Home', href: homePath }, { name: blog.section.name, href: sectionPath(blog.section.id) }]} />
        <LiveStatus status={status} latestUpdateAt={modified} />
        <Headline>{blog.headline}</Headline>
        <Standfirst>{blog.standfirst}</Standfirst>
        <Byline authors={blog.authors}>
          <LiveTimes startedAt={blog.publishedAt} updatedAt={modified} />
        </Byline>
        <PrintAddress url={url} />
      </header>
      {latest ? (
        <div className="article__hero">
          <ImageCredit {...blog.image} sizes="(min-width: 64rem) 60rem, 100vw" preload />
        </div>
      ) : null}
      {latest ? <KeyPoints points={blog.keyPoints} open={status === 'live'} /> : null}
      {latest ? <ArticleBody tree={blog.body} linked={linked} images={images} /> : null}
      <div className={listed ? 'live-blog__columns live-blog__columns--key-events' : 'live-blog__columns'}>
        {listed ? <KeyEvents events={keyEvents} links={updateLinks} open={status === 'live'} /> : null}
        <div className="live-blog__stream">
          <LiveViews allPath={blog.path} keyEventsPath={keyEventsPath} current={page === 'key-events' ? 'key-events' : latest ? 'all' : undefined} />
          {pinned ? (
            <PinnedUpdate label={updateHeadline(pinned)}>
              <Update update={pinned} blogPath={blog.path} anchored={false} named={pinnedNamed} {...bodies} />
            </PinnedUpdate>
          ) : null}
          <LiveUpdateList poll={poll} heading={listHeading(page)}>
            {poll ? <NewUpdatesNotice /> : null}
            {updates.length ? (
              updates.map((u, i) => <Update key={u.id} update={u} blogPath={blog.path} anchored={anchored} named={updatesNamed[i] ?? new Set()} {...bodies} />)
            ) : (
              <p className="empty">{page === 'key-events' ? 'No key events yet.' : 'No updates yet: the first will appear here.'}</p>
            )}
            <JumpToLatest href={latest ? '#updates-heading' : blog.path} />
          </LiveUpdateList>
          {own ? (
            <p className="live-blog__context">
              <a href={`${own.on === 'latest' ? blog.path : livePagePath(blog.path, own.on)}#${updateAnchor(own.update)}`}>See this update among the rest</a>
            </p>
          ) : null}
          <LivePagination links={links} span={span} />
        </div>
      </div>
      <Corrections corrections={blog.corrections} />
      <ArticleTags tags={blog.tags} />
      <ShareLinks url={url} headline={blog.headline} />
      {latest ? <RelatedArticles articles={related} /> : null}
    </ArticleFrame>
  );
}
