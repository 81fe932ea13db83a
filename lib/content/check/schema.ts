import { z } from 'zod';
import { parseArticlePath } from '../../site/paths';
import { isIsoWithOffset } from '../../site/dates';
import { editionOf, editions } from '../../site/editions';

/**
 * The shape of everything editors write. Frontmatter is `unknown` until one of
 * these schemas accepts it; the types the app uses are inferred from them.
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugSchema = z
  .string({ error: 'expected text' })
  .regex(SLUG, 'expected lowercase letters, digits and single hyphens, e.g. "iraq-election-results"');

const text = (what: string) =>
  z
    .string({ error: 'expected text' })
    .trim()
    .min(1, `${what} must not be empty`);

export const isoDateSchema = z
  .string({ error: 'expected an ISO 8601 date-time in quotes or plain, e.g. 2021-11-07T09:30:00+03:00' })
  .refine(isIsoWithOffset, 'expected an ISO 8601 date-time with an offset, e.g. 2021-11-07T09:30:00+03:00');

const IMAGE_PATH = /^\/images\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\.(?:svg|png|jpe?g|webp|avif)$/;
/** A link to another site (https://…, //host/…, data:…) rather than a path of this one. */
const OFF_SITE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Paths under public/images; the file itself is checked separately. An image on another site
 * is refused with what to do instead: pages load nothing from another site (img-src 'self').
 */
export const imagePathSchema = z.string({ error: 'expected a path such as /images/baghdad-map.svg' }).superRefine((value, context) => {
  if (OFF_SITE.test(value)) {
    context.addIssue({
      code: 'custom',
      message: `expected a path under /images/, not a link: pages show images from this site only, so save the file in public/images/ and write its path, e.g. /images/baghdad-map.png`,
    });
  } else if (!IMAGE_PATH.test(value)) {
    context.addIssue({ code: 'custom', message: 'expected a path under /images/ ending in .svg, .png, .jpg, .webp or .avif, e.g. /images/baghdad-map.svg' });
  }
});

const httpUrlSchema = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });

export const heroImageSchema = z.strictObject({
  src: imagePathSchema,
  alt: text('alt text'),
  caption: text('caption'),
  credit: text('credit'),
  creditUrl: httpUrlSchema.optional(),
});

/** A correction printed under the article: when it was made and what was wrong. */
export const correctionSchema = z.strictObject({
  date: isoDateSchema,
  text: text('correction text'),
});

/** A former article URL: a site path of the shape /{section}/{yyyy}/{mm}/{dd}/{slug}. */
const formerPathSchema = z
  .string({ error: 'expected a site path' })
  .refine(
    (path) => parseArticlePath(path) !== undefined,
    'expected a former article path such as /world/2021/11/08/old-slug (no host, query or trailing slash)',
  );

const tagSchema = text('a tag')
  .max(40, 'a tag is at most 40 characters')
  .refine((t) => slugify(t).length > 0, 'a tag needs at least one letter or digit');

/** Who took a story down, why and when: kept in the file, so the repository's history holds it. */
const takedownSchema = z.strictObject(
  { at: isoDateSchema, by: text('takedown.by'), reason: text('takedown.reason') },
  { error: 'expected at, by and reason: when the story was taken down, who decided it and why' },
);

/** The edition a story belongs to: its language; the default edition's stories leave it out. */
const editionSchema = z
  .string({ error: 'expected a language, e.g. ar' })
  .refine((lang) => editionOf(lang) !== undefined, `expected one of the site's editions: ${editions.map((edition) => edition.lang).join(', ')}`);

