import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// One page of every type the reader meets, each checked with every axe rule (best practices
// included; only the rules axe itself calls experimental are left out) at both widths (the
// desktop and phone projects) and in both themes.
const PAGES = [
  ['front page', '/'],
  ['section front', '/middle-east'],
  ['tag page', '/tags/iraq'],
  ['author page', '/authors/middle-east-desk'],
  ['topics index', '/tags'],
  ['desks index', '/authors'],
  ['search results', '/search?q=election'],
  ['corrected search', '/search?q=electon'],
  ['empty search', '/search?q=zanzibar'],
  ['article with a gallery', '/middle-east/2021/11/07/kadhimi-survives-drone-attack'],
  ['live blog', '/middle-east/2021/11/07/kadhimi-drone-attack-live'],
  ['live blog’s key events', '/middle-east/2021/11/07/kadhimi-drone-attack-live/key-events'],
  ['live update’s own page', '/middle-east/2021/11/07/kadhimi-drone-attack-live/updates/2021-11-07T1630-images-released'],
  ['not-found page', '/no-such-page'],
] as const;

// Axe walks every node of the page: on a busy shared machine one scan can take tens of seconds.
test.describe.configure({ timeout: 120_000 });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    for (const [name, url] of PAGES) {
      test(`the ${name} passes every axe rule`, async ({ page }) => {
        await page.goto(url);
        // Blocks below the screen are drawn as they near it (content-visibility): scroll through
        // the page once so every one of them is drawn for the colour checks.
        await page.evaluate(async () => {
          for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
            window.scrollTo(0, y);
            await new Promise(requestAnimationFrame);
          }
          window.scrollTo(0, 0);
        });
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }

    test('the open section menu passes every axe rule', async ({ page }, testInfo) => {
      await page.goto('/');
      const nav = page.getByRole('navigation', { name: 'Sections' });
      const world = nav.getByRole('link', { name: 'World' });
      // Folded on phones: open it as a reader would. On wide screens it is always open.
      if (testInfo.project.name === 'phone') {
        await expect(world).toBeHidden();
        await nav.getByText('Sections', { exact: true }).click();
      }
      await expect(world).toBeVisible();
      const results = await new AxeBuilder({ page }).include('header').analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  });
}
