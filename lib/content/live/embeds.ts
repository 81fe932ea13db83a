/**
 * The providers `<Embed url="…" />` accepts, and how each one's player is
 * framed once a reader presses "Load". Before that the page holds only the
 * link to the original post: nothing is requested from another site.
 *
 * The player's address is a template (lib/site/embed-players.js) filled from
 * the ids read out of the editor's URL. The page's embed loader
 * (lib/http/live-scripts.js) carries the same templates, so the markup holds ids,
 * never a third-party URL.
 */

import { EMBED_PLAYERS, PLAYER_PLACEHOLDER, SAFE_ID, frameSource } from '../../site/embed-players';

type EmbedProviderId = keyof typeof EMBED_PLAYERS;
type EmbedFrame = (typeof EMBED_PLAYERS)[EmbedProviderId];

interface Provider {
  name: string;
  /** "video" or "post", for the frame's title and the card. */
  noun: string;
  /** Reads the ids from a URL of this provider, or says what is wrong; undefined when the URL is not this provider's. */
  read(url: URL): Record<string, string> | string | undefined;
}

const hostIs = (url: URL, ...hosts: string[]) => hosts.includes(url.hostname);
const segments = (url: URL) => url.pathname.split('/').filter(Boolean);

/** YouTube's t= or start=: 90, 90s, 1m30s, 1h2m3s → seconds. */
function seconds(value: string | null): string | undefined {
  const m = value ? /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value) : null;
  if (!m || !value) return undefined;
  const total = Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  return total > 0 ? String(total) : undefined;
}

/** A player's ids: the item's own, and those of its options that the link sets. */
function idsOf(id: string, options: Record<string, string | null | undefined>): Record<string, string> {
  const ids: Record<string, string> = { id };
  for (const [key, value] of Object.entries(options)) if (value) ids[key] = value;
  return ids;
}

const youtube: Provider = {
  name: 'YouTube',
  noun: 'video',
  read(url) {
    if (!hostIs(url, 'youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be', 'www.youtube-nocookie.com')) return undefined;
    const [first, second] = segments(url);
    const id = url.hostname === 'youtu.be' ? first : first === 'watch' ? url.searchParams.get('v') : ['shorts', 'embed', 'live'].includes(first ?? '') ? second : undefined;
    if (!id || !/^[A-Za-z0-9_-]{11}$/.test(id)) return 'expected the link of one YouTube video, e.g. https://www.youtube.com/watch?v=… or https://youtu.be/…';
    const start = seconds(url.searchParams.get('t') ?? url.searchParams.get('start'));
    return idsOf(id, { start });
  },
};

const vimeo: Provider = {
  name: 'Vimeo',
  noun: 'video',
  read(url) {
    if (!hostIs(url, 'vimeo.com', 'www.vimeo.com', 'player.vimeo.com')) return undefined;
    const parts = segments(url);
    const at = parts.findIndex((p) => /^\d+$/.test(p));
    const id = parts[at];
    // Showcases and albums are lists of videos, not one.
    if (at < 0 || !id || ['showcase', 'album'].includes(parts[0] ?? '')) return 'expected the link of one Vimeo video, e.g. https://vimeo.com/76979871';
    // An unlisted video's link carries a hash after its id, or as ?h= on the player's own link.
    const hash = parts[at + 1] ?? url.searchParams.get('h');
    if (hash && !/^[0-9a-f]{6,40}$/.test(hash)) return 'expected the link of one Vimeo video, e.g. https://vimeo.com/76979871';
    return idsOf(id, { hash });
  },
};

const x: Provider = {
  name: 'X',
  noun: 'post',
  read(url) {
    if (!hostIs(url, 'x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com')) return undefined;
    const [, status, id] = segments(url);
    if (status !== 'status' || !id || !/^\d{1,20}$/.test(id)) return 'expected the link of one post, e.g. https://x.com/<account>/status/<number>';
    return { id };
  },
};

const instagram: Provider = {
  name: 'Instagram',
  noun: 'post',
  read(url) {
    if (!hostIs(url, 'instagram.com', 'www.instagram.com')) return undefined;
    const parts = segments(url);
    const at = parts.findIndex((p) => p === 'p' || p === 'reel' || p === 'tv');
    const id = parts[at + 1];
    if (at < 0 || at > 1 || !id || !/^[A-Za-z0-9_-]{5,40}$/.test(id)) return 'expected the link of one post, e.g. https://www.instagram.com/p/<code>/';
    return { id };
  },
};

const tiktok: Provider = {
  name: 'TikTok',
  noun: 'video',
  read(url) {
    if (!hostIs(url, 'tiktok.com', 'www.tiktok.com', 'm.tiktok.com', 'vm.tiktok.com', 'vt.tiktok.com')) return undefined;
    const [account, video, id] = segments(url);
    if (!account?.startsWith('@') || video !== 'video' || !id || !/^\d{1,25}$/.test(id)) {
      return 'expected the full link of one video, e.g. https://www.tiktok.com/@<account>/video/<number> (open a short vm.tiktok.com link and copy the address it leads to)';
    }
    return { id };
  },
};

