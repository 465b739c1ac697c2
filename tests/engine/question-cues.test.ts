// Unit tests of what a question asks for: answer kinds, and numbers with their units (the four 600s).
import { describe, expect, it } from 'vitest';
import {
  answerKinds,
  askedMeasure,
  askedPeriods,
  factMeasures,
  numberFit,
  periodsFit,
  queryNumbers,
  relativePeriods,
} from '../../src/engine/question-cues.js';
import { isStopword } from '../../src/text/stopwords.js';
import type { Figure } from '../../src/knowledge/schema.js';
import { foldedTokens } from '../../src/text/normalize.js';

const numbersOf = (q: string) => queryNumbers(foldedTokens(q));
const kindsOf = (q: string) => [...answerKinds(foldedTokens(q))];

describe('answer kinds', () => {
  it('reads "sao" opening a Vietnamese question as why, and nowhere else', () => {
    expect(answerKinds(foldedTokens('sao tesla vẫn mua chip')).has('reason')).toBe(true);
    expect(answerKinds(foldedTokens('giá cổ phiếu cisco ra sao')).has('reason')).toBe(false);
  });

  it('reads an opening "ai" before what a person does as "who", and "ai" (AI) otherwise', () => {
    expect(answerKinds(foldedTokens('ai mở ngân hàng hồi đó')).has('person')).toBe(true);
    expect(answerKinds(foldedTokens('ai thanh lap cong ty nay')).has('person')).toBe(true);
    expect(answerKinds(foldedTokens('ai phải kiếm bao nhiêu mỗi năm')).has('person')).toBe(false);
    expect(answerKinds(foldedTokens('chi cho ai mo rong nhanh')).has('person')).toBe(false);
  });

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
    // What someone said asks for their quote.
    expect(kindsOf('what did musk say about nvidia')).toEqual(['quote']);
    expect(kindsOf('musk nói gì về nvidia')).toEqual(['quote']);
    // "Did X say …?" checks a claim: it does not ask for what was said.
    expect(kindsOf("did pichai say google didn't overspend")).toEqual([]);
    expect(kindsOf('what did pichai say about overspending')).toEqual(['quote']);
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

  it('reads "tháng 11 năm 2023" as a month of a year, not eleven years', () => {
    expect(numbersOf('ra đời tháng 11 năm 2023')).toEqual([{ value: 2023, unit: 'year' }]);
    expect(numbersOf('trong 12 tháng tới')).toEqual([{ value: 12, unit: 'months' }]);
  });

  it('reads a time word after a sum as its rate, not a duration ("40 tỷ/năm")', () => {
    expect(numbersOf('họ chi 40 tỷ/năm')).toEqual([{ value: 40, unit: 'currency', scale: 'billion' }]);
    expect(numbersOf('3 trieu ngay')).toEqual([{ value: 3, unit: 'currency', scale: 'million' }]);
  });

  it('reads decimals, trillions and calendar years', () => {
    expect(numbersOf('8,5 tỷ đô la')).toEqual([{ value: 8.5, unit: 'currency', scale: 'billion' }]);
    expect(numbersOf('1 nghìn tỷ USD')).toEqual([{ value: 1, unit: 'currency', scale: 'trillion' }]);
    expect(numbersOf('by 2026')).toEqual([{ value: 2026, unit: 'year' }]);
  });

  it('matches a figure only when value, unit and scale agree', () => {
    const tesla: Figure = {
      value: 600,
      unit: 'currency',
      scale: 'million',
      currency: 'USD',
      bound: 'exact',
      subject: 'tesla',
      label: { en: 'x', vi: 'x' },
    };
    const days: Figure = {
      value: 600,
      unit: 'days',
      bound: 'more-than',
      subject: 'chatgpt',
      label: { en: 'x', vi: 'x' },
    };
    expect(numberFit({ value: 600, unit: 'currency', scale: 'million' }, tesla)).toBe('match');
    expect(numberFit({ value: 600, unit: 'currency', scale: 'billion' }, tesla)).toBe('conflict');
    expect(numberFit({ value: 600, unit: 'days' }, tesla)).toBe('conflict');
    expect(numberFit({ value: 600 }, tesla)).toBe('match');
    expect(numberFit({ value: 600, unit: 'days' }, days)).toBe('match');
    expect(numberFit({ value: 500, unit: 'days' }, days)).toBe('none');
  });
});

describe('a premise beside a why', () => {
  it('is no date asked: "when" with no auxiliary after it tells when the why holds', () => {
    expect(kindsOf('why keep spending when it hurts earnings')).toEqual(['reason']);
    expect(kindsOf('why and when did cisco fall')).toEqual(['date', 'reason']);
  });
});

