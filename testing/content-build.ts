import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeLiveBlog } from './live-blog-files';
import { buildSite } from './server';

/**
 * The suite's second build, for the browser tests of headers that depend on what pages hold
 * (e2e/page-headers.spec.ts): which pages may frame an embed's player, which live blogs are
 * still running. Those are decided when content is checked and written into the build's
 * headers, so this newsroom (the sample, an article with a video, a pull quote and a gallery,
 * and a running live blog) is built as `npm run build` builds the site. `npm test` makes it
 * right after the site's own build, before any browser test runs; the spec makes it itself
 * when it is missing or older than the site's build.
 *   npx tsx testing/content-build.ts
 */

export const CONTENT_BUILD_DIR = path.join('.next', 'e2e-content-build');
export const EMBED_ARTICLE = '/world/2021/11/08/the-prime-ministers-address';
export const EMBED_VIDEO = 'https://www.youtube.com/watch?v=aaaaaaaaaaa';
/** A live blog still running at the suite's clock, with a page of older updates (41 updates). */
export const OPEN_BLOG = '/middle-east/2021/11/09/harbour-storm-live';

const MARKER = path.join(CONTENT_BUILD_DIR, 'masthead-e2e.json');
const siteBuild = () => (existsSync(path.join('.next', 'BUILD_ID')) ? readFileSync(path.join('.next', 'BUILD_ID'), 'utf8') : '');

function writeContent(root: string) {
  writeFileSync(
    path.join(root, 'articles', 'the-prime-ministers-address.mdx'),
    [
      '---',
      'id: the-prime-ministers-address',
      'headline: What the Prime Minister Said After the Attack',
      'standfirst: The address, the words that carried, and the places it named.',
      'publishedAt: 2021-11-08T09:00:00+03:00',
      'authors: [world-desk]',
      'section: world',
      'image:',
      '  src: /images/kadhimi-residence-drone-attack.png',
      '  alt: Two small drones over the silhouette of a low building at night',
      '  caption: The residence in the Green Zone.',
      '  credit: Masthead graphics',
      '---',
      '',
      'The prime minister spoke on television on Sunday.',
      '',
      `<Embed url="${EMBED_VIDEO}" caption="The address as broadcast" credit="State television" />`,
      '',
      '<PullQuote quote="We are working to build our nation." by="Mustafa al-Kadhimi" role="Prime minister" />',
      '',
      '<Gallery caption="The district and the reaction">',
      '<Figure src="/images/green-zone-map.png" alt="Map of the Green Zone on a bend of the Tigris" caption="The Green Zone." credit="Masthead graphics" />',
      '<Figure src="/images/world-reaction-kadhimi.png" alt="A globe joined by lines to the governments that spoke" caption="Who condemned the attack." credit="Masthead graphics" />',
      '</Gallery>',
      '',
    ].join('\n'),
  );
  writeLiveBlog(root, { id: path.basename(OPEN_BLOG), headline: 'Storm Closes the Harbour of Basra, as It Happens', start: '2021-11-09T10:00:00+03:00', updates: 41 });
}

/** Whether the second build was made after the site's own build now in .next. */
export function contentBuildIsCurrent(): boolean {
  try {
    return Reflect.get(JSON.parse(readFileSync(MARKER, 'utf8')), 'site') === siteBuild() && siteBuild() !== '';
  } catch {
    return false;
  }
}

/** Makes the second build at the suite's clock (MASTHEAD_NOW). */
export function makeContentBuild(): void {
  const content = mkdtempSync(path.join(os.tmpdir(), 'masthead-e2e-content-'));
  try {
    cpSync('content', content, { recursive: true });
    writeContent(content);
    buildSite(content, CONTENT_BUILD_DIR, { MASTHEAD_NOW: process.env.MASTHEAD_NOW ?? '' });
    writeFileSync(MARKER, `${JSON.stringify({ site: siteBuild() })}\n`);
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  makeContentBuild();
  console.log(`Built ${CONTENT_BUILD_DIR} for the header tests.`);
}
