// Unit tests of the text layer: normalisation, tokens, stems, language detection, edit distance.
import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from '../../src/text/edit-distance.js';
import { detectLanguage } from '../../src/text/language.js';
import {
  cleanText,
  foldDiacritics,
  foldedTokens,
  MAX_INPUT_CHARS,
  normalizeForMatch,
} from '../../src/text/normalize.js';
import { stemToken } from '../../src/text/stem.js';
import { isStopword } from '../../src/text/stopwords.js';

describe('normalisation', () => {
  it('folds Vietnamese diacritics, including đ and Đ', () => {
    expect(foldDiacritics('Đầu tư đắt đỏ, lợi nhuận thấp')).toBe('Dau tu dat do, loi nhuan thap');
    expect(normalizeForMatch('ĐẦU TƯ Ở ĐÂU?')).toBe('dau tu o dau');
  });

  it('composes decomposed input (NFD) before folding', () => {
    const decomposed = 'lợi nhuận'.normalize('NFD');
    expect(cleanText(decomposed)).toBe('lợi nhuận'.normalize('NFC'));
    expect(normalizeForMatch(decomposed)).toBe('loi nhuan');
  });

  it('deletes zero-width characters and turns control characters into spaces', () => {
    expect(normalizeForMatch('Open\u200bAI\u200d lỗ\u0007bao\tnhiêu\ufeff')).toBe('openai lo bao nhieu');
  });

  it('collapses whitespace and strips punctuation but keeps $, % and decimal points', () => {
    expect(normalizeForMatch('  How much?!  $8,5   billion… 82 %  ')).toBe('how much $8.5 billion 82 %');
  });

  it('caps the input length', () => {
    const long = 'a'.repeat(MAX_INPUT_CHARS * 10);
    expect(cleanText(long).length).toBe(MAX_INPUT_CHARS);
    expect(normalizeForMatch(long).length).toBeLessThanOrEqual(MAX_INPUT_CHARS);
  });

  it('splits numbers from their units so that each can be read', () => {
    expect(foldedTokens('$600M, 600%, 8,5 tỷ')).toEqual(['$', '600', 'm', '600', '%', '8.5', 'ty']);
  });
});

describe('stemming', () => {
  it('joins English inflections and leaves Vietnamese syllables alone', () => {
    expect(stemToken('spending')).toBe(stemToken('spend'));
    expect(stemToken('spent')).toBe(stemToken('spend'));
    expect(stemToken('losing')).toBe(stemToken('lose'));
    expect(stemToken('companies')).toBe(stemToken('company'));
    expect(stemToken('chips')).toBe('chip');
    for (const syllable of ['trong', 'khong', 'nguoi', 'nhuan', 'thuong']) expect(stemToken(syllable)).toBe(syllable);
  });
});

describe('language detection', () => {
  it('reads diacritics as Vietnamese', () => {
    expect(detectLanguage('OpenAI lỗ bao nhiêu?')).toBe('vi');
    expect(detectLanguage('Zuckerberg nói gì')).toBe('vi');
  });

  it('reads Vietnamese typed without diacritics from its function words', () => {
    expect(detectLanguage('openai lo bao nhieu tien')).toBe('vi');
    expect(detectLanguage('tai sao cac cong ty dau tu vao ai')).toBe('vi');
    expect(detectLanguage('fomo la gi')).toBe('vi');
    expect(detectLanguage('nvidia tang nhu the nao')).toBe('vi');
  });

  it('reads English', () => {
    expect(detectLanguage('how much does OpenAI lose')).toBe('en');
    expect(detectLanguage('Why are the giants still investing in AI?')).toBe('en');
  });

  it('reads an English question about a Vietnamese phrase as English', () => {
    expect(detectLanguage('what does chi phí lý luận mean')).toBe('en');
    expect(detectLanguage('what is “bảy chị em”')).toBe('en');
    expect(detectLanguage('chi phí lý luận là gì')).toBe('vi');
  });

  it('says nothing when it cannot tell', () => {
    expect(detectLanguage('Zuckerberg')).toBeUndefined();
    expect(detectLanguage('600')).toBeUndefined();
    expect(detectLanguage('')).toBeUndefined();
  });
});

describe('edit distance', () => {
  it('counts substitutions, insertions, deletions and adjacent transpositions', () => {
    expect(boundedEditDistance('nvidia', 'nvidea', 2)).toBe(1);
    expect(boundedEditDistance('the', 'teh', 2)).toBe(1);
    expect(boundedEditDistance('zuckerberg', 'zuckerburg', 2)).toBe(1);
    expect(boundedEditDistance('cisco', 'cisco', 2)).toBe(0);
  });

  it('stops at the bound', () => {
    expect(boundedEditDistance('apple', 'nvidia', 2)).toBe(3);
    expect(boundedEditDistance('a', 'abcdef', 1)).toBe(2);
  });
});

describe('words that are names of Object.prototype members', () => {
  it('are ordinary words to the tokenizer, the stemmer and the abbreviation table', async () => {
    const { expandAbbreviations } = await import('../../src/text/abbreviations.js');
    for (const word of ['constructor', '__proto__', 'tostring', 'hasownproperty', 'valueof']) {
      expect(typeof stemToken(word)).toBe('string');
      expect(expandAbbreviations([word])).toEqual([word]);
    }
  });
});

describe('stop words', () => {
  it('also holds the stems of function words, since the engine compares stems', () => {
    for (const word of ['does', 'those', 'whose', 'yours']) {
      expect(isStopword(word), word).toBe(true);
      expect(isStopword(stemToken(word)), stemToken(word)).toBe(true);
    }
  });

  it('keeps words about the text itself as content once stemmed ("who wrote the article")', () => {
    expect(isStopword(stemToken('article'))).toBe(false);
  });
});
