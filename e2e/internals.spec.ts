import { expect, test } from '@playwright/test';

/**
 * What the site gets from Next's and Node's internals, checked where it shows: on the production
 * server's answers. Each of these would otherwise stop working quietly after an upgrade
 * (docs/ARCHITECTURE.md, "Where the site leans on internals").
 */

const DEVICE_FREE = 'spoken to without a browser: the same answers on every device';

test.describe('the production server', () => {
  test('a page asked for again within a second comes from the one-second cache, byte for byte', async ({ baseURL }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', DEVICE_FREE);
    const address = `${baseURL}/world`;
    const answers = [];
    for (let i = 0; i < 3; i++) {
      const response = await fetch(address, { headers: { 'Accept-Encoding': 'identity' } });
      answers.push({ age: response.headers.get('age'), body: await response.text() });
    }
    // Next sends no Age: only a kept copy carries one (lib/http/response-cache.ts).
    expect(answers[0]?.age, 'the first answer is Next’s').toBeNull();
    expect(answers[2]?.age, 'the third answer is the kept copy').toMatch(/^\d+$/);
    expect(answers[2]?.body).toBe(answers[0]?.body);
    expect(answers[0]?.body).toContain('<h1');
  });

  for (const [what, address] of [
    ['the front page', '/'],
    ['an article', '/middle-east/2021/11/07/kadhimi-survives-drone-attack'],
  ]) {
    test(`${what} has its stylesheet written in, not linked`, async ({ baseURL }, testInfo) => {
      test.skip(testInfo.project.name !== 'desktop', DEVICE_FREE);
      const html = await (await fetch(`${baseURL}${address}`)).text();
      // pages/_document.tsx replaces Next's Head.getCssLinks.
      expect(html).toMatch(/<style data-href="\/_next\/static\/[^"]+\.css">[^<]{200,}<\/style>/);
      expect(html).not.toMatch(/<link[^>]*rel="stylesheet"/);
      expect(html).not.toMatch(/<link[^>]*as="style"/);
    });
  }
});
