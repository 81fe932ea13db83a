// @ts-check
/**
 * The moment the browser tests stand at, for the server and the tests alike (MASTHEAD_NOW):
 * inside the sample newsroom's news window, so the news sitemap, embargoes and "updated"
 * notices have real items. The sample has one story scheduled after it and one draft.
 * Plain JavaScript so that scripts/test.mjs can read it as well as the Playwright config.
 */
export const E2E_NOW = '2021-11-09T18:00:00+03:00';

/** A later moment, past the scheduled story's time: a second server run stands here. */
export const E2E_LATER = '2021-11-10T12:00:00+03:00';
