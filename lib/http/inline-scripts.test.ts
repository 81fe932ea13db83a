import { describe, expect, it } from 'vitest';
import { breakingExpiryScript, embedLoaderScript, newUpdatesScript } from './live-scripts';
import { analyticsQueue, inlineScripts, pageScript, scriptHashSource } from './inline-scripts';

describe('the inline scripts of reader pages', () => {
  it('are hashed as browsers hash them (the CSP specification’s own example)', () => {
    expect(scriptHashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
    // One character more is another script.
    expect(scriptHashSource("alert('Hello, world.'); ")).not.toBe(scriptHashSource("alert('Hello, world.');"));
  });

  it('are the page’s own script, and the analytics queue only where analytics is on', () => {
    expect(inlineScripts({ analytics: false })).toEqual([{ id: 'page-script', text: pageScript }]);
    expect(inlineScripts({ analytics: true })).toEqual([
      { id: 'page-script', text: pageScript },
      { id: 'analytics-queue', text: analyticsQueue },
    ]);
  });

  it('carry the live pages’ and bodies’ behaviours in the page’s one script, so its hash covers them', () => {
    for (const script of [newUpdatesScript, embedLoaderScript, breakingExpiryScript]) expect(pageScript).toContain(script);
    expect(pageScript.startsWith("document.documentElement.classList.add('js');")).toBe(true);
  });
});
