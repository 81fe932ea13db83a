import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { element, settle, world, type FakeElement } from '../../testing/fake-dom';
import { breakingExpiryScript, embedLoaderScript, newUpdatesScript, relativeTimeScript, shareScript } from './live-scripts';

function livePage(latest = '2021-11-07T14:00:00+03:00') {
  const button = element('button', {});
  button.hidden = true;
  const notice = element('div', { 'data-live-notice': '', role: 'status' }, button);
  const list = element('section', { 'data-live-feed': '/middle-east/2021/11/07/night-in-baghdad/feed.json', 'data-live-latest': latest });
  return { body: element('body', {}, notice, list), button };
}

const feedWith = (...times: string[]) => ({ version: 'https://jsonfeed.org/version/1.1', items: times.map((t, i) => ({ id: `u${i}`, date_published: t })) });
const FEED = '/middle-east/2021/11/07/night-in-baghdad/feed.json';

describe('the new-updates poller', () => {
  it('shows 3 new updates when the feed has 3 newer than the page’s newest', async () => {
    const { body, button } = livePage();
    const feed = feedWith('2021-11-07T11:30:00.000Z', '2021-11-07T11:10:00.000Z', '2021-11-07T11:01:00.000Z', '2021-11-07T11:00:00.000Z', '2021-11-07T10:00:00.000Z');
    const w = world(body, { [FEED]: () => feed });
    runInNewContext(newUpdatesScript, w.context);
    expect(w.requests).toEqual([]);
    await w.advance(29_999);
    expect(w.requests).toEqual([]);
    await w.advance(1);
    expect(w.requests).toEqual([FEED]);
    expect(button.hidden).toBe(false);
    expect(button.textContent).toBe('3 new updates');
  });

  it('shows nothing when the feed’s newest is the page’s newest, and keeps asking every 30 s', async () => {
    const { body, button } = livePage();
    const w = world(body, { [FEED]: () => feedWith('2021-11-07T11:00:00.000Z', '2021-11-07T10:00:00.000Z') });
    runInNewContext(newUpdatesScript, w.context);
    await w.advance(90_000);
    expect(w.requests).toEqual([FEED, FEED, FEED]);
    expect(button.hidden).toBe(true);
    expect(button.textContent).toBe('');
  });

  it('waits for the page to be parsed when it runs from the head', async () => {
    const { body, button } = livePage();
    const w = world(body, { [FEED]: () => feedWith('2021-11-07T11:30:00.000Z') });
    w.document.readyState = 'loading';
    runInNewContext(newUpdatesScript, w.context);
    expect(w.timers).toEqual([]);
    w.document.readyState = 'interactive';
    w.document.dispatch('DOMContentLoaded');
    await w.advance(30_000);
    expect(w.requests).toEqual([FEED]);
    expect(button.textContent).toBe('1 new update');
  });

  it('says “1 new update” for one', async () => {
    const { body, button } = livePage();
    const w = world(body, { [FEED]: () => feedWith('2021-11-07T11:00:01.000Z') });
    runInNewContext(newUpdatesScript, w.context);
    await w.advance(30_000);
    expect(button.textContent).toBe('1 new update');
  });

  it('stops polling while the page is hidden and asks at once when it is shown again', async () => {
    const { body } = livePage();
    const w = world(body, { [FEED]: () => feedWith('2021-11-07T11:00:00.000Z') });
    runInNewContext(newUpdatesScript, w.context);
    await w.advance(30_000);
    expect(w.requests).toHaveLength(1);
    w.document.visibilityState = 'hidden';
    w.document.dispatch('visibilitychange');
    await w.advance(10 * 60_000);
    expect(w.requests).toHaveLength(1);
    expect(w.timers).toEqual([]);
    w.document.visibilityState = 'visible';
    w.document.dispatch('visibilitychange');
    await settle();
    expect(w.requests).toHaveLength(2);
    await w.advance(30_000);
    expect(w.requests).toHaveLength(3);
  });

  it('keeps polling after a failed request and never shows a count from it', async () => {
    const { body, button } = livePage();
    const w = world(body, {});
    runInNewContext(newUpdatesScript, w.context);
    await w.advance(60_000);
    expect(w.requests).toEqual([FEED, FEED]);
    expect(button.hidden).toBe(true);
  });

  it('reloads once the page itself has the new updates, asking again while the server still hands out the old copy', async () => {
    const { body, button } = livePage();
    let copy = '<section data-live-latest="2021-11-07T14:00:00+03:00">';
    const w = world(body, { [FEED]: () => feedWith('2021-11-07T11:30:00.000Z'), '/middle-east/2021/11/07/night-in-baghdad': () => copy });
    runInNewContext(newUpdatesScript, w.context);
    await w.advance(30_000);
    button.dispatch('click');
    await settle();
    expect(button.disabled).toBe(true);
    expect(button.textContent).toBe('Loading new updates…');
    expect(w.location.reloads).toBe(0);
    copy = '<section data-live-latest="2021-11-07T14:30:00+03:00">';
    await w.advance(2_000);
    expect(w.location.reloads).toBe(1);
  });

  it('does nothing on a page that is not an open live blog, or whose feed is on another site', async () => {
    const quiet = world(element('body'));
    runInNewContext(newUpdatesScript, quiet.context);
    expect(quiet.timers).toEqual([]);
    const { body } = livePage();
    body.children[1]?.setAttribute('data-live-feed', '//evil.example/feed.json');
    const foreign = world(body);
    runInNewContext(newUpdatesScript, foreign.context);
    await foreign.advance(60_000);
    expect(foreign.requests).toEqual([]);
  });
});

