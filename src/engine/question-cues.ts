// Reads what kind of answer a question wants (a figure, a person, a date, a reason, a definition) and the numbers it names.
import type { Figure } from '../knowledge/schema.js';

export type AnswerKind = 'figure' | 'person' | 'date' | 'reason' | 'definition';

// Phrases over folded tokens (joined by single spaces, padded with spaces when matched).
const KIND_CUES: Readonly<Record<AnswerKind, readonly string[]>> = {
  figure: [
    'how much', 'how many', 'what percentage', 'what percent', 'what share', 'how big', 'how large', 'how high',
    'what amount', 'how expensive', 'what figure', 'what number', 'how far', 'how long', 'what size', 'what value',
    'bao nhieu', 'may phan tram', 'bao nhieu phan tram', 'con so', 'so tien', 'bao lau', 'muc nao', 'the nao ve so',
  ],
  person: ['who', 'whom', 'whose', 'ai la', 'la ai', 'nguoi nao', 'ai da', 'ai noi', 'ai dung', 'ai sang lap', 'cua ai', 'ai tung'],
  date: [
    'when', 'what year', 'which year', 'what date', 'which date', 'what day', 'khi nao', 'bao gio', 'nam nao', 'ngay nao',
    'luc nao', 'thoi diem nao', 'thang nao', 'tu khi nao', 'vao ngay',
  ],
  reason: [
    'why', 'what drives', 'what is driving', 'what drove', 'reason', 'reasons', 'because', 'tai sao', 'vi sao', 'sao lai',
    'ly do', 'nguyen nhan', 'dong luc', 'vi dau', 'boi dau',
  ],
  definition: ['what is', 'what are', 'what does', 'meaning', 'mean', 'means', 'define', 'definition', 'stand for', 'la gi', 'nghia la', 'y nghia', 'dinh nghia', 'nghia la gi', 'la cai gi'],
};

/** The answer kinds a question asks for, from its folded tokens; the first cue found wins ties. */
export function answerKinds(tokens: readonly string[]): Set<AnswerKind> {
  const padded = ` ${tokens.join(' ')} `;
  const kinds = new Set<AnswerKind>();
  for (const [kind, cues] of Object.entries(KIND_CUES) as [AnswerKind, readonly string[]][]) {
    if (cues.some((cue) => padded.includes(` ${cue} `))) kinds.add(kind);
  }
  // "what is X's share / how much" is a figure question, not a definition.
  if (kinds.has('figure')) kinds.delete('definition');
  return kinds;
}

/** A number written in the question, with whatever unit and scale words stand beside it. */
export interface QueryNumber {
  readonly value: number;
  readonly unit?: Figure['unit'];
  readonly scale?: NonNullable<Figure['scale']>;
}

const SCALE_WORDS: ReadonlyMap<string, NonNullable<Figure['scale']>> = entries<NonNullable<Figure['scale']>>({
  million: 'million', millions: 'million', m: 'million', mn: 'million', mil: 'million', mln: 'million', trieu: 'million',
  billion: 'billion', billions: 'billion', b: 'billion', bn: 'billion', bil: 'billion', ty: 'billion', ti: 'billion',
  trillion: 'trillion', trillions: 'trillion', tn: 'trillion', t: 'trillion',
});
const UNIT_WORDS: ReadonlyMap<string, Figure['unit']> = entries<Figure['unit']>({
  '%': 'percent', percent: 'percent', percentage: 'percent', pct: 'percent', phan: 'percent',
  day: 'days', days: 'days', ngay: 'days', nam: 'years',
  year: 'years', years: 'years', yr: 'years', yrs: 'years',
  month: 'months', months: 'months', thang: 'months',
  job: 'jobs', jobs: 'jobs', viec: 'jobs',
  usd: 'currency', dollar: 'currency', dollars: 'currency', dola: 'currency', do: 'currency',
});

const NUMBER = /^\d+(?:\.\d+)?$/;

/** A Map, not an object: a typed word such as "constructor" must not reach Object.prototype. */
function entries<V>(record: Record<string, V>): ReadonlyMap<string, V> {
  return new Map(Object.entries(record));
}

/** Numbers in the folded tokens with their unit ("600 ngày" → days, "$600m" → currency million, "600%" → percent). */
export function queryNumbers(tokens: readonly string[]): QueryNumber[] {
  const numbers: QueryNumber[] = [];
  tokens.forEach((token, index) => {
    if (!NUMBER.test(token)) return;
    const value = Number(token);
    let unit: Figure['unit'] | undefined;
    let scale: NonNullable<Figure['scale']> | undefined;
    if (tokens[index - 1] === '$') unit = 'currency';
    for (let k = index + 1; k <= index + 3 && k < tokens.length; k += 1) {
      const word = tokens[k] ?? '';
      if (NUMBER.test(word)) break;
      // "nghìn tỷ" / "ngàn tỷ" (thousand billion) is a trillion.
      if ((word === 'nghin' || word === 'ngan') && tokens[k + 1] === 'ty') {
        scale = 'trillion';
        k += 1;
        continue;
      }
      const scaleWord = SCALE_WORDS.get(word);
      if (scaleWord && !scale) {
        scale = scaleWord;
        continue;
      }
      const unitWord = UNIT_WORDS.get(word);
      if (unitWord && (!unit || (unit === 'currency' && unitWord !== 'currency' && !scale))) {
        // "phan" means percent only as "phần trăm"; "việc" means jobs only as "việc làm"; "đô" is "đô la".
        if (word === 'phan' && tokens[k + 1] !== 'tram') break;
        if (word === 'viec' && tokens[k + 1] !== 'lam') break;
        if (word === 'do' && k !== index + 1 && !scale) break;
        unit = unitWord;
      }
      break;
    }
    if (scale && !unit) unit = 'currency';
    if (!unit && Number.isInteger(value) && value >= 1900 && value <= 2100) unit = 'year';
    numbers.push({ value, ...(unit ? { unit } : {}), ...(scale ? { scale } : {}) });
  });
  return numbers;
}

/** How a question's number fits a figure: 'match', 'conflict' (same number, other unit or scale) or 'none'. */
export function numberFit(number: QueryNumber, figure: Figure): 'match' | 'conflict' | 'none' {
  const sameValue = figure.value === number.value || figure.valueMax === number.value;
  if (!sameValue) return 'none';
  if (number.unit && number.unit !== figure.unit) {
    // "10 to 15 years" is a range of years; "year" (a calendar year) and "years" (a duration) are told apart.
    return 'conflict';
  }
  if (number.scale && figure.scale && number.scale !== figure.scale) return 'conflict';
  if (number.scale && !figure.scale) return 'conflict';
  return 'match';
}