export const articleFrontmatterSchema = z
  .strictObject({
    id: slugSchema,
    /** The edition the story belongs to (lib/site/editions.js); without it, the default one. */
    edition: editionSchema.optional(),
    /** The id of the default edition's story this one translates; both pages then name each other. */
    translationOf: slugSchema.optional(),
    slug: slugSchema.optional(),
    headline: text('headline'),
    standfirst: text('standfirst'),
    publishedAt: isoDateSchema,
    updatedAt: isoDateSchema.optional(),
    authors: z.array(slugSchema, { error: 'expected a list of author ids' }).min(1, 'name at least one author'),
    section: slugSchema,
    tags: z.array(tagSchema, { error: 'expected a list of tags' }).default([]),
    image: heroImageSchema,
    related: z.array(slugSchema, { error: 'expected a list of article ids' }).default([]),
    /** A short note shown with "Updated …", e.g. "adds the ministry's statement". */
    updateNote: text('updateNote').max(200, 'an update note is at most 200 characters').optional(),
    /** Kept out of production entirely; previewed in `next dev` with a "Draft" banner. */
    draft: z.boolean({ error: 'expected true or false' }).default(false),
    corrections: z.array(correctionSchema, { error: 'expected a list of corrections, each with date and text' }).default([]),
    /** Former site paths of this article (after a change of section, date or slug); they answer 308 to the current URL. */
    redirectFrom: z.array(formerPathSchema, { error: 'expected a list of former paths' }).default([]),
    /** Removed from readers for legal reasons, and by whom, why and when: its address answers 410 Gone. */
    takedown: takedownSchema.optional(),
  })
  .superRefine((fm, ctx) => {
    if (fm.updatedAt && Date.parse(fm.updatedAt) < Date.parse(fm.publishedAt)) {
      ctx.addIssue({ code: 'custom', path: ['updatedAt'], message: 'must not be earlier than publishedAt' });
    }
    if (fm.updateNote && !fm.updatedAt) {
      ctx.addIssue({ code: 'custom', path: ['updateNote'], message: 'needs updatedAt: the note says what changed at that time' });
    }
    correctionsAfterPublication(fm, ctx);
  });

/** A correction is dated at or after the story's publication: an article's and a live blog's rule alike. */
export function correctionsAfterPublication(fm: { publishedAt: string; corrections: { date: string }[] }, ctx: z.RefinementCtx): void {
  fm.corrections.forEach((c, i) => {
    if (Date.parse(c.date) < Date.parse(fm.publishedAt)) {
      ctx.addIssue({ code: 'custom', path: ['corrections', i, 'date'], message: 'must not be earlier than publishedAt' });
    }
  });
}

export const authorSchema = z.strictObject({
  id: slugSchema,
  name: text('name'),
  /** A desk and the newsroom itself sign stories as well as people do. */
  kind: z.enum(['person', 'desk', 'newsroom'], { error: 'expected one of: person, desk, newsroom' }),
  bio: text('bio').optional(),
});

export const authorsFileSchema = z.array(authorSchema, { error: 'expected a list of authors' }).min(1, 'list at least one author');

export const sectionSchema = z.strictObject({
  id: slugSchema,
  name: text('name'),
  description: text('description').optional(),
});

export const sectionsFileSchema = z
  .array(sectionSchema, { error: 'expected a list of sections' })
  .min(1, 'list at least one section');

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type Author = z.infer<typeof authorSchema>;
export type Section = z.infer<typeof sectionSchema>;

/** Latin letters and the punctuation and digits every script shares: folded to ASCII in a slug. */
const LATIN_OR_COMMON = /[\p{Script=Latin}\p{Script=Common}]/u;
/** What separates the words of a slug: anything but ASCII letters and digits, or a letter, mark or digit of another script. */
const NOT_IN_SLUG = /(?:(?![a-z0-9])[\p{Script=Latin}\p{Script=Common}]|[^\p{L}\p{M}\p{N}])+/gu;

/**
 * A tag's address segment: "Kataib Hezbollah" → "kataib-hezbollah", "الانتخابات العراقية 2021" →
 * "الانتخابات-العراقية-2021". Latin letters lose their accents and case; the letters of other
 * scripts are kept as written, composed (NFC), so an Arabic tag keeps its hamza and its shadda:
 * "المسيّرة" (drones) and "المسيرة" (a march) are two topics. Only the tatweel, which stretches a
 * word without changing it, is dropped.
 */
export function slugify(value: string): string {
  return Array.from(value.normalize('NFC'), (character) => (LATIN_OR_COMMON.test(character) ? character.normalize('NFKD') : character))
    .join('')
    .replace(/[\u0300-\u036f\u0640]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(NOT_IN_SLUG, '-')
    .replace(/^-+|-+$/g, '');
}

/** What `npm run new` writes for editors to replace; an article with it left in cannot be published. */
export const PLACEHOLDER = 'TO FILL IN';
export const PLACEHOLDER_IMAGE = '/images/placeholder-hero.svg';
