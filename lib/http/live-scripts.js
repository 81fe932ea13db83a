// @ts-check
// Plain CommonJS: these scripts are part of the page script whose hash next.config.js lists
// in the Content-Security-Policy (lib/http/inline-scripts.js), and it loads them as they are.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { EMBED_PLAYERS, PLAYER_PLACEHOLDER, SAFE_ID } = require('../site/embed-players');

/** The players' frame settings by provider, for the embed loader; the layout is the card's business. */
const loaderTable = Object.fromEntries(
  Object.entries(EMBED_PLAYERS).map(([id, { player, sandbox, allow, referrerPolicy }]) => [id, { player, sandbox, allow, referrerPolicy }]),
);

/**
 * Small behaviours of live pages and story bodies, as fixed text written to
 * be appended to the site's one page script (lib/http/inline-scripts.js), so
 * the script policy lists its hash. That script runs in the <head>, before the
 * body is parsed: what looks for markup waits for it (DOMContentLoaded); the
 * embed loader answers clicks anywhere, so it needs no wait. Plain ES2017, no framework; the only
 * request any of them makes is `fetch` to the site itself. Without JavaScript
 * none of their controls show, and the page lacks nothing else.
 *
 * The markup they act on is named here once; the components use these names.
 */
const LIVE_DATA = {
  /** On the updates of an open live blog's latest page: the same-origin JSON Feed to poll. */
  feed: 'data-live-feed',
  /** Beside it: the newest update's time written in the page. */
  latest: 'data-live-latest',
  /** The "N new updates" region (role=status) whose button the poller shows. */
  notice: 'data-live-notice',
  /** An embed card: its provider id; `params` holds the ids, `title` the frame's title. */
  embed: 'data-embed',
  embedParams: 'data-embed-params',
  embedTitle: 'data-embed-title',
  /** The card's "Load" button and the slot the frame goes into. */
  embedLoad: 'data-embed-load',
  embedFrame: 'data-embed-frame',
  /** The breaking-news strip: when it stops showing. */
  breakingExpires: 'data-breaking-expires',
  /** A link to an update's own page that the script shares or copies: the absolute URL to share. */
  share: 'data-share',
  /** Beside it: what the share sheet titles it, and where the script says it copied. */
  shareTitle: 'data-share-title',
  shareStatus: 'data-share-status',
  /** Printed beside an absolute time (the day): the moment, ISO 8601, whose distance the script writes in its place. */
  relative: 'data-relative',
};

/** How often an open page asks for new updates, in ms: the site's revalidation time. */
const POLL_INTERVAL_MS = 30000;

/**
 * Polls the live blog's feed while the page is visible and offers "N new
 * updates". The button reloads once the page itself has the updates: a
 * server keeps handing out its previous copy for one more request while it
 * remakes the page, so it first asks for the page until the copy is new.
 */
const newUpdatesScript = `(function (start) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})(function () {
  var root = document.querySelector('[${LIVE_DATA.feed}]');
  var notice = document.querySelector('[${LIVE_DATA.notice}]');
  var button = notice ? notice.querySelector('button') : null;
  if (!root || !button) return;
  var feed = root.getAttribute('${LIVE_DATA.feed}') || '';
  var latest = Date.parse(root.getAttribute('${LIVE_DATA.latest}') || '');
  if (feed.charAt(0) !== '/' || feed.charAt(1) === '/' || isNaN(latest)) return;
  var newest = latest;
  var timer = null;
  var visible = function () { return document.visibilityState !== 'hidden'; };
  var schedule = function () {
    clearTimeout(timer);
    timer = visible() ? setTimeout(poll, ${POLL_INTERVAL_MS}) : null;
  };
  var show = function (count) {
    if (count < 1 || button.disabled) return;
    button.textContent = count === 1 ? '1 new update' : count + ' new updates';
    button.hidden = false;
  };
  function poll() {
    timer = null;
    fetch(feed, { cache: 'no-cache', credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        var items = data && Array.isArray(data.items) ? data.items : [];
        var count = 0;
        items.forEach(function (item) {
          var at = Date.parse(item && item.date_published);
          if (at > latest) { count += 1; newest = Math.max(newest, at); }
        });
        show(count);
      })
      .catch(function () {})
      .then(schedule);
  }
  button.addEventListener('click', function () {
    var tries = 0;
    button.disabled = true;
    button.textContent = 'Loading new updates…';
    (function attempt() {
      fetch(location.pathname, { cache: 'no-cache', credentials: 'same-origin' })
        .then(function (response) { return response.text(); })
        .then(function (html) {
          var found = /${LIVE_DATA.latest}="([^"]+)"/.exec(html);
          tries += 1;
          if ((found && Date.parse(found[1]) >= newest) || tries >= 5) location.reload();
          else setTimeout(attempt, 2000);
        })
        .catch(function () { location.reload(); });
    })();
  });
  document.addEventListener('visibilitychange', function () {
    if (visible()) { if (timer === null) poll(); }
    else { clearTimeout(timer); timer = null; }
  });
  schedule();
});`;

/**
 * Swaps an embed card's "Load" button for the provider's player. The card
 * carries the provider and the ids; the players' addresses are written here,
 * from the registry, so the page holds no third-party URL but the original link.
 */
