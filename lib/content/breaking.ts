import { z } from 'zod';
import { isoDateSchema } from './check/schema';

/**
 * The breaking-news strip, set by editors in content/front.yaml:
 *
 *   breaking:
 *     text: Drone attack on the prime minister's residence in Baghdad
 *     url: /middle-east/2021/11/07/kadhimi-drone-attack-live
 *     expires: 2021-11-07T12:00:00+03:00
 *
 * Every page shows it until `expires`; no editor has to remember to take it down.
 */

export const BREAKING_TEXT_MAX_LENGTH = 120;

export const breakingSchema = z.strictObject({
  text: z
    .string({ error: 'expected text' })
    .trim()
    .min(1, 'text must not be empty')
    .max(BREAKING_TEXT_MAX_LENGTH, `at most ${BREAKING_TEXT_MAX_LENGTH} characters: the strip is one line on a phone`),
  /** A story on this site, written as its path. */
  url: z
    .string({ error: 'expected a site path' })
    .regex(/^\/(?![/\\])[^\s?#]*$/, 'expected the path of a story on this site, e.g. /middle-east/2021/11/07/kadhimi-drone-attack-live (no host, query or spaces)'),
  expires: isoDateSchema,
});

export type Breaking = z.infer<typeof breakingSchema>;

/** The strip to show at `now`: none when unset or expired. */
export function activeBreaking(config: { breaking?: Breaking }, now: Date): Breaking | undefined {
  const breaking = config.breaking;
  if (!breaking || Date.parse(breaking.expires) <= now.getTime()) return undefined;
  return breaking;
}
