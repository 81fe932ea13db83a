import { describe, expect, it } from 'vitest';
import { typeset } from './typography';

describe('typeset', () => {
  it.each([
    ["Iraq's Prime Minister", 'Iraq’s Prime Minister'],
    ['Kadhimi calls for "calm and restraint"', 'Kadhimi calls for “calm and restraint”'],
    ['"Cowardly act," he said', '“Cowardly act,” he said'],
    ["The '90s and 'rogue' states", 'The ’90s and ‘rogue’ states'],
    ['Vote -- and wait...', 'Vote — and wait…'],
    ['“Already curly” stays', '“Already curly” stays'],
  ])('%s', (input, output) => expect(typeset(input)).toBe(output));

  it.each([
    ['قال: «أنا بخير»، ثم دعا إلى التهدئة؛ فهل تهدأ بغداد؟', 'قال: «أنا بخير»، ثم دعا إلى التهدئة؛ فهل تهدأ بغداد؟'],
    ['وصف الهجوم بأنه "جبان" -- ثم صمت...', 'وصف الهجوم بأنه "جبان" — ثم صمت…'],
  ])('leaves Arabic its own punctuation and quotation marks: %s', (input, output) => expect(typeset(input)).toBe(output));
});
