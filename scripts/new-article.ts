/**
 * Starts a story with every field to fill in, or adds an update to a live blog.
 *   npm run new -- --section <id> [--author <id>] "Headline"          a draft article
 *   npm run new -- --live --section <id> [--author <id>] "Headline"   a draft live blog
 *   npm run new -- --update <live blog id> [--author <id>] ["Title"]  an update, stamped now
 * With --edition <lang>, in another edition's folder (content/<lang>/): a translation names the
 * default edition's story it translates and takes its id (--translation-of <id>), an original
 * written in another script is given its id (--id <words-joined-by-hyphens>).
 *   npm run new -- --edition ar --translation-of kadhimi-survives-drone-attack --section middle-east "عنوان الخبر"
 * Writes under content/ (or CONTENT_DIR) and prints the file and, for a story, its future URL.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { now } from '../lib/site/clock';
import { checkDataFiles } from '../lib/content/check/data-files';
import { scaffoldArticle, scaffoldRefusal, type Newsroom } from '../lib/content/scaffold';
import { directorySource } from '../lib/content/source';
import { liveBlogRefusal, scaffoldLiveBlog, scaffoldUpdate, updateRefusal } from '../lib/content/live/scaffold';
import { liveFileOf } from '../lib/content/live/schema';
import { absoluteUrl } from '../lib/site/config';
import { defaultEdition, editionOf, editions } from '../lib/site/editions';

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      section: { type: 'string' },
      author: { type: 'string' },
      live: { type: 'boolean', default: false },
      update: { type: 'string' },
      edition: { type: 'string' },
      'translation-of': { type: 'string' },
      id: { type: 'string' },
    },
    allowPositionals: true,
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { values, positionals } = parsed;
const edition = values.edition === undefined ? defaultEdition : editionOf(values.edition);
if (!edition) fail(`unknown edition "${values.edition}" (known: ${editions.map((e) => e.lang).join(', ')})`);
const contentRoot = path.resolve(process.env.CONTENT_DIR ?? 'content');
const root = edition.contentFolder ? path.join(contentRoot, edition.contentFolder) : contentRoot;
const source = directorySource(root);
const translationOf = values['translation-of'];
if (translationOf !== undefined && edition.lang === defaultEdition.lang) fail('a translation is written for another edition: add --edition <lang>, e.g. --edition ar');
const exists = (file: string) => existsSync(path.join(root, file));
// Only sections, authors and existing ids matter here, so the tree's other problems do not block a new file;
// an id is read from its line in the frontmatter, without checking the whole file.
const data = checkDataFiles((name) => source.read(name));
const at = now();

/** Why `id` cannot be translated: the default edition has no story with it. */
function translationRefusal(id: string, defaultRoot: string): string | undefined {
  const english = [path.join(defaultRoot, 'articles', `${id}.mdx`), path.join(defaultRoot, 'live', id, 'index.mdx')];
  if (english.some((file) => existsSync(file))) return undefined;
  return `no ${defaultEdition.name} story has the id "${id}" (looked for ${english.map((file) => path.relative(process.cwd(), file)).join(' and ')})`;
}

function write(file: string, text: string) {
  const target = path.join(root, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text, { flag: 'wx' });
  console.log(`Created ${path.relative(process.cwd(), target)}`);
}

if (values.update !== undefined) {
  const title = positionals.join(' ').trim() || undefined;
  const request = { blog: values.update, at, ...(title ? { title } : {}), ...(values.author ? { author: values.author } : {}) };
  const refusal = updateRefusal(request, data.authors ?? [], exists);
  if (refusal) fail(refusal);
  const update = scaffoldUpdate(request);
  write(update.file, update.text);
  console.log(`Its permalink will be …/updates/${update.id}. Replace the placeholder, then npm run content:check.`);
} else {
  if (!values.section) fail('say which section, e.g. npm run new -- --section world "Talks resume in Vienna"');
  const stories = source.listFiles().filter((file) => liveFileOf(file)?.kind !== 'update');
  const ids = new Set(stories.map((file) => /^id:[ \t]*["']?([a-z0-9-]+)/m.exec(source.read(file) ?? '')?.[1]));
  const newsroom: Newsroom = { sections: data.sections ?? [], authors: data.authors ?? [], hasArticle: (id) => ids.has(id) };
  const request = {
    headline: positionals.join(' '),
    section: values.section,
    author: values.author,
    at,
    edition,
    ...(translationOf === undefined ? {} : { translationOf }),
    ...(values.id === undefined ? {} : { id: values.id }),
  };
  const original = translationOf === undefined ? undefined : translationRefusal(translationOf, contentRoot);
  const refusal = original ?? scaffoldRefusal(request, newsroom, exists) ?? (values.live ? liveBlogRefusal(request, newsroom, exists) : undefined);
  if (refusal) fail(refusal);
  const section = newsroom.sections.find((s) => s.id === request.section);
  if (!section) fail(`unknown section "${request.section}"`);
  const scaffold = values.live ? scaffoldLiveBlog(request, newsroom, section) : scaffoldArticle(request, newsroom, section);
  write(scaffold.file, scaffold.text);
  console.log(`It will be at ${absoluteUrl(scaffold.path)} once published (preview it with npm run dev; it is a draft until you remove draft: true).`);
  if (values.live) console.log(`Add updates with: npm run new -- --update ${path.basename(path.dirname(scaffold.file))} "Title"`);
}
