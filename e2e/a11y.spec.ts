import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// One page of every type the reader meets.
const PAGES = [
  ['front page', '/'],
  ['section front', '/middle-east'],
  ['tag page', '/tags/iraq'],
  ['author page', '/authors/middle-east-desk'],
  ['topics index', '/tags'],
  ['desks index', '/authors'],
  ['search results', '/search?q=election'],
  ['empty search', '/search?q=zanzibar'],
  ['article', '/middle-east/2021/11/07/kadhimi-survives-drone-attack'],
  ['live blog', '/middle-east/2021/11/07/kadhimi-drone-attack-live'],
  ['not-found page', '/no-such-page'],
] as const;

// Axe walks every node of the page: on a busy shared machine one scan can take tens of seconds.
test.describe.configure({ timeout: 120_000 });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    for (const [name, url] of PAGES) {
      test(`the ${name} has no WCAG 2.1 A or AA violations`, async ({ page }, testInfo) => {
        test.skip(testInfo.project.name === 'phone', 'colours and markup are the same at every width; the menu test covers the phone layout');
        await page.goto(url);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }

    test('the open section menu has no WCAG 2.1 A or AA violations', async ({ page }, testInfo) => {
      await page.goto('/');
      const nav = page.getByRole('navigation', { name: 'Sections' });
      const world = nav.getByRole('link', { name: 'World' });
      // Folded on phones: open it as a reader would. On wide screens it is always open.
      if (testInfo.project.name === 'phone') {
        await expect(world).toBeHidden();
        await nav.getByText('Sections', { exact: true }).click();
      }
      await expect(world).toBeVisible();
      const results = await new AxeBuilder({ page }).include('header').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  });
}