describe('a date asked with "bao nhiêu"', () => {
  it('reads a year or a day asked with "bao nhiêu" as a date, but not a rate or a count of them', () => {
    expect(kindsOf('cisco lên đỉnh năm bao nhiêu')).toEqual(['date']);
    expect(kindsOf('bai bao dang ngay bao nhieu vay')).toEqual(['date']);
    expect(kindsOf('meta chi mỗi năm bao nhiêu')).toEqual(['figure']);
    expect(kindsOf('chatgpt ra đời được bao nhiêu ngày')).toEqual(['figure']);
    expect(kindsOf('2 năm bao nhiêu tiền')).toEqual(['figure']);
  });
});

describe('the measure a figure question asks for', () => {
  const money = new Set(['revenue', 'cost', 'doanh', 'thu']);
  const measureOf = (q: string) =>
    askedMeasure(
      foldedTokens(q),
      (t) => money.has(t),
      (t) => isStopword(t),
    );

  it('reads a share after "bao nhiêu" as a share, even after "nắm" (folded like "năm", a year)', () => {
    expect(measureOf('cisco nắm bao nhiêu thị phần router')).toBe('percent');
    expect(measureOf('google chiếm bao nhiêu thị phần tìm kiếm')).toBe('percent');
    expect(measureOf('năm bao nhiêu thì chatgpt ra đời')).toBe('duration');
  });

  it('tells amounts, counts, durations and percentages apart in both languages', () => {
    expect(measureOf('how much does OpenAI lose')).toBe('amount');
    expect(measureOf('how many billion dollars')).toBe('amount');
    expect(measureOf('bao nhiêu doanh thu')).toBe('amount');
    expect(measureOf('Google đầu tư bao nhiêu vào AI mỗi quý')).toBe('amount');
    expect(measureOf('how many employees does it have')).toBe('count');
    expect(measureOf('sa thải bao nhiêu người')).toBe('count');
    expect(measureOf('bán được bao nhiêu xe')).toBe('count');
    expect(measureOf('how long has it been')).toBe('duration');
    expect(measureOf('ra mắt bao lâu rồi')).toBe('duration');
    expect(measureOf('chatgpt xuất hiện ngày bao nhiêu')).toBe('duration');
    expect(measureOf('tesla đổ vào AI mỗi quý bao nhiêu')).toBe('amount');
    expect(measureOf('microsoft chi hang nam bao nhieu')).toBe('amount');
    expect(measureOf('what percentage of the market')).toBe('percent');
    expect(measureOf('chiếm bao nhiêu phần trăm')).toBe('percent');
    expect(measureOf('who said it')).toBeUndefined();
  });

  it('reads a sum asked in a currency as an amount', () => {
    expect(measureOf("what is cisco's market cap today in dollars")).toBe('amount');
    expect(measureOf('giá trị của cisco tính bằng đô la')).toBe('amount');
    expect(measureOf('what is that in usd')).toBe('amount');
    // A currency named otherwise is no measure asked ("dollars" alone, "đô" without "bằng").
    expect(measureOf('what did cisco do with its dollars')).toBeUndefined();
  });

  it('reads what a fact can answer from its figures and the numbers its answers write out', () => {
    const currency: Figure = {
      value: 1.5,
      unit: 'currency',
      scale: 'billion',
      bound: 'exact',
      subject: 'x',
      label: { en: 'l', vi: 'l' },
    };
    expect([...factMeasures([currency], [])]).toEqual(['amount']);
    expect(factMeasures([], [foldedTokens('about 18 months after it arrived')]).has('duration')).toBe(true);
    expect(factMeasures([], [foldedTokens('spent billions of dollars')]).has('amount')).toBe(true);
    expect(factMeasures([], [foldedTokens('laid off staff')]).size).toBe(0);
  });
});

describe('periods relative to the article', () => {
  const periodsOf = (q: string) => relativePeriods(foldedTokens(q));

  it('reads next and last periods in both languages, and spans ahead', () => {
    expect([...periodsOf('how much will it spend next year')]).toEqual(['next:year']);
    expect([...periodsOf('doanh thu quý trước')]).toEqual(['last:quarter']);
    expect([...periodsOf('năm sau thì sao')]).toEqual(['next:year']);
    expect([...periodsOf('within the next 12 months')]).toEqual(['next:*']);
    expect([...periodsOf('trong 12 tháng tới')]).toEqual(['next:*']);
    expect(periodsOf('this quarter').size).toBe(0);
  });

  it('a fact fits when it names the same period, or a span in the same direction', () => {
    const fits = (asked: ReadonlySet<string>, fact: ReadonlySet<string>) => periodsFit(askedPeriods(asked), fact);
    expect(fits(periodsOf('next year'), periodsOf('in the next 12 months'))).toBe(true);
    expect(fits(periodsOf('next year'), periodsOf('this quarter'))).toBe(false);
    expect(fits(periodsOf('last quarter'), periodsOf('next few years'))).toBe(false);
    expect(fits(new Set(), periodsOf('this quarter'))).toBe(true);
  });
});
