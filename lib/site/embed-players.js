// @ts-check
// Plain CommonJS: the embed loader (lib/http/live-scripts.js) is part of the page script whose hash
// next.config.js lists in the Content-Security-Policy, and next.config.js loads it as it is.
// lib/content/live/embeds.ts reads the editors' links into ids; this file says how each provider's
// player is framed once a reader presses "Load".

/**
 * @typedef {'youtube' | 'vimeo' | 'x' | 'instagram' | 'tiktok' | 'bluesky' | 'mastodon'} EmbedProviderId
 * @typedef {'video' | 'portrait' | 'post'} EmbedLayout How the frame is laid out: a 16:9 player, a tall phone-shaped player, or a social post.
 * @typedef {object} EmbedFrame
 * @property {string} player `{name}` is replaced by the id of that name; `{&k=name}` adds `&k=<id>` only when there is one.
 * @property {string} sandbox What the player may do in its frame.
 * @property {string} allow Permissions the player may use: only what playing a video needs.
 * @property {'strict-origin-when-cross-origin' | 'no-referrer'} referrerPolicy YouTube and Vimeo refuse to play without the embedding site's origin; posts get no referrer.
 * @property {EmbedLayout} layout
 */

/**
 * A cross-origin player needs scripts, and its own origin to reach its own cookies and
 * storage (allow-same-origin keeps the provider's origin; it grants nothing on ours). Links in
 * it open in a new window. No top navigation, forms or modals.
 */
const VIDEO_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation';
const VIDEO_ALLOW = 'autoplay; encrypted-media; fullscreen; picture-in-picture';
const POST_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** @type {Record<EmbedProviderId, EmbedFrame>} */
const EMBED_PLAYERS = {
  youtube: { player: 'https://www.youtube-nocookie.com/embed/{id}?autoplay=1{&start=start}', sandbox: VIDEO_SANDBOX, allow: VIDEO_ALLOW, referrerPolicy: 'strict-origin-when-cross-origin', layout: 'video' },
  vimeo: { player: 'https://player.vimeo.com/video/{id}?dnt=1&autoplay=1{&h=hash}', sandbox: VIDEO_SANDBOX, allow: VIDEO_ALLOW, referrerPolicy: 'strict-origin-when-cross-origin', layout: 'video' },
  x: { player: 'https://platform.twitter.com/embed/Tweet.html?id={id}&dnt=true', sandbox: POST_SANDBOX, allow: '', referrerPolicy: 'no-referrer', layout: 'post' },
  instagram: { player: 'https://www.instagram.com/p/{id}/embed', sandbox: POST_SANDBOX, allow: '', referrerPolicy: 'no-referrer', layout: 'post' },
  tiktok: { player: 'https://www.tiktok.com/embed/v2/{id}', sandbox: VIDEO_SANDBOX, allow: VIDEO_ALLOW, referrerPolicy: 'strict-origin-when-cross-origin', layout: 'portrait' },
  // The embed service names the account by its DID, which does not change when a handle does.
  bluesky: { player: 'https://embed.bsky.app/embed/{did}/app.bsky.feed.post/{rkey}', sandbox: POST_SANDBOX, allow: '', referrerPolicy: 'no-referrer', layout: 'post' },
  // Mastodon runs on any server: the host comes from the editor's link, like the ids.
  mastodon: { player: 'https://{host}/@{user}/{id}/embed', sandbox: POST_SANDBOX, allow: '', referrerPolicy: 'no-referrer', layout: 'post' },
};

/**
 * What a page's `frame-src` allows for the player at `src`, made from `template`: the player's
 * origin when its host is the provider's own, written above; the player's own address (path
 * included, query left out, as the Content-Security-Policy matches it) when its host comes from
 * the editor's link, as Mastodon's does. So a page frames any video of YouTube's player, but of a
 * host an editor wrote, only the post it shows. Characters a policy's path may not hold as they
 * are (and ":", which Next's header rules would read as a parameter) are %-escaped, which the
 * policy matches as the character.
 *
 * @param {string} template
 * @param {string} src
 * @returns {string}
 */
function frameSource(template, src) {
  const url = new URL(src);
  if (!template.startsWith('https://{')) return url.origin;
  return `${url.origin}${url.pathname.replace(/[^A-Za-z0-9._~/@-]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}`;
}

/** Every id is one of these characters, checked again by the loader: none can leave its place in the player's URL. */
const SAFE_ID = /^[A-Za-z0-9._:-]{1,200}$/;

/** A placeholder in a player template: `{name}`, or `{&k=name}` for an optional query parameter. */
const PLAYER_PLACEHOLDER = /\{(&[a-z]+=)?([a-z]+)\}/g;

module.exports = { EMBED_PLAYERS, PLAYER_PLACEHOLDER, SAFE_ID, frameSource };
