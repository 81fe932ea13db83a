/**
 * The synthetic newsroom behind the benchmarks: see scripts/generate-newsroom.ts.
 * The same seed and count give the same bytes.
 *
 * Articles are desk-signed stories with 600 to 2,000 words, headings, lists,
 * <Figure>s, <AlsoRead> links and editors' `related` lists pointing at older
 * stories. Hero images reuse the graphics already in public/images, so the
 * tree needs nothing outside it and public/ stays as it is. The newest article
 * always has 1,500 words, so the benchmark measures the budget's reference
 * article at the same URL in every run.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { articlePathOf } from '../lib/content/check/article';

export interface NewsroomOptions {
  count: number;
  seed: number;
  /** The newest article's publication instant; older ones go back from it. */
  newest: Date;
}

/** The words the newest article always has: the HTML budget is set for a 1,500-word story. */
export const REFERENCE_WORDS = 1500;

/** The publication time of a generated newsroom's newest story, unless a run asks for another. */
export const NEWEST = '2026-11-20T09:00:00Z';

/** The command-line options of every script that generates a newsroom: how many stories, and the seed that makes them. */
export function newsroomOptions(defaultCount: string) {
  return { count: { type: 'string', default: defaultCount }, seed: { type: 'string', default: '1' } } as const;
}

