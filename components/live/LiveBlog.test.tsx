import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseEmbedUrl, type Embed as EmbedData } from '@/lib/content/live/embeds';
import { ArticleCard } from '../summaries/ArticleCard';
import { BreakingNews } from '../chrome/BreakingNews';
import { Embed } from '../article/Embed';
import { Gallery } from '../article/Gallery';
import { KeyEvents } from './KeyEvents';
import { KeyPoints } from './KeyPoints';
import { LiveBadge } from './LiveBadge';
import { LivePagination } from './LivePagination';
import { LiveStatus } from './LiveStatus';
import { LiveUpdate } from './LiveUpdate';
import { LiveUpdateList } from './LiveUpdateList';
import { NewUpdatesNotice } from './NewUpdatesNotice';
import { PinnedUpdate } from './PinnedUpdate';
import { PullQuote } from '../article/PullQuote';

const BLOG = '/middle-east/2021/11/07/night-in-baghdad';
const desk = { id: 'middle-east-desk', name: 'Middle East desk' };
const first = { id: '2021-11-07T0320-first-reports', at: '2021-11-07T03:20:00+03:00' };
const speaks = { id: 'kadhimi-speaks', at: '2021-11-07T04:50:00+03:00', title: 'Prime minister says he is "fine"' };

/** Text of the markup with tags removed, for sentences a reader sees. */
const visibleText = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([,.”])/g, '$1')
    .trim();
const tags = (html: string, name: string) => html.match(new RegExp(`<${name}[\\s>]`, 'g')) ?? [];

function embed(url: string): EmbedData {
  const parsed = parseEmbedUrl(url);
  if ('message' in parsed) throw new Error(parsed.message);
  return parsed;
}

describe('LiveUpdate', () => {
  const html = renderToStaticMarkup(
    <LiveUpdate
      update={{ ...speaks, keyEvent: true }}
      permalink={`${BLOG}/updates/kadhimi-speaks`}
      shareUrl={`https://news.example${BLOG}/updates/kadhimi-speaks`}
      shareTitle={speaks.title}
      anchorId="update-kadhimi-speaks"
      author={desk}
    >
      <p>He appeared in a video.</p>
    </LiveUpdate>,
  );

  it('has its anchor, and its time is a link to its own page, the day beside it for the page script', () => {
    expect(html).toMatch(/^<article[^>]* id="update-kadhimi-speaks"/);
    expect(html).toMatch(new RegExp(`<a class="[^"]*" href="${BLOG}/updates/kadhimi-speaks"><time `));
    expect(html).toContain('<time dateTime="2021-11-07T04:50:00+03:00">01:50 GMT</time>, <span data-relative="2021-11-07T04:50:00+03:00">Sun 7 Nov</span>');
  });

  it('says it is a key event, then names its desk and its title above the text, and ends with the link to share it', () => {
    expect(visibleText(html)).toBe('Key event 01:50 GMT, Sun 7 Nov Middle East desk Prime minister says he is “fine” He appeared in a video. Link to this update : Prime minister says he is “fine”');
    expect(html).toMatch(/<h3[^>]* id="update-kadhimi-speaks-label">Prime minister says he is “fine”<\/h3>/);
    expect(html).toMatch(/aria-labelledby="update-kadhimi-speaks-label"/);
    expect(html).toContain('<a href="/authors/middle-east-desk">Middle East desk</a>');
    expect(html).toContain(`href="${BLOG}/updates/kadhimi-speaks" data-share="https://news.example${BLOG}/updates/kadhimi-speaks" data-share-title="Prime minister says he is &quot;fine&quot;"`);
  });

  it('without a title, is named by its time and has no heading; an update that is not a key event says nothing of it', () => {
    const untitled = renderToStaticMarkup(
      <LiveUpdate update={first} permalink={`${BLOG}/updates/${first.id}`} shareUrl={`https://news.example${BLOG}/updates/${first.id}`} shareTitle="Update at 00:20 GMT" anchorId={`update-${first.id}`}>
        <p>Reports.</p>
      </LiveUpdate>,
    );
    expect(tags(untitled, 'h3')).toEqual([]);
    expect(untitled).toMatch(new RegExp(`<a [^>]*id="update-${first.id}-label"`));
    expect(untitled).toMatch(new RegExp(`aria-labelledby="update-${first.id}-label"`));
    expect(visibleText(untitled)).not.toContain('Key event');
  });
});

