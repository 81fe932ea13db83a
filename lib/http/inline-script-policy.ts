import { createHash } from 'node:crypto';

/** The CSP source that allows one inline script: the SHA-256 of its text, as browsers compute it. */
export function scriptHashSource(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/**
 * A `script-src` for a document whose inline scripts are all fixed when it is built: scripts
 * of the site's own origin and exactly those inline ones. The article document writes it in a
 * `<meta http-equiv>` (pages/_document.tsx). A browser enforces it on top of the response's
 * header policy, which must allow inline scripts for the App Router pages (SECURITY.md), so on
 * an article an injected inline script does not run.
 */
export function inlineScriptPolicy(scripts: readonly string[]): string {
  return ["script-src 'self'", ...scripts.map(scriptHashSource)].join(' ');
}