const embedLoaderScript = `(function () {
  var players = ${JSON.stringify(loaderTable)};
  var placeholder = new RegExp(${JSON.stringify(PLAYER_PLACEHOLDER.source)}, 'g');
  var safe = new RegExp(${JSON.stringify(SAFE_ID.source)});
  document.addEventListener('click', function (event) {
    var button = event.target instanceof Element ? event.target.closest('[${LIVE_DATA.embedLoad}]') : null;
    var card = button ? button.closest('[${LIVE_DATA.embed}]') : null;
    var slot = card ? card.querySelector('[${LIVE_DATA.embedFrame}]') : null;
    var spec = card && Object.prototype.hasOwnProperty.call(players, card.getAttribute('${LIVE_DATA.embed}')) ? players[card.getAttribute('${LIVE_DATA.embed}')] : null;
    if (!slot || !spec) return;
    var params = new URLSearchParams(card.getAttribute('${LIVE_DATA.embedParams}') || '');
    var ok = true;
    var src = spec.player.replace(placeholder, function (match, prefix, name) {
      var value = params.get(name);
      if (!value) return '';
      if (!safe.test(value)) ok = false;
      return (prefix || '') + value;
    });
    if (!ok || src.indexOf('https://') !== 0) return;
    var frame = document.createElement('iframe');
    frame.setAttribute('src', src);
    frame.setAttribute('title', card.getAttribute('${LIVE_DATA.embedTitle}') || '');
    frame.setAttribute('loading', 'lazy');
    frame.setAttribute('sandbox', spec.sandbox);
    frame.setAttribute('referrerpolicy', spec.referrerPolicy);
    if (spec.allow) frame.setAttribute('allow', spec.allow);
    slot.appendChild(frame);
    slot.hidden = false;
    button.hidden = true;
    frame.focus();
  });
})();`;

/**
 * Hides the breaking-news strip at its expiry, for a page a cache held on to
 * or a reader left open; the server stops writing it at the same moment.
 */
const breakingExpiryScript = `(function (start) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})(function () {
  var strip = document.querySelector('[${LIVE_DATA.breakingExpires}]');
  var expires = strip ? Date.parse(strip.getAttribute('${LIVE_DATA.breakingExpires}') || '') : NaN;
  if (isNaN(expires)) return;
  var hide = function () { strip.hidden = true; };
  var left = expires - Date.now();
  if (left <= 0) hide();
  else if (left < 2147483647) setTimeout(hide, left);
});`;

/**
 * An update's link to its own page, shared where a device shares (a phone's share sheet), else
 * copied: a plain link without a script, which a reader follows, copies or shares as any link.
 * A modified click (new tab, download) is left to the browser.
 */
const shareScript = `document.addEventListener('click', function (event) {
  var link = event.target instanceof Element ? event.target.closest('[${LIVE_DATA.share}]') : null;
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  var url = link.getAttribute('${LIVE_DATA.share}') || '';
  var title = link.getAttribute('${LIVE_DATA.shareTitle}') || document.title;
  var status = link.parentElement ? link.parentElement.querySelector('[${LIVE_DATA.shareStatus}]') : null;
  var say = function (message) { if (status) status.textContent = message; };
  if (navigator.share && matchMedia('(pointer: coarse)').matches) {
    event.preventDefault();
    navigator.share({ title: title, url: url }).catch(function () {});
  } else if (navigator.clipboard && navigator.clipboard.writeText) {
    event.preventDefault();
    navigator.clipboard.writeText(url).then(function () { say('Link copied'); }, function () { location.href = link.href; });
  }
});`;

/**
 * Writes how long ago each recent moment was ("12 min ago") in place of its day, beside the
 * absolute time the page already prints, and keeps it current while the page is open. Moments
 * older than a day keep their day.
 */
const relativeTimeScript = `(function (start) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})(function () {
  var DAY = 86400000;
  var format = typeof Intl.RelativeTimeFormat === 'function' ? new Intl.RelativeTimeFormat(document.documentElement.lang || 'en', { style: 'short', numeric: 'always' }) : null;
  var spans = document.querySelectorAll('[${LIVE_DATA.relative}]');
  if (!format || spans.length === 0) return;
  var write = function () {
    var now = Date.now();
    Array.prototype.forEach.call(spans, function (span) {
      if (!span.hasAttribute('title')) span.setAttribute('title', span.textContent || '');
      var ago = now - Date.parse(span.getAttribute('${LIVE_DATA.relative}') || '');
      if (!(ago >= 0 && ago < DAY)) { span.textContent = span.getAttribute('title'); return; }
      var minutes = Math.floor(ago / 60000);
      span.textContent = minutes < 1 ? 'just now' : minutes < 60 ? format.format(-minutes, 'minute') : format.format(-Math.floor(minutes / 60), 'hour');
    });
  };
  write();
  setInterval(function () { if (document.visibilityState !== 'hidden') write(); }, 60000);
});`;

/** All of them, in the order they are appended to the page script. */
const richPageScripts = [newUpdatesScript, embedLoaderScript, breakingExpiryScript, shareScript, relativeTimeScript].join('\n');

module.exports = { LIVE_DATA, breakingExpiryScript, embedLoaderScript, newUpdatesScript, relativeTimeScript, richPageScripts, shareScript };
