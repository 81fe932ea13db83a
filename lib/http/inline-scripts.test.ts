import { describe, expect, it } from 'vitest';
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
});
