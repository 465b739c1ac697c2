// Writes a structured figure of the knowledge base as readable text ("$8.5 billion", "8,5 tỷ USD", "more than 600%").
import type { Lang } from '../engine/types.js';
import type { Figure } from '../knowledge/schema.js';

/** English month names, for dates written "30 November 2022" (the knowledge checks and the replies share them). */
export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const SCALE: Record<Lang, Record<NonNullable<Figure['scale']>, string>> = {
  en: { million: 'million', billion: 'billion', trillion: 'trillion' },
  vi: { million: 'triệu', billion: 'tỷ', trillion: 'nghìn tỷ' },
};

const BOUND: Record<Lang, Record<Figure['bound'], string>> = {
  en: { exact: '', about: 'about ', 'more-than': 'more than ', 'up-to': 'up to ', nearly: 'nearly ' },
  vi: { exact: '', about: 'khoảng ', 'more-than': 'hơn ', 'up-to': 'lên tới ', nearly: 'gần ' },
};

const PERIOD: Record<Lang, Record<NonNullable<Figure['period']>, string>> = {
  en: {
    quarter: ' a quarter',
    year: ' a year',
    total: '',
    'ten-years': ' over ten years',
    'few-years': ' over the next few years',
  },
  vi: {
    quarter: ' mỗi quý',
    year: ' mỗi năm',
    total: '',
    'ten-years': ' trong 10 năm',
    'few-years': ' trong vài năm tới',
  },
};

const UNIT: Record<Lang, Partial<Record<Figure['unit'], string>>> = {
  en: { days: 'days', years: 'years', months: 'months', jobs: 'jobs' },
  vi: { days: 'ngày', years: 'năm', months: 'tháng', jobs: 'việc làm' },
};

function number(value: number, lang: Lang): string {
  const text = String(value);
  return lang === 'vi' ? text.replace('.', ',') : text;
}

function formatDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return lang === 'vi' ? `ngày ${day} tháng ${month} năm ${year}` : `${day} ${MONTHS_EN[month - 1] ?? month} ${year}`;
}

/** The figure as a short phrase in `lang`; it never invents precision the figure does not have. */
export function formatFigure(figure: Figure, lang: Lang): string {
  if (figure.unit === 'date' && figure.date) return formatDate(figure.date, lang);
  if (figure.unit === 'year') return `${BOUND[lang][figure.bound]}${figure.value}`;
  const range =
    figure.valueMax === undefined
      ? number(figure.value, lang)
      : `${number(figure.value, lang)}–${number(figure.valueMax, lang)}`;
  const scale = figure.scale ? ` ${SCALE[lang][figure.scale]}` : '';
  let amount: string;
  if (figure.unit === 'percent') amount = `${range}%`;
  else if (figure.unit === 'currency') {
    const currency = figure.currency ?? 'USD';
    amount = lang === 'en' && currency === 'USD' ? `$${range}${scale}` : `${range}${scale} ${currency}`;
  } else {
    const unit = UNIT[lang][figure.unit];
    amount = `${range}${scale}${unit ? ` ${unit}` : ''}`;
  }
  const period = figure.period ? PERIOD[lang][figure.period] : '';
  return `${BOUND[lang][figure.bound]}${amount}${period}`;
}