describe('a live page’s parts together', () => {
  const update = (anchor: boolean) => (
    <LiveUpdate update={speaks} permalink={`${BLOG}/updates/kadhimi-speaks`} shareUrl={`https://news.example${BLOG}/updates/kadhimi-speaks`} shareTitle={speaks.title} anchorId={anchor ? 'update-kadhimi-speaks' : undefined}>
      <p>Body.</p>
    </LiveUpdate>
  );
  const html = renderToStaticMarkup(
    <>
      <KeyPoints points={['The prime minister was unhurt.', 'Seven guards were "wounded".']} open />
      <PinnedUpdate label={speaks.title}>{update(false)}</PinnedUpdate>
      <NewUpdatesNotice />
      <LiveUpdateList poll={{ feed: `${BLOG}/feed.json`, latest: '2021-11-07T14:00:00+03:00' }} heading="Updates">{update(true)}</LiveUpdateList>
    </>,
  );

  it('keeps headings in order under the page’s h1: sections are h2, update titles h3', () => {
    const headings = [...html.matchAll(/<(h[1-6])[^>]*>(.*?)<\/h[1-6]>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings).toEqual(['h2 Key points', 'h2 Pinned', 'h3 Prime minister says he is “fine”', 'h2 Updates', 'h3 Prime minister says he is “fine”']);
  });

  it('marks the pinned update once, and gives the anchor only to its place in time', () => {
    expect(visibleText(html).match(/Pinned/g)).toHaveLength(1);
    expect(html.match(/id="update-kadhimi-speaks"/g)).toHaveLength(1);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes the feed and the newest time for the poller, and an empty status region with a hidden button', () => {
    expect(html).toContain(`data-live-feed="${BLOG}/feed.json" data-live-latest="2021-11-07T14:00:00+03:00"`);
    expect(html).toMatch(/<div class="[^"]*" role="status" data-live-notice=""><button type="button" class="[^"]*" hidden=""><\/button><\/div>/);
  });

  it('shows key points as a list, typeset', () => {
    expect(html).toContain('Seven guards were “wounded”.</li>');
    expect(renderToStaticMarkup(<KeyPoints points={[]} open />)).toBe('');
  });

  it('has no poller data on a page that is not polled', () => {
    const still = renderToStaticMarkup(<LiveUpdateList heading="Updates">{update(true)}</LiveUpdateList>);
    expect(still).not.toContain('data-live');
  });
});

describe('LiveStatus and LiveBadge', () => {
  it('says LIVE with the latest update’s time while open', () => {
    const html = renderToStaticMarkup(<LiveStatus status="live" latestUpdateAt="2021-11-07T17:30:00+03:00" />);
    expect(visibleText(html)).toBe('Live Latest update 14:30 GMT, Sun 7 Nov');
    expect(html).toContain('<time dateTime="2021-11-07T17:30:00+03:00">');
    expect(visibleText(renderToStaticMarkup(<LiveBadge />))).toBe('Live');
  });

  it('says the coverage has ended once closed, when it was last updated, and not LIVE', () => {
    const html = renderToStaticMarkup(<LiveStatus status="ended" latestUpdateAt="2021-11-07T20:40:00+03:00" />);
    expect(visibleText(html)).toBe('This live coverage has ended Last updated 17:40 GMT, Sun 7 Nov');
    expect(visibleText(html)).not.toMatch(/Live\b/);
  });
});

describe('KeyEvents', () => {
  const events = [
    { id: 'ministry', at: '2021-11-07T16:00:00+03:00', title: 'The ministry revises its account', text: 'Two drones, not three.' },
    { id: 'first', at: '2021-11-07T03:20:00+03:00', text: 'Explosions were heard in the Green Zone. More soon.' },
  ];
  const links = { ministry: '#update-ministry', first: `${BLOG}/updates/first` };

  it('lists each key event with its time and title (its first sentence without one), linked where it is read', () => {
    const html = renderToStaticMarkup(<KeyEvents events={events} links={links} open />);
    expect([...html.matchAll(/<a [^>]*href="([^"]+)"[^>]*>(.*?)<\/a>/g)].map((m) => [m[1], visibleText(m[2] ?? '')])).toEqual([
      ['#update-ministry', '13:00 GMT, Sun 7 Nov The ministry revises its account'],
      [`${BLOG}/updates/first`, '00:20 GMT, Sun 7 Nov Explosions were heard in the Green Zone.'],
    ]);
    expect(html).toMatch(/<details class="[^"]*" open="">/);
  });

  it('is folded while coverage is over, and absent without key events', () => {
    expect(renderToStaticMarkup(<KeyEvents events={events} links={links} open={false} />)).toMatch(/<details class="[^"]*">/);
    expect(renderToStaticMarkup(<KeyEvents events={[]} links={{}} open />)).toBe('');
  });
});

