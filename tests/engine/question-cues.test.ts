// Unit tests of what a question asks for: answer kinds, and numbers with their units (the four 600s).
import { describe, expect, it } from 'vitest';
import { answerKinds, numberFit, queryNumbers } from '../../src/engine/question-cues.js';
import type { Figure } from '../../src/knowledge/schema.js';
import { foldedTokens } from '../../src/text/normalize.js';

const numbersOf = (q: string) => queryNumbers(foldedTokens(q));
const kindsOf = (q: string) => [...answerKinds(foldedTokens(q))];

describe('answer kinds', () => {
  it('tells figure, person, date, reason and definition questions apart in both languages', () => {
    expect(kindsOf('how much does OpenAI lose')).toEqual(['figure']);
    expect(kindsOf('OpenAI lỗ bao nhiêu')).toEqual(['figure']);
    expect(kindsOf('who said we have no choice')).toEqual(['person']);
    expect(kindsOf('ai là người nói câu này')).toEqual(['person']);
    expect(kindsOf('when did ChatGPT launch')).toEqual(['date']);
    expect(kindsOf('chatgpt ra mắt khi nào')).toEqual(['date']);
    expect(kindsOf('why do the giants keep investing')).toEqual(['reason']);
    expect(kindsOf('tai sao cac ong lon van dau tu')).toEqual(['reason']);
    expect(kindsOf('FOMO là gì')).toEqual(['definition']);
  });
});

describe('numbers and their units', () => {
  it('reads the four different 600s', () => {
    expect(numbersOf('600 days')).toEqual([{ value: 600, unit: 'days' }]);
    expect(numbersOf('hơn 600 ngày')).toEqual([{ value: 600, unit: 'days' }]);
    expect(numbersOf('up 600%')).toEqual([{ value: 600, unit: 'percent' }]);
    expect(numbersOf('tăng 600 phần trăm')).toEqual([{ value: 600, unit: 'percent' }]);
    expect(numbersOf('$600M capex')).toEqual([{ value: 600, unit: 'currency', scale: 'million' }]);
    expect(numbersOf('600 triệu đô')).toEqual([{ value: 600, unit: 'currency', scale: 'million' }]);
    expect(numbersOf('$600 billion a year')).toEqual([{ value: 600, unit: 'currency', scale: 'billion' }]);
    expect(numbersOf('600 tỷ USD')).toEqual([{ value: 600, unit: 'currency', scale: 'billion' }]);
  });

  it('reads decimals, trillions and calendar years', () => {
    expect(numbersOf('8,5 tỷ đô la')).toEqual([{ value: 8.5, unit: 'currency', scale: 'billion' }]);
    expect(numbersOf('1 nghìn tỷ USD')).toEqual([{ value: 1, unit: 'currency', scale: 'trillion' }]);
    expect(numbersOf('by 2026')).toEqual([{ value: 2026, unit: 'year' }]);
  });

  it('matches a figure only when value, unit and scale agree', () => {
    const tesla: Figure = { value: 600, unit: 'currency', scale: 'million', currency: 'USD', bound: 'exact', subject: 'tesla', label: { en: 'x', vi: 'x' } };
    const days: Figure = { value: 600, unit: 'days', bound: 'more-than', subject: 'chatgpt', label: { en: 'x', vi: 'x' } };
    expect(numberFit({ value: 600, unit: 'currency', scale: 'million' }, tesla)).toBe('match');
    expect(numberFit({ value: 600, unit: 'currency', scale: 'billion' }, tesla)).toBe('conflict');
    expect(numberFit({ value: 600, unit: 'days' }, tesla)).toBe('conflict');
    expect(numberFit({ value: 600 }, tesla)).toBe('match');
    expect(numberFit({ value: 600, unit: 'days' }, days)).toBe('match');
    expect(numberFit({ value: 500, unit: 'days' }, days)).toBe('none');
  });
});