describe('the embed loader', () => {
  function card(provider: string, params: string) {
    const load = element('button', { 'data-embed-load': '' });
    const slot = element('div', { 'data-embed-frame': '' });
    slot.hidden = true;
    const root = element('figure', { 'data-embed': provider, 'data-embed-params': params, 'data-embed-title': 'Video from YouTube: The prime minister speaks' }, load, slot);
    return { root, load, slot };
  }

  it('puts the provider’s player in the card only when the reader presses Load', () => {
    const { root, load, slot } = card('youtube', 'id=dQw4w9WgXcQ&start=90');
    const w = world(element('body', {}, root));
    runInNewContext(embedLoaderScript, w.context);
    expect(slot.children).toEqual([]);
    w.document.dispatch('click', load);
    const [frame] = slot.children;
    expect(frame?.tagName).toBe('iframe');
    expect(frame?.attributes).toEqual({
      src: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=90',
      title: 'Video from YouTube: The prime minister speaks',
      loading: 'lazy',
      sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation',
      referrerpolicy: 'strict-origin-when-cross-origin',
      allow: 'autoplay; encrypted-media; fullscreen; picture-in-picture',
    });
    expect(slot.hidden).toBe(false);
    expect(load.hidden).toBe(true);
    expect(frame?.focused).toBe(true);
  });

  it('builds a Mastodon player on the post’s own server, without an allow list', () => {
    const { root, load, slot } = card('mastodon', 'host=mastodon.social&user=Gargron&id=109426723543542466');
    const w = world(element('body', {}, root));
    runInNewContext(embedLoaderScript, w.context);
    w.document.dispatch('click', load);
    expect(slot.children[0]?.attributes.src).toBe('https://mastodon.social/@Gargron/109426723543542466/embed');
    expect(slot.children[0]?.attributes).not.toHaveProperty('allow');
    expect(slot.children[0]?.attributes.referrerpolicy).toBe('no-referrer');
  });

  it('refuses ids that could leave their place in the address, and unknown providers', () => {
    for (const [provider, params] of [
      ['mastodon', 'host=evil.example/x?&user=a&id=1'],
      ['youtube', 'id=x"onload='],
      ['toString', 'id=1'],
      ['flash', 'id=1'],
    ] as const) {
      const { root, load, slot } = card(provider, params);
      const w = world(element('body', {}, root));
      runInNewContext(embedLoaderScript, w.context);
      w.document.dispatch('click', load);
      expect(slot.children).toEqual([]);
      expect(load.hidden).toBe(false);
    }
  });

  it('ignores clicks elsewhere', () => {
    const { root, slot } = card('youtube', 'id=dQw4w9WgXcQ');
    const other = element('a', {});
    const w = world(element('body', {}, root, other));
    runInNewContext(embedLoaderScript, w.context);
    w.document.dispatch('click', other);
    expect(slot.children).toEqual([]);
  });
});

