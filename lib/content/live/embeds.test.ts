import { describe, expect, it } from 'vitest';
import { embedUrlProblem, fillPlayer, parseEmbedUrl, type Embed } from './embeds';

function embed(url: string): Embed {
  const parsed = parseEmbedUrl(url);
  if ('message' in parsed) throw new Error(`expected an embed for ${url}: ${parsed.message}`);
  return parsed;
}

const BSKY_DID = 'did:plc:z72i7hdynmk6r22z27h6tvur';

describe('the providers an editor may embed', () => {
  it('turns each provider’s link into its privacy-preserving player', () => {
    const cases: [string, string, string][] = [
      ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'youtube', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1'],
      ['https://youtu.be/dQw4w9WgXcQ?t=1m30s', 'youtube', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=90'],
      ['https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=42', 'youtube', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=42'],
      ['https://www.youtube.com/shorts/aBcDeFgHiJk', 'youtube', 'https://www.youtube-nocookie.com/embed/aBcDeFgHiJk?autoplay=1'],
      ['https://vimeo.com/76979871', 'vimeo', 'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1'],
      ['https://vimeo.com/76979871/8272103f6e', 'vimeo', 'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1&h=8272103f6e'],
      ['https://vimeo.com/channels/staffpicks/76979871', 'vimeo', 'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1'],
      ['https://x.com/someone/status/1457198419012554752', 'x', 'https://platform.twitter.com/embed/Tweet.html?id=1457198419012554752&dnt=true'],
      ['https://twitter.com/someone/status/1457198419012554752?s=20', 'x', 'https://platform.twitter.com/embed/Tweet.html?id=1457198419012554752&dnt=true'],
      ['https://www.instagram.com/p/CV9xYz1AbCd/', 'instagram', 'https://www.instagram.com/p/CV9xYz1AbCd/embed'],
      ['https://www.instagram.com/reel/CV9xYz1AbCd/?igsh=x', 'instagram', 'https://www.instagram.com/p/CV9xYz1AbCd/embed'],
      ['https://www.tiktok.com/@someone/video/7027467543334579458', 'tiktok', 'https://www.tiktok.com/embed/v2/7027467543334579458'],
      [`https://bsky.app/profile/${BSKY_DID}/post/3l6oveex3ii2l`, 'bluesky', `https://embed.bsky.app/embed/${BSKY_DID}/app.bsky.feed.post/3l6oveex3ii2l`],
      ['https://mastodon.social/@Gargron/109426723543542466', 'mastodon', 'https://mastodon.social/@Gargron/109426723543542466/embed'],
    ];
    expect(cases.map(([url]) => [url, embed(url).provider, embed(url).src])).toEqual(cases);
  });

  it('lets a page frame a provider’s own player host, but of a host from the link only the post it shows', () => {
    const sources = [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://vimeo.com/76979871',
      'https://x.com/someone/status/1457198419012554752',
      'https://www.instagram.com/p/CV9xYz1AbCd/',
      'https://www.tiktok.com/@someone/video/7027467543334579458',
      `https://bsky.app/profile/${BSKY_DID}/post/3l6oveex3ii2l`,
      'https://mastodon.social/@Gargron/109426723543542466',
      'https://evil.example/@someone/1',
    ].map((url) => embed(url).frameSource);
    expect(sources).toEqual([
      'https://www.youtube-nocookie.com',
      'https://player.vimeo.com',
      'https://platform.twitter.com',
      'https://www.instagram.com',
      'https://www.tiktok.com',
      'https://embed.bsky.app',
      'https://mastodon.social/@Gargron/109426723543542466/embed',
      'https://evil.example/@someone/1/embed',
    ]);
  });

  it('gives each frame the provider’s name, its frame source and a sandbox with no top navigation', () => {
    const video = embed('https://youtu.be/dQw4w9WgXcQ');
    expect(video).toMatchObject({ providerName: 'YouTube', noun: 'video', frameSource: 'https://www.youtube-nocookie.com', url: 'https://youtu.be/dQw4w9WgXcQ' });
    expect(video.frame).toEqual({
      player: 'https://www.youtube-nocookie.com/embed/{id}?autoplay=1{&start=start}',
      sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation',
      allow: 'autoplay; encrypted-media; fullscreen; picture-in-picture',
      referrerPolicy: 'strict-origin-when-cross-origin',
      layout: 'video',
    });
    const post = embed('https://x.com/someone/status/1');
    expect(post.frame).toMatchObject({ sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox', allow: '', referrerPolicy: 'no-referrer', layout: 'post' });
    expect(embed('https://www.tiktok.com/@a/video/1').frame.layout).toBe('portrait');
    for (const url of ['https://vimeo.com/1', 'https://x.com/a/status/1', 'https://www.instagram.com/p/abcdef/', 'https://www.tiktok.com/@a/video/1', 'https://mastodon.social/@a/1']) {
      expect(embed(url).frame.sandbox).not.toMatch(/allow-top-navigation|allow-forms|allow-modals/);
    }
  });
});

describe('links the content check refuses', () => {
  const refusals: [string, string][] = [
    ['http://www.youtube.com/watch?v=dQw4w9WgXcQ', '"http://www.youtube.com/watch?v=dQw4w9WgXcQ" must start with https://'],
    ['www.youtube.com/watch?v=dQw4w9WgXcQ', '"www.youtube.com/watch?v=dQw4w9WgXcQ" is not a URL: write the full address of the post or video, starting with https://'],
    ['javascript:alert(1)', '"javascript:alert(1)" must start with https://'],
    ['https://user:pw@youtube.com/watch?v=dQw4w9WgXcQ', '"https://user:pw@youtube.com/watch?v=dQw4w9WgXcQ" must not carry a user name or password'],
    [
      'https://www.dailymotion.com/video/x8abc',
      '"www.dailymotion.com" is not a provider that can be embedded (known: YouTube, Vimeo, X (x.com or twitter.com), Instagram, TikTok, Bluesky (bsky.app) and Mastodon); link to it in the text instead',
    ],
    ['https://www.youtube.com/playlist?list=PL123', 'YouTube link "https://www.youtube.com/playlist?list=PL123": expected the link of one YouTube video, e.g. https://www.youtube.com/watch?v=… or https://youtu.be/…'],
    ['https://www.youtube.com/watch?v=short', 'YouTube link "https://www.youtube.com/watch?v=short": expected the link of one YouTube video, e.g. https://www.youtube.com/watch?v=… or https://youtu.be/…'],
    ['https://vimeo.com/showcase/123', 'Vimeo link "https://vimeo.com/showcase/123": expected the link of one Vimeo video, e.g. https://vimeo.com/76979871'],
    ['https://vimeo.com/staff', 'Vimeo link "https://vimeo.com/staff": expected the link of one Vimeo video, e.g. https://vimeo.com/76979871'],
    ['https://x.com/someone', 'X link "https://x.com/someone": expected the link of one post, e.g. https://x.com/<account>/status/<number>'],
    ['https://twitter.com/someone/status/abc', 'X link "https://twitter.com/someone/status/abc": expected the link of one post, e.g. https://x.com/<account>/status/<number>'],
    ['https://www.instagram.com/someone/', 'Instagram link "https://www.instagram.com/someone/": expected the link of one post, e.g. https://www.instagram.com/p/<code>/'],
    [
      'https://vm.tiktok.com/ZMabc123/',
      'TikTok link "https://vm.tiktok.com/ZMabc123/": expected the full link of one video, e.g. https://www.tiktok.com/@<account>/video/<number> (open a short vm.tiktok.com link and copy the address it leads to)',
    ],
    [
      'https://bsky.app/profile/someone.bsky.social/post/3l6oveex3ii2l',
      'Bluesky link "https://bsky.app/profile/someone.bsky.social/post/3l6oveex3ii2l": a Bluesky embed needs the account’s DID, not its handle: in Bluesky choose “Embed post”, take the did:plc:… from the code it shows, and write https://bsky.app/profile/did:plc:…/post/3l6oveex3ii2l',
    ],
    ['https://bsky.app/profile/someone.bsky.social', 'Bluesky link "https://bsky.app/profile/someone.bsky.social": expected the link of one post, e.g. https://bsky.app/profile/did:plc:…/post/…'],
    [
      'https://mastodon.social/@someone@example.org/109426723543542466',
      'Mastodon link "https://mastodon.social/@someone@example.org/109426723543542466": is a copy of a post from another server: link the post on its author’s own server',
    ],
    ['https://mastodon.social:8443/@someone/1', 'Mastodon link "https://mastodon.social:8443/@someone/1": expected the link of one Mastodon post, e.g. https://mastodon.social/@<account>/<number>'],
    [
      'https://mastodon.social/@someone',
      '"mastodon.social" is not a provider that can be embedded (known: YouTube, Vimeo, X (x.com or twitter.com), Instagram, TikTok, Bluesky (bsky.app) and Mastodon); link to it in the text instead',
    ],
  ];

  it.each(refusals)('%s', (url, message) => {
    expect(parseEmbedUrl(url)).toEqual({ message });
    expect(embedUrlProblem(url)).toBe(message);
  });

  it('accepts a good link without a word', () => {
    expect(embedUrlProblem('https://youtu.be/dQw4w9WgXcQ')).toBeUndefined();
  });
});

describe('fillPlayer', () => {
  it('adds an optional parameter only when it has a value', () => {
    expect(fillPlayer('https://p.example/{id}?a=1{&h=hash}', { id: '7' })).toBe('https://p.example/7?a=1');
    expect(fillPlayer('https://p.example/{id}?a=1{&h=hash}', { id: '7', hash: 'ff' })).toBe('https://p.example/7?a=1&h=ff');
  });
});
