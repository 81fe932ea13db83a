import { createHash } from 'node:crypto';
import { expect, test, type Page, type Response } from '@playwright/test';

/** One URL of each page type. A new page type is one line here. */
const pageTypes: [string, string][] = [
  ['the front page', '/'],
  ['a section front', '/middle-east'],
  ['an article', '/middle-east/2021/11/07/kadhimi-survives-drone-attack'],
  ['a live blog', '/middle-east/2021/11/07/kadhimi-drone-attack-live'],
  ['a tag page', '/tags/iraq'],
  ['an author page', '/authors/middle-east-desk'],
  ['the topics index', '/tags'],
  ['the desks index', '/authors'],
  ['search results', '/search?q=drone'],
  ['the 404 page', '/no-such-page'],
  ['the 404 page of an article address', '/middle-east/2021/11/07/no-such-story'],
];

const required: [string, RegExp][] = [
  ['content-security-policy', /default-src 'self'/],
  ['strict-transport-security', /max-age=\d{8,}/],
  ['x-content-type-options', /^nosniff$/],
  ['referrer-policy', /^strict-origin-when-cross-origin$/],
  ['permissions-policy', /camera=\(\).*geolocation=\(\).*microphone=\(\)/],
  ['cross-origin-opener-policy', /^same-origin$/],
];

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  for (const [name, pattern] of required) expect(headers[name], `${name} on ${what}`).toMatch(pattern);
  const csp = headers['content-security-policy'] ?? '';
  for (const directive of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"]) {
    expect(csp, `CSP on ${what}`).toContain(directive);
  }
  expect(csp, 'no per-request nonce: pages stay cacheable').not.toContain('nonce-');
  expect(csp, 'no eval in production').not.toContain('unsafe-eval');
  expect(headers['x-powered-by'], `X-Powered-By on ${what}`).toBeUndefined();
}

test('every response carries the security headers: pages, 404s, scripts, styles, images', async ({ page, request }) => {
  const assets = new Set<string>();
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/_next/static/')) assets.add(response.url());
  });
  for (const [what, url] of pageTypes) {
    const response = await page.goto(url);
    expectSecurityHeaders((await response?.allHeaders()) ?? {}, what);
  }
  const others = [...assets].slice(0, 6);
  expect(others.length).toBeGreaterThan(0);
  others.push('/images/green-zone-map.png', '/_next/static/no-such-chunk.js', '/favicon.ico');
  for (const url of others) {
    const response = await request.get(url);
    expectSecurityHeaders(response.headers(), url);
  }
});

async function watchForViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Permissions.Policy|violat/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = Reflect.get(window, 'reportViolation');
      if (typeof report === 'function') report(`${event.violatedDirective} blocked ${event.blockedURI} in ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return violations;
}

for (const [what, url] of pageTypes) {
  test(`${what} works under the policy, with no violation reported`, async ({ page }) => {
    const violations = await watchForViolations(page);
    await page.goto(url, { waitUntil: 'networkidle' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // And on to another page, as a reader goes on.
    const nav = page.getByRole('navigation', { name: 'Sections' });
    // On phones the sections fold into a menu that has to be opened first.
    if (!(await nav.getByRole('link').first().isVisible())) await nav.getByText('Sections', { exact: true }).click();
    await nav.getByRole('link').nth(1).click();
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(violations).toEqual([]);
  });

  test(`${what} sets no cookies and asks no other origin for anything`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const elsewhere: string[] = [];
    const cookieHeaders: string[] = [];
    page.on('request', (request) => {
      const target = new URL(request.url());
      if (target.protocol !== 'data:' && target.protocol !== 'blob:' && target.origin !== origin) elsewhere.push(request.url());
    });
    const reading: Promise<void>[] = [];
    const readCookie = (response: Response) => {
      reading.push(
        response.headerValue('set-cookie').then((cookie) => {
          if (cookie) cookieHeaders.push(`${response.url()}: ${cookie}`);
        }),
      );
    };
    page.on('response', readCookie);
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 4000);
    await page.waitForLoadState('networkidle');
    // Stop before reading, so no header is read from a page that has closed.
    page.off('response', readCookie);
    await Promise.all(reading);
    expect(elsewhere).toEqual([]);
    expect(cookieHeaders).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });
}

/** The script-src of a response's policy, source by source. */
const scriptSources = (headers: Record<string, string>) => (/(?:^|;)\s*script-src ([^;]+)/.exec(headers['content-security-policy'] ?? '')?.[1] ?? '').trim().split(/\s+/);

for (const [what, url] of pageTypes) {
  test(`${what} runs only the site's own inline scripts, listed by hash in the header: an injected one is refused`, async ({ page }) => {
    const violations = await watchForViolations(page);
    const response = await page.goto(url);
    const [self, ...listed] = scriptSources((await response?.allHeaders()) ?? {});
    expect(self).toBe("'self'");
    for (const source of listed) expect(source, 'nothing but hashes: no unsafe-inline, no nonce').toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    // The policy is the header's alone: no page narrows or widens it in its markup.
    await expect(page.locator('meta[http-equiv="Content-Security-Policy" i]')).toHaveCount(0);
    // Data blocks (JSON-LD) are not run, so the policy does not cover them.
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script')].filter((s) => !s.src && !/json/.test(s.type)).map((s) => s.textContent ?? ''),
    );
    const hashes = inline.map((script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(hashes.toSorted(), 'the page’s inline scripts are exactly the listed ones').toEqual(listed.toSorted());
    expect(await page.evaluate(() => document.documentElement.classList.contains('js')), 'the page’s own script ran').toBe(true);
    expect(violations).toEqual([]);

    const injectedRan = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true;';
      document.head.append(script);
      return Reflect.get(window, 'injectedRan') === true;
    });
    expect(injectedRan).toBe(false);
    await expect.poll(() => violations.join('\n')).toContain('script-src');
  });
}

test('the site cannot be framed by another page', async ({ page, baseURL }) => {
  // The frame is requested and answered, and then the browser refuses to show it: that refusal
  // (frame-ancestors 'none', X-Frame-Options: DENY) is what is checked, once the frame has loaded.
  const refusal = page.waitForEvent('console', (m) => /frame-ancestors 'none'/.test(m.text()));
  const answered = page.waitForResponse((r) => r.url() === `${baseURL}/`);
  await page.setContent(`<iframe src="${baseURL}/" title="framed"></iframe>`);
  expect((await answered).status()).toBe(200);
  expect((await refusal).text()).toMatch(/The request has been blocked/);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/);
  await expect(page.frameLocator('iframe').getByRole('banner')).toHaveCount(0);
});
