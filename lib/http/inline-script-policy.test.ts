import { describe, expect, it } from 'vitest';
import { inlineScriptPolicy, scriptHashSource } from './inline-script-policy';

describe('inlineScriptPolicy', () => {
  it('hashes a script as browsers do (the CSP specification’s own example)', () => {
    expect(scriptHashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });

  it('allows the site’s own script files and exactly the scripts it is given, nothing inline besides', () => {
    const policy = inlineScriptPolicy(['var a = 1;', 'var b = 2;']);
    expect(policy).toBe(`script-src 'self' ${scriptHashSource('var a = 1;')} ${scriptHashSource('var b = 2;')}`);
    expect(policy).not.toContain('unsafe');
    // One character more is another script.
    expect(policy).not.toContain(scriptHashSource('var a = 1; '));
  });
});