const bluesky: Provider = {
  name: 'Bluesky',
  noun: 'post',
  read(url) {
    if (!hostIs(url, 'bsky.app')) return undefined;
    const [profile, account, post, rkey] = segments(url);
    if (profile !== 'profile' || post !== 'post' || !account || !rkey || !/^[A-Za-z0-9._:~-]{1,100}$/.test(rkey)) {
      return 'expected the link of one post, e.g. https://bsky.app/profile/did:plc:…/post/…';
    }
    if (!/^did:(?:plc:[a-z2-7]{24}|web:[a-z0-9.-]+)$/.test(account)) {
      return 'a Bluesky embed needs the account’s DID, not its handle: in Bluesky choose “Embed post”, take the did:plc:… from the code it shows, and write https://bsky.app/profile/did:plc:…/post/' + rkey;
    }
    return { did: account, rkey };
  },
};

const mastodon: Provider = {
  name: 'Mastodon',
  noun: 'post',
  // Mastodon runs on any server: a post is recognised by its path, /@account/<number>.
  read(url) {
    const parts = segments(url);
    const [account, id] = parts.length === 2 ? parts : [];
    if (!account?.startsWith('@') || !id || !/^\d{1,25}$/.test(id)) return undefined;
    if (account.indexOf('@', 1) > 0) return 'is a copy of a post from another server: link the post on its author’s own server';
    const user = account.slice(1);
    if (!/^[A-Za-z0-9_]{1,30}$/.test(user) || url.port || !/^[a-z0-9.-]+$/.test(url.hostname)) return 'expected the link of one Mastodon post, e.g. https://mastodon.social/@<account>/<number>';
    return { host: url.hostname, user, id };
  },
};

const EMBED_PROVIDERS = { youtube, vimeo, x, instagram, tiktok, bluesky, mastodon } satisfies Record<EmbedProviderId, Provider>;

const PROVIDER_LIST = Object.entries(EMBED_PROVIDERS).flatMap(([id, p]) => (isProviderId(id) ? [{ id, provider: p }] : []));

function isProviderId(value: string): value is EmbedProviderId {
  return Object.hasOwn(EMBED_PROVIDERS, value);
}

export interface Embed {
  provider: EmbedProviderId;
  /** "YouTube", "X", … */
  providerName: string;
  noun: string;
  /** The ids the player's address is made from. */
  params: Record<string, string>;
  /** The editor's link, shown before "Load" and kept when scripts do not run. */
  url: string;
  /** The player's address. */
  src: string;
  /**
   * What the page's frame-src must allow for this embed: the player's origin on the provider's
   * own host (https://www.youtube-nocookie.com), the player's address on a host from the link
   * (https://mastodon.social/@Gargron/109426723543542466/embed).
   */
  frameSource: string;
  frame: EmbedFrame;
}

/** `{name}` → the id; `{&k=name}` → `&k=<id>`, or nothing without one. The loader does the same. */
export function fillPlayer(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(PLAYER_PLACEHOLDER, (_, prefix: string | undefined, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    return value ? `${prefix ?? ''}${value}` : '';
  });
}

const KNOWN = 'YouTube, Vimeo, X (x.com or twitter.com), Instagram, TikTok, Bluesky (bsky.app) and Mastodon';

/** Reads an editor's `url`: the embed, or the message the content check prints. */
export function parseEmbedUrl(input: string): Embed | { message: string } {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { message: `"${input}" is not a URL: write the full address of the post or video, starting with https://` };
  }
  if (url.protocol !== 'https:') return { message: `"${input}" must start with https://` };
  if (url.username || url.password) return { message: `"${input}" must not carry a user name or password` };
  for (const { id, provider } of PROVIDER_LIST) {
    const read = provider.read(url);
    if (read === undefined) continue;
    if (typeof read === 'string') return { message: `${provider.name} link "${input}": ${read}` };
    if (!Object.values(read).every((v) => SAFE_ID.test(v))) return { message: `${provider.name} link "${input}": it holds characters no ${provider.noun} id has` };
    const frame = EMBED_PLAYERS[id];
    const src = fillPlayer(frame.player, read);
    return {
      provider: id,
      providerName: provider.name,
      noun: provider.noun,
      params: read,
      url: url.toString(),
      src,
      frameSource: frameSource(frame.player, src),
      frame,
    };
  }
  return { message: `"${url.hostname}" is not a provider that can be embedded (known: ${KNOWN}); link to it in the text instead` };
}

/** The check for `<Embed url>` in the body's allow-list: a message, or undefined when the URL is good. */
export function embedUrlProblem(value: string): string | undefined {
  const parsed = parseEmbedUrl(value);
  return 'message' in parsed ? parsed.message : undefined;
}
