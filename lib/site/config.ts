import { defaultEdition } from './editions';

/**
 * The newsroom's one configuration. Everything that names the site, builds an
 * absolute URL or formats a date reads it from here.
 */
export interface SiteConfig {
  /** Shown in the masthead, titles and feeds. */
  name: string;
  /** One line under the masthead and in the front page's description. */
  tagline: string;
  /** Absolute origin with no trailing slash; canonical URLs start with it. */
  baseUrl: string;
  /** BCP 47 tag for `<html lang>` and date formatting. */
  locale: string;
  /** IANA zone of the newsroom: article dates and URLs use it, never the server's zone. */
  timeZone: string;
}

function baseUrlFromEnv(value: string | undefined): string {
  const fallback = 'http://localhost:3000';
  if (!value) return fallback;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://news.example.org, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must use http or https, got "${value}"`);
  }
  return url.origin;
}

export const site: SiteConfig = {
  name: 'Masthead',
  tagline: 'Independent reporting on the Middle East and the world',
  baseUrl: baseUrlFromEnv(process.env.SITE_URL),
  // The default edition's (lib/site/editions.js lists every edition's).
  locale: defaultEdition.locale,
  timeZone: defaultEdition.timeZone,
};

/** Absolute URL for a site path ("/world/…" → "https://…/world/…"). */
export function absoluteUrl(path: string): string {
  return new URL(path, `${site.baseUrl}/`).toString();
}
