import { describe, expect, it } from 'vitest';
import { foldArabic, foldArabicText, markOriginal, searchForms } from './arabic';

describe('Arabic folded for search', () => {
  it('drops tashkeel and the tatweel', () => {
    expect(foldArabicText('مُسَيَّرَة')).toBe('مسيره');
    expect(foldArabicText('مسيّرة')).toBe(foldArabicText('مسيرة'));
    expect(foldArabicText('العـــراق')).toBe('العراق');
    expect(foldArabicText('هٰذا')).toBe('هذا');
  });

  it('writes every alef with hamza or madda as a bare alef, and alef maqsura as yaa', () => {
    expect(['أحمد', 'إيران', 'آذار', 'ٱلله'].map(foldArabicText)).toEqual(['احمد', 'ايران', 'اذار', 'الله']);
    expect(foldArabicText('إلى مستشفى')).toBe('الي مستشفي');
  });

  it('writes taa marbuta as haa at the end of a word only, with a mark or punctuation after it', () => {
    expect(foldArabicText('المنطقة الخضراء')).toBe('المنطقه الخضراء');
    expect(foldArabicText('مسيّرةً،')).toBe('مسيره،');
    // Not at a word's end (written joined in some names and in broken text), it stays.
    expect(foldArabicText('ةب')).toBe('ةب');
  });

  it('keeps hamza on waw and yaa, and every Latin letter and digit', () => {
    expect(foldArabicText('مسؤولية رئيس')).toBe('مسؤوليه رئيس');
    expect(foldArabicText('Kadhimi 2021')).toBe('Kadhimi 2021');
  });

  it('composes what is typed decomposed: alef and a combining hamza are أ', () => {
    expect(foldArabicText('\u0627\u0654حمد')).toBe('احمد');
  });

  it('knows where each folded character came from', () => {
    const { text, origin } = foldArabic('مسيّرة');
    expect(text).toBe('مسيره');
    expect(origin).toEqual([0, 1, 2, 4, 5, 6]);
  });
});

describe('marks moved back to the text as written', () => {
  const S = '\uE000';
  const E = '\uE001';

  it('mark the words as they were spelt, shadda and hamza included', () => {
    const original = 'هجوم بطائرات مسيّرة على إيران';
    const markedFolded = `هجوم بطائرات ${S}مسيره${E} علي ${S}ايران${E}`;
    expect(markOriginal(markedFolded, original, S, E)).toBe(`هجوم بطائرات ${S}مسيّرة${E} على ${S}إيران${E}`);
  });

  it('keep a mark at the very end, and leave text without marks as it was', () => {
    expect(markOriginal(`قال ${S}الكاظمي${E}`, 'قال الكاظمي', S, E)).toBe(`قال ${S}الكاظمي${E}`);
    expect(markOriginal('نص بلا تطابق', 'نصّ بلا تطابق', S, E)).toBe('نصّ بلا تطابق');
  });
});

describe('the forms an Arabic word is searched in', () => {
  it('are the word, its stem, and the stem with the article and the particles joined to it', () => {
    const forms = searchForms('مسيره');
    expect(forms[0]).toBe('مسيره');
    expect(forms).toEqual(expect.arrayContaining(['المسيره', 'والمسيره', 'بالمسيره', 'للمسيره', 'ومسيره']));
    expect(searchForms('والانتخابات')).toEqual(expect.arrayContaining(['انتخابات', 'الانتخابات', 'والانتخابات', 'بالانتخابات']));
  });

  it('never take a single letter off a word as typed, nor the article off a short word', () => {
    expect(searchForms('بغداد')).not.toContain('غداد');
    expect(searchForms('لبنان')).not.toContain('بنان');
    expect(searchForms('الله')).not.toContain('له');
  });

  it('leave any other word alone', () => {
    expect(searchForms('kadhimi')).toEqual(['kadhimi']);
    expect(searchForms('2021')).toEqual(['2021']);
  });
});