/** mulberry32: small, fast and the same on every platform. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SECTIONS = [
  ['politics', 'Politics', 'Parliament, government and the parties.'],
  ['world', 'World', 'International news and diplomacy.'],
  ['middle-east', 'Middle East', 'News from Iraq and across the region.'],
  ['business', 'Business', 'Companies, markets and the economy.'],
  ['climate', 'Climate', 'Energy, weather and the environment.'],
  ['science', 'Science', 'Research and discovery.'],
  ['technology', 'Technology', 'The industry and how it changes daily life.'],
  ['health', 'Health', 'Medicine, hospitals and public health.'],
  ['education', 'Education', 'Schools, universities and training.'],
  ['culture', 'Culture', 'Books, film, music and the arts.'],
  ['sport', 'Sport', 'Results and the stories behind them.'],
  ['analysis', 'Analysis', 'Context and explanation on the forces shaping the news.'],
] as const;

const PLACES = [
  'Baghdad', 'Basra', 'Mosul', 'Erbil', 'Amman', 'Beirut', 'Cairo', 'Istanbul', 'Tehran', 'Riyadh',
  'Brussels', 'Berlin', 'Paris', 'Madrid', 'Rome', 'Warsaw', 'Geneva', 'Vienna', 'Nairobi', 'Lagos',
  'Delhi', 'Jakarta', 'Tokyo', 'Seoul', 'Sydney', 'Toronto', 'Mexico City', 'Lima', 'London', 'Cardiff',
];
const BEATS = [
  'Energy', 'Transport', 'Housing', 'Trade', 'Security', 'Courts', 'Elections', 'Water', 'Farming',
  'Migration', 'Labour', 'Budget', 'Oil', 'Banking', 'Aviation', 'Shipping', 'Universities', 'Hospitals',
  'Wildlife', 'Football', 'Athletics', 'Theatre', 'Publishing', 'Space', 'Computing', 'Telecoms',
];
const TOPICS = [
  'fuel prices', 'the coalition talks', 'the new budget', 'flood defences', 'the rail strike', 'hospital waiting lists',
  'the drought', 'grain exports', 'the power grid', 'a port expansion', 'teacher shortages', 'the housing plan',
  'the pension reform', 'a water treaty', 'border crossings', 'the vaccine programme', 'the trade deal',
  'the election count', 'the court ruling', 'the ceasefire', 'a refinery fire', 'the airport runway',
  'the heatwave', 'the new stadium', 'the metro line', 'the fishing quotas', 'the census', 'the data law',
  'the satellite launch', 'the bridge repairs', 'interest rates', 'the minimum wage', 'the film festival',
];
const BODIES = [
  'the ministry', 'the city council', 'the central bank', 'the regional assembly', 'the electoral commission',
  'the supreme court', 'the transport authority', 'the health service', 'the port authority', 'the union',
  'the employers\u2019 federation', 'the audit office', 'the national statistics office', 'the league', 'the university',
];
const VERBS = ['said', 'confirmed', 'warned', 'announced', 'argued', 'reported', 'acknowledged', 'insisted'];
const DAYS = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'at the weekend', 'this week', 'last month'];
const OUTCOMES = [
  'costs would rise before they fell', 'the timetable could slip into next year', 'more money would be needed',
  'the first results were encouraging', 'talks would resume within days', 'no decision had yet been taken',
  'the plan had broad support', 'the figures would be revised', 'an inquiry would follow', 'the work was ahead of schedule',
];
const CONNECTIVES = ['However,', 'Meanwhile,', 'Separately,', 'In a statement,', 'Earlier,', 'By contrast,', 'As a result,', 'Officials added that'];
const HEADINGS = [
  'What happens next', 'How we got here', 'The cost', 'Who is affected', 'The reaction', 'What the figures show',
  'A long dispute', 'The view from the region', 'Questions that remain', 'Why it matters',
];
const IMAGES: readonly (readonly [string, string])[] = [
  ['/images/green-zone-map.png', 'Schematic map of a city centre on a river bend, with bridges and a square marked'],
  ['/images/iraq-election-map.png', 'Map of a country divided into provinces, shaded by the party that came first'],
  ['/images/iraq-election-seats-chart.png', 'Bar chart of seats won by each party, the largest at the top'],
  ['/images/election-dispute-timeline.png', 'Timeline of the weeks after a vote, with the main events marked'],
  ['/images/green-zone-security.png', 'Illustration of concrete barriers and a checkpoint on a wide road'],
  ['/images/iran-iraq-ties.png', 'Diagram of links between two neighbouring countries: trade, energy and armed groups'],
  ['/images/kadhimi-residence-drone-attack.png', 'Illustration of two small drones over a low building and palm trees at night'],
  ['/images/world-reaction-kadhimi.png', 'Panel of flags with short quotes from governments around the world'],
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  const item = list[Math.floor(rand() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface Desk {
  id: string;
  name: string;
}

function desks(): Desk[] {
  const out: Desk[] = [{ id: 'newsroom', name: 'Masthead newsroom' }];
  for (const place of PLACES) out.push({ id: `${place.toLowerCase().replace(/ /g, '-')}-bureau`, name: `${place} bureau` });
  for (const beat of BEATS) out.push({ id: `${beat.toLowerCase()}-desk`, name: `${beat} desk` });
  return out;
}

function sentence(rand: () => number, topic: string): string {
  const body = pick(rand, BODIES);
  const kind = Math.floor(rand() * 4);
  if (kind === 0) return `${capitalise(body)} ${pick(rand, VERBS)} ${pick(rand, DAYS)} that ${pick(rand, OUTCOMES)}.`;
  if (kind === 1) return `${pick(rand, CONNECTIVES)} ${body} ${pick(rand, VERBS)} that ${topic} was now its first priority.`;
  if (kind === 2) return `In ${pick(rand, PLACES)}, people following ${topic} said ${pick(rand, OUTCOMES)}, and asked for clearer answers.`;
  return `Figures published ${pick(rand, DAYS)} showed a change of ${1 + Math.floor(rand() * 40)} per cent, which ${body} described as significant.`;
}

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

interface Written {
  id: string;
  path: string;
}

/** The MDX text of one article, and how many words its body holds. */
function articleText(
  rand: () => number,
  id: string,
  publishedAt: string,
  authors: string[],
  section: string,
  tags: string[],
  older: Written[],
  targetWords: number,
): string {
  const topic = pick(rand, TOPICS);
  const place = pick(rand, PLACES);
  const [heroSrc, heroAlt] = pick(rand, IMAGES);
  const olderIds = older.map((o) => o.id);
  const relatedCount = olderIds.length ? Math.floor(rand() * 4) : 0;
  const related = [...new Set(Array.from({ length: relatedCount }, () => pick(rand, olderIds.slice(-200))))];

  const blocks: string[] = [];
  let words = 0;
  let sinceHeading = 0;
  let figures = 0;
  let alsoReads = 0;
  while (words < targetWords) {
    const roll = rand();
    let block: string;
    if (sinceHeading >= 4 && roll < 0.35) {
      block = `## ${pick(rand, HEADINGS)}`;
      sinceHeading = 0;
    } else if (roll < 0.08) {
      const items = Array.from({ length: 3 + Math.floor(rand() * 3) }, () => `- ${sentence(rand, topic)}`);
      block = items.join('\n');
    } else if (roll < 0.11 && figures < 2) {
      const [src, alt] = pick(rand, IMAGES);
      block = `<Figure src="${src}" alt="${alt}" caption="A graphic on ${topic}, prepared for this report." credit="Masthead graphics" />`;
      figures += 1;
    } else if (roll < 0.14 && alsoReads < 2 && olderIds.length) {
      block = `<AlsoRead id="${pick(rand, olderIds.slice(-500))}" />`;
      alsoReads += 1;
    } else if (roll < 0.17 && older.length) {
      const target = pick(rand, older.slice(-500));
      block = `${sentence(rand, topic)} [Our earlier report](${target.path}) has the background.`;
    } else {
      const count = 3 + Math.floor(rand() * 4);
      block = Array.from({ length: count }, () => sentence(rand, topic)).join(' ');
    }
    if (!block.startsWith('<')) words += wordsIn(block.replace(/^## |^- |\[|\]\([^)]*\)/gm, ''));
    sinceHeading += 1;
    blocks.push(block);
  }

  const headline = `${capitalise(topic)}: ${pick(rand, BODIES)} in ${place} ${pick(rand, VERBS)} ${pick(rand, OUTCOMES)}`;
  const frontmatter = [
    '---',
    `id: ${id}`,
    `headline: "${headline.replace(/"/g, '\\"')}"`,
    `standfirst: "${sentence(rand, topic).replace(/"/g, '\\"')} ${sentence(rand, topic).replace(/"/g, '\\"')}"`,
    `publishedAt: "${publishedAt}"`,
    `authors: [${authors.join(', ')}]`,
    `section: ${section}`,
    `tags: [${tags.map((t) => `"${t}"`).join(', ')}]`,
    'image:',
    `  src: ${heroSrc}`,
    `  alt: "${heroAlt}"`,
    `  caption: "A Masthead graphic for this report on ${topic}."`,
    '  credit: Masthead graphics',
    `related: [${related.join(', ')}]`,
    '---',
  ];
  return `${frontmatter.join('\n')}\n\n${blocks.join('\n\n')}\n`;
}

/** Yields every file of the newsroom as [relative path, text], oldest article first. */
export function* newsroomFiles(options: NewsroomOptions): Generator<[string, string]> {
  const rand = random(options.seed);
  const authors = desks();
  yield [
    'authors.yaml',
    authors
      .map((d) => `- id: ${d.id}\n  name: ${d.name}\n  kind: ${d.id === 'newsroom' ? 'newsroom' : 'desk'}\n  bio: Stories filed by the ${d.name}.\n`)
      .join(''),
  ];
  yield ['sections.yaml', SECTIONS.map(([id, name, description]) => `- id: ${id}\n  name: ${name}\n  description: ${description}\n`).join('')];

  // Tags: a few hundred topics, each with a beat and a place, so lists of
  // every size exist, from one story to thousands.
  const tagPool = [
    ...PLACES,
    ...BEATS,
    ...TOPICS.map((t) => capitalise(t.replace(/^the |^a /, ''))),
    ...BEATS.flatMap((b) => PLACES.slice(0, 8).map((p) => `${b} in ${p}`)),
  ];

  // Publication times go back from `newest` in steps of 10 to 90 minutes.
  const times: number[] = [];
  let t = options.newest.getTime();
  for (let i = 0; i < options.count; i++) {
    times.push(t);
    t -= (10 + Math.floor(rand() * 80)) * 60_000;
  }
  times.reverse();

  const older: Written[] = [];
  for (let i = 0; i < options.count; i++) {
    const when = new Date(times[i] ?? 0);
    const publishedAt = when.toISOString().replace(/\.\d{3}Z$/, '+00:00');
    const n = i + 1;
    const section = pick(rand, SECTIONS)[0];
    const byline = [pick(rand, authors.slice(1)).id];
    if (rand() < 0.2) byline.push('newsroom');
    const tags = [...new Set(Array.from({ length: 2 + Math.floor(rand() * 4) }, () => pick(rand, tagPool)))];
    const newest = i === options.count - 1;
    const target = newest ? REFERENCE_WORDS : 600 + Math.floor(rand() * 1400);
    const id = `story-${String(n).padStart(6, '0')}`;
    const text = articleText(rand, id, publishedAt, byline, section, tags, older, target);
    const yyyy = String(when.getUTCFullYear());
    const mm = String(when.getUTCMonth() + 1).padStart(2, '0');
    yield [`articles/${yyyy}/${mm}/${id}.mdx`, text];
    older.push({ id, path: articlePathOf(section, publishedAt, id) });
  }
}

export function writeNewsroom(dir: string, options: NewsroomOptions): { articles: number; bytes: number } {
  rmSync(dir, { recursive: true, force: true });
  let articles = 0;
  let bytes = 0;
  const made = new Set<string>();
  for (const [relative, text] of newsroomFiles(options)) {
    const file = path.join(dir, relative);
    const parent = path.dirname(file);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
    if (relative.startsWith('articles/')) articles += 1;
  }
  return { articles, bytes };
}

