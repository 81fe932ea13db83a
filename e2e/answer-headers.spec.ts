import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { send, type HostileResponse } from '../testing/hostile-client';

// SECURITY.md's table of every kind of answer, checked against the production server: each
// row's request gets that status (and Location), that Cache-Control and the site's security
// headers, byte for byte where the table writes them out. The table is the expectation: a
// change of policy is a change of the document first.

interface Row {
  answer: string;
  method: string;
  target: string;
  headers: [string, string][];
  status: number;
  location?: string;
  cacheControl: string;
  sandbox: boolean;
}

/** `<1,025 × a>` → 1,025 a's. */
const expand = (text: string) => text.replace(/<([\d,]+) × (.)>/g, (_, count: string, char: string) => char.repeat(Number(count.replaceAll(',', ''))));

function table(): Row[] {
  const doc = readFileSync('SECURITY.md', 'utf8');
  const section = doc.slice(doc.indexOf('### Every kind of answer')).split('\n');
  const start = section.findIndex((line) => line.startsWith('| answer |'));
  const end = section.findIndex((line, i) => i > start && !line.startsWith('| '));
  const lines = section.slice(start + 2, end);
  return lines.map((line) => {
    const [answer = '', request = '', status = '', cacheControl = '', security = ''] = line.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, ''));
    const [requestLine = '', ...headerLines] = [...request.matchAll(/`([^`]+)`/g)].map((m) => expand(m[1] ?? ''));
    const space = requestLine.indexOf(' ');
    const [, code = '', location] = /^(\d{3})(?: → `([^`]+)`)?$/.exec(status) ?? [];
    return {
      answer,
      method: requestLine.slice(0, space),
      target: requestLine.slice(space + 1),
      headers: headerLines.map((h): [string, string] => [h.slice(0, h.indexOf(':')), h.slice(h.indexOf(':') + 1).trim()]),
      status: Number(code),
      ...(location ? { location } : {}),
      cacheControl: /^`(.+)`$/.exec(cacheControl)?.[1] ?? cacheControl,
      sandbox: security.includes('`sandbox`'),
    };
  });
}

const EXACT: [string, string][] = [
  ['strict-transport-security', 'max-age=63072000; includeSubDomains'],
  ['x-content-type-options', 'nosniff'],
  ['referrer-policy', 'strict-origin-when-cross-origin'],
  ['cross-origin-opener-policy', 'same-origin'],
  ['x-frame-options', 'DENY'],
];

test('every kind of answer carries the status, Cache-Control and security headers SECURITY.md says', async ({ baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'spoken to without a browser: the same on every device');
  test.setTimeout(120_000);
  const rows = table();
  expect(rows.length, 'rows in SECURITY.md’s table').toBeGreaterThanOrEqual(40);
  const base = new URL(baseURL ?? '');
  // The hashed stylesheet the front page names stands for every file under /_next/static.
  const front = await (await fetch(`${base.origin}/`)).text();
  const stylesheet = /<style data-href="(\/_next\/static\/[^"]+\.css)"/.exec(front)?.[1] ?? '';
  expect(stylesheet, 'the front page names its stylesheet').not.toBe('');
  const policies = new Set<string>();
  for (const row of rows) {
    const target = row.target === '/_next/static/…' ? stylesheet : row.target;
    const answer: HostileResponse = await send(base, { label: row.answer, method: row.method, target, headers: row.headers, expected: row.status });
    const what = `${row.answer} (${row.method} ${target.slice(0, 60)})`;
    expect(answer.status, what).toBe(row.status);
    expect(answer.headers.get('location'), what).toBe(row.location);
    expect(answer.headers.get('cache-control'), what).toBe(row.cacheControl);
    for (const [name, value] of EXACT) expect(answer.headers.get(name), `${name} on ${what}`).toBe(value);
    expect(answer.headers.get('permissions-policy'), what).toMatch(/^accelerometer=\(\), autoplay=\(\), .*camera=\(\).*xr-spatial-tracking=\(\)$/);
    expect(answer.headers.get('x-powered-by'), what).toBeUndefined();
    const csp = answer.headers.get('content-security-policy') ?? '';
    expect(csp, what).toMatch(/^default-src 'self'; script-src 'self' 'sha256-[^;]+; .*frame-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'(; sandbox)?$/);
    expect(csp.endsWith('; sandbox'), `sandbox on ${what}`).toBe(row.sandbox);
    policies.add(csp.replace(/; sandbox$/, ''));
  }
  // One policy on every answer, whoever made it.
  expect(policies.size).toBe(1);
});