describe('LivePagination', () => {
  it('links by direction in time and says what the page covers', () => {
    const html = renderToStaticMarkup(
      <LivePagination
        links={{ latest: BLOG, newer: `${BLOG}/page/3`, older: `${BLOG}/page/1` }}
        span={{ from: '2021-11-07T05:00:00+03:00', to: '2021-11-07T09:10:00+03:00' }}
      />,
    );
    expect(html).toMatch(/^<nav [^>]*aria-label="Live blog pages"/);
    expect([...html.matchAll(/<a [^>]*href="([^"]+)"[^>]*>(.*?)<\/a>/g)].map((m) => [m[1], visibleText(m[2] ?? '')])).toEqual([
      [BLOG, '« Latest updates'],
      [`${BLOG}/page/3`, '‹ Newer'],
      [`${BLOG}/page/1`, 'Older ›'],
    ]);
    expect(visibleText(html)).toMatch(/^Updates from 02:00 GMT, Sun 7 Nov to 06:10 GMT, Sun 7 Nov/);
  });

  it('renders nothing for a live blog on one page', () => {
    expect(renderToStaticMarkup(<LivePagination links={{}} />)).toBe('');
  });
});

describe('Embed before “Load”', () => {
  const youtube = embed('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  const html = renderToStaticMarkup(<Embed embed={youtube} caption={'The prime minister\'s "address"'} credit="Iraqi state television" />);

  it('holds no frame and no third-party address but the plain link to the original', () => {
    expect(html).not.toMatch(/<iframe|<script|<img|srcdoc|youtube-nocookie/);
    const urls = html.match(/(?:https?:)?\/\/[^\s"'<>]+/g) ?? [];
    expect(urls).toEqual(['https://www.youtube.com/watch?v=dQw4w9WgXcQ']);
    expect(html).toContain('<a class="');
    expect(html).toMatch(/<a [^>]*href="https:\/\/www.youtube.com\/watch\?v=dQw4w9WgXcQ" rel="noopener noreferrer">Watch on YouTube<\/a>/);
  });

  it('shows provider, caption and credit, and a button that names what it loads', () => {
    expect(visibleText(html)).toBe(
      'Video from YouTube Load video from YouTube Watch on YouTube Loading it shows content from YouTube, which may set cookies and record your visit. The prime minister’s “address” Source: Iraqi state television',
    );
    expect(html).toMatch(/<button type="button" class="[^"]*" data-embed-load="">Load video<span class="visually-hidden"> from YouTube<\/span><\/button>/);
  });

  it('carries the provider and ids for the loader, and an empty hidden slot for the frame', () => {
    expect(html).toMatch(/^<figure [^>]*data-embed="youtube" data-embed-params="id=dQw4w9WgXcQ" data-embed-title="Video from YouTube: The prime minister’s “address”"/);
    expect(html).toMatch(/<div class="[^"]*" hidden="" data-embed-frame=""><\/div>/);
  });

  it('words a social post as a post', () => {
    const post = renderToStaticMarkup(<Embed embed={embed('https://mastodon.social/@Gargron/109426723543542466')} caption="A statement" />);
    expect(visibleText(post)).toContain('Post from Mastodon Load post from Mastodon See the post on Mastodon');
    expect(post).toContain('data-embed-params="host=mastodon.social&amp;user=Gargron&amp;id=109426723543542466"');
  });
});

describe('a live story on a card', () => {
  const story = {
    id: 'night',
    slug: 'night',
    headline: 'Night in Baghdad: live',
    standfirst: 'The attack as it happened.',
    publishedAt: '2021-11-07T03:20:00+03:00',
    draft: false,
    corrections: [],
    authors: [],
    section: { id: 'middle-east', name: 'Middle East' },
    tags: [],
    image: { src: '/images/a.png', alt: 'A', caption: 'C', credit: 'K', width: 1600, height: 900 },
    related: [],
    path: BLOG,
    file: 'live/night/index.mdx',
    wordCount: 10,
  };

  it('says LIVE and the time of the latest update while coverage goes on', () => {
    const html = renderToStaticMarkup(<ArticleCard article={{ ...story, live: { status: 'live', latestUpdateAt: '2021-11-07T14:00:00+03:00' } }} />);
    expect(visibleText(html)).toContain('Live Latest update 11:00 GMT, Sun 7 Nov');
    expect(html).toContain('<time dateTime="2021-11-07T14:00:00+03:00">');
  });

  it('says it was live coverage, with its last update, once it has ended; an article shows its date', () => {
    const ended = renderToStaticMarkup(<ArticleCard article={{ ...story, live: { status: 'ended', closedAt: '2021-11-07T21:00:00+03:00', latestUpdateAt: '2021-11-07T20:45:00+03:00' } }} />);
    expect(visibleText(ended)).toContain('Live coverage, last update 17:45 GMT, Sun 7 Nov');
    expect(ended).not.toMatch(/>Live</);
    expect(visibleText(renderToStaticMarkup(<ArticleCard article={story} />))).toContain('7 November 2021');
  });
});

describe('PullQuote, Gallery and BreakingNews', () => {
  it('quotes with who said it and their role', () => {
    const html = renderToStaticMarkup(<PullQuote quote={'I am "fine"'} by="Mustafa al-Kadhimi" role="Iraq's prime minister" />);
    expect(html).toMatch(/<blockquote[^>]*><p>I am “fine”<\/p><\/blockquote>/);
    expect(visibleText(html)).toBe('I am “fine” Mustafa al-Kadhimi, Iraq’s prime minister');
    expect(visibleText(renderToStaticMarkup(<PullQuote quote="Calm" by="The ministry" />))).toBe('Calm The ministry');
  });

  it('shows every picture of a gallery with its alt text, caption and credit, without a script', () => {
    const figures = [
      { src: '/images/green-zone-map.png', alt: 'Map of the Green Zone', caption: 'The Green Zone', credit: 'Masthead graphics', width: 1600, height: 900 },
      { src: '/images/green-zone-security.png', alt: 'Checkpoint diagram', caption: 'New checkpoints', credit: 'Masthead graphics', creditUrl: 'https://example.org', width: 1600, height: 900 },
    ];
    const html = renderToStaticMarkup(<Gallery figures={figures} caption="Around the Green Zone" />);
    expect(tags(html, 'script')).toEqual([]);
    expect([...html.matchAll(/<img [^>]*alt="([^"]+)"/g)].map((m) => m[1])).toEqual(['Map of the Green Zone', 'Checkpoint diagram']);
    expect(tags(html, 'li')).toHaveLength(2);
    // Each picture is a link to its file at full size, named so for screen readers.
    expect(visibleText(html)).toBe('Around the Green Zone (full size) The Green Zone Source: Masthead graphics (full size) New checkpoints Source: Masthead graphics');
    expect([...html.matchAll(/<a [^>]*href="([^"]+)"[^>]*><img /g)].map((m) => m[1])).toEqual(['/images/green-zone-map.png', '/images/green-zone-security.png']);
  });

  it('writes the breaking strip as a labelled link with its expiry for the page script', () => {
    const html = renderToStaticMarkup(
      <BreakingNews breaking={{ text: "Drone attack on the prime minister's home", url: '/middle-east/2021/11/07/night-in-baghdad', expires: '2021-11-07T12:00:00+03:00' }} />,
    );
    expect(html).toMatch(/^<aside [^>]*aria-label="Breaking news" data-breaking-expires="2021-11-07T12:00:00\+03:00">/);
    expect(html).toMatch(/<a [^>]*href="\/middle-east\/2021\/11\/07\/night-in-baghdad">Drone attack on the prime minister’s home<\/a>/);
    expect(visibleText(html)).toBe('Breaking Drone attack on the prime minister’s home');
  });
});
