import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The secret a publisher shows to have a server regenerate pages (POST to `revalidationPath`,
 * lib/site/paths.js): MASTHEAD_REVALIDATE_SECRET, or one the server makes as it starts and
 * writes, with its address, where `npm run content:publish` of the same checkout finds it
 * (lib/routes/revalidation.ts). Without it the address is one that names nothing.
 */
export const SECRET_VARIABLE = 'MASTHEAD_REVALIDATE_SECRET';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Whether an Authorization header carries the secret ("Bearer <secret>"). Compared as SHA-256
 * digests in constant time, so neither the secret's length nor its first wrong character shows
 * in how long the answer takes. No secret configured: nothing carries it.
 */
export function carriesSecret(authorization: string | undefined, secret: string | undefined = process.env[SECRET_VARIABLE]): boolean {
  if (!secret || !authorization?.startsWith('Bearer ')) return false;
  return timingSafeEqual(digest(authorization.slice('Bearer '.length)), digest(secret));
}