describe('the breaking strip’s expiry', () => {
  const strip = (expires: string) => element('aside', { 'data-breaking-expires': expires });

  it('hides a strip that has expired as the page opens', () => {
    const s = strip('2021-11-07T11:59:59Z');
    runInNewContext(breakingExpiryScript, world(element('body', {}, s)).context);
    expect(s.hidden).toBe(true);
  });

  it('hides an open page’s strip at its expiry, not before', async () => {
    const s = strip('2021-11-07T13:00:00Z');
    const w = world(element('body', {}, s));
    runInNewContext(breakingExpiryScript, w.context);
    await w.advance(3_599_999);
    expect(s.hidden).toBe(false);
    await w.advance(1);
    expect(s.hidden).toBe(true);
  });

  it('leaves a strip without a readable expiry, and pages without a strip, alone', () => {
    const s = strip('tomorrow');
    const w = world(element('body', {}, s));
    runInNewContext(breakingExpiryScript, w.context);
    expect(s.hidden).toBe(false);
    expect(w.timers).toEqual([]);
    expect(() => runInNewContext(breakingExpiryScript, world(element('body')).context)).not.toThrow();
  });
});

describe('the scripts’ text', () => {
  it('is plain ES2017: no optional chaining, nullish coalescing, spread objects or let/const', () => {
    for (const script of [newUpdatesScript, embedLoaderScript, breakingExpiryScript]) {
      expect(script).not.toMatch(/\?\.|\?\?|\{\s*\.\.\.|\b(?:let|const|class|async|await)\b|=>/);
    }
  });
});

describe('relative times', () => {
  function page(...spans: [string, string][]) {
    const found = spans.map(([iso, text]) => Object.assign(element('span', { 'data-relative': iso }), { textContent: text }));
    return { body: element('body', {}, ...found), spans: found };
  }

  it('writes how long ago each moment of the last day was in place of its day, and keeps the day in its title', () => {
    const { body, spans } = page(['2021-11-07T11:48:00Z', 'Sun 7 Nov'], ['2021-11-07T09:00:00Z', 'Sun 7 Nov'], ['2021-11-07T11:59:40Z', 'Sun 7 Nov'], ['2021-11-05T12:00:00Z', 'Fri 5 Nov']);
    runInNewContext(relativeTimeScript, world(body).context);
    expect(spans.map((s) => s.textContent)).toEqual(['12 min ago', '3 hr ago', 'just now', 'Fri 5 Nov']);
    expect(spans[0]?.getAttribute('title')).toBe('Sun 7 Nov');
  });

  it('keeps them current while the page is open, and gives the day back after a day', async () => {
    const { body, spans } = page(['2021-11-07T11:48:00Z', 'Sun 7 Nov']);
    const w = world(body);
    runInNewContext(relativeTimeScript, w.context);
    await w.advance(60_000);
    expect(spans[0]?.textContent).toBe('13 min ago');
    await w.advance(86_400_000);
    expect(spans[0]?.textContent).toBe('Sun 7 Nov');
  });
});

describe('an update’s share link', () => {
  const URL = 'https://news.example/middle-east/2021/11/07/night/updates/first';
  function page() {
    const status = element('span', { 'data-share-status': '' });
    const link = element('a', { href: '/middle-east/2021/11/07/night/updates/first', 'data-share': URL, 'data-share-title': 'First reports' });
    const paragraph = element('p', {}, link, status);
    return { body: element('body', {}, paragraph), link, status };
  }
  const click = (target: FakeElement) => {
    let prevented = false;
    return { event: { target, button: 0, preventDefault: () => (prevented = true) }, prevented: () => prevented };
  };

  it('copies the address of the update’s own page and says so', async () => {
    const { body, link, status } = page();
    const clipboard: string[] = [];
    runInNewContext(shareScript, world(body, {}, undefined, { clipboard }).context);
    const { event, prevented } = click(link);
    for (const listener of body.listeners.get('click') ?? []) listener(event);
    await settle();
    expect(prevented()).toBe(true);
    expect(clipboard).toEqual([URL]);
    expect(status.textContent).toBe('Link copied');
  });

  it('opens the share sheet on a touch screen that has one, and leaves the link to the browser where nothing can copy', async () => {
    const shared: { title: string; url: string }[] = [];
    const touch = page();
    runInNewContext(shareScript, world(touch.body, {}, undefined, { shared, clipboard: [], coarsePointer: true }).context);
    const first = click(touch.link);
    for (const listener of touch.body.listeners.get('click') ?? []) listener(first.event);
    await settle();
    expect(shared).toEqual([{ title: 'First reports', url: URL }]);

    const bare = page();
    runInNewContext(shareScript, world(bare.body).context);
    const second = click(bare.link);
    for (const listener of bare.body.listeners.get('click') ?? []) listener(second.event);
    expect(second.prevented()).toBe(false);
  });
});
