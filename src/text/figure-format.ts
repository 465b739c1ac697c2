// The one place figures of the knowledge base become text, in both languages and two styles: prose for replies
// ("$8.5 billion", "8,5 tỷ USD", "more than 600 days") and short chart labels ("$8.5B", "8,5 tỷ USD/năm", ">$1T").
// Every word a figure is written with sits in one table per language below, so replies and charts cannot disagree.
import type { Figure } from '../knowledge/schema.js';
import type { Lang } from './lang.js';

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

type Scale = NonNullable<Figure['scale']>;
type Period = NonNullable<Figure['period']>;

interface FigureWords {
  /** Scale words in prose ("billion", "tỷ"). */
  readonly scale: Record<Scale, string>;
  /** Scale in a chart label: a suffix glued to the number ("B"), or undefined to use the word. */
  readonly scaleSuffix: Record<Scale, string> | undefined;
  readonly bound: Record<Figure['bound'], string>;
  /** Bounds in a chart label where they differ from prose ("~", ">"). */
  readonly boundShort: Partial<Record<Figure['bound'], string>>;
  /** What follows the amount for its period (" a quarter", " mỗi quý"). */
  readonly period: Record<Period, string>;
  /** A chart label's period suffix ("/yr"); periods without one are said apart (periodPhrase). */
  readonly periodSuffix: Partial<Record<Period, string>>;
  readonly unit: Partial<Record<Figure['unit'], string>>;
  readonly decimal: string;
  readonly group: string;
  /** Money: "$8.5 billion" (symbol first) or "8,5 tỷ USD" (code after). */
  readonly currencySymbolFirst: boolean;
}

const WORDS: Record<Lang, FigureWords> = {
  en: {
    scale: { million: 'million', billion: 'billion', trillion: 'trillion' },
    scaleSuffix: { million: 'M', billion: 'B', trillion: 'T' },
    bound: { exact: '', about: 'about ', 'more-than': 'more than ', 'up-to': 'up to ', nearly: 'nearly ' },
    boundShort: { about: '~', 'more-than': '>' },
    period: {
      quarter: ' a quarter',
      year: ' a year',
      total: '',
      'ten-years': ' over ten years',
      'few-years': ' over the next few years',
    },
    periodSuffix: { year: '/yr', quarter: '/qtr' },
    unit: { days: 'days', years: 'years', months: 'months', jobs: 'jobs' },
    decimal: '.',
    group: ',',
    currencySymbolFirst: true,
  },
  vi: {
    scale: { million: 'triệu', billion: 'tỷ', trillion: 'nghìn tỷ' },
    scaleSuffix: undefined,
    bound: { exact: '', about: 'khoảng ', 'more-than': 'hơn ', 'up-to': 'lên tới ', nearly: 'gần ' },
    boundShort: {},
    period: {
      quarter: ' mỗi quý',
      year: ' mỗi năm',
      total: '',
      'ten-years': ' trong 10 năm',
      'few-years': ' trong vài năm tới',
    },
    periodSuffix: { year: '/năm', quarter: '/quý' },
    unit: { days: 'ngày', years: 'năm', months: 'tháng', jobs: 'việc làm' },
    decimal: ',',
    group: '.',
    currencySymbolFirst: false,
  },
};

/** Binds a number to its scale word in a chart label ("8,5 tỷ"), so a line is never broken inside an amount. */
const NBSP = '\u00a0';

/** A number as the knowledge gives it, in the language's decimal notation (8.5 / 8,5), for prose. */
function plainNumber(value: number, lang: Lang): string {
  return String(value).replace('.', WORDS[lang].decimal);
}

/** A plain number with at most two decimals, in the language's notation (8.5 / 8,5; 5,000 / 5.000). */
export function formatNumber(value: number, lang: Lang): string {
  const rounded = Math.round(value * 100) / 100;
  const [whole = '0', fraction] = Math.abs(rounded).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, WORDS[lang].group);
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? WORDS[lang].decimal + fraction : ''}`;
}

function formatDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return lang === 'vi' ? `ngày ${day} tháng ${month} năm ${year}` : `${day} ${MONTHS_EN[month - 1] ?? month} ${year}`;
}

/** The figure as a short phrase in `lang` for a reply; it never invents precision the figure does not have. */
export function formatFigure(figure: Figure, lang: Lang): string {
  const words = WORDS[lang];
  if (figure.unit === 'date' && figure.date) return formatDate(figure.date, lang);
  if (figure.unit === 'year') return `${words.bound[figure.bound]}${figure.value}`;
  const range =
    figure.valueMax === undefined
      ? plainNumber(figure.value, lang)
      : `${plainNumber(figure.value, lang)}–${plainNumber(figure.valueMax, lang)}`;
  const scale = figure.scale ? ` ${words.scale[figure.scale]}` : '';
  let amount: string;
  if (figure.unit === 'percent') amount = `${range}%`;
  else if (figure.unit === 'currency') {
    const currency = figure.currency ?? 'USD';
    amount = words.currencySymbolFirst && currency === 'USD' ? `$${range}${scale}` : `${range}${scale} ${currency}`;
  } else {
    const unit = words.unit[figure.unit];
    amount = `${range}${scale}${unit ? ` ${unit}` : ''}`;
  }
  const period = figure.period ? words.period[figure.period] : '';
  return `${words.bound[figure.bound]}${amount}${period}`;
}

/** An amount in chart style: "$8.5B", "8,5 tỷ USD", "300M jobs", "70%" (also the axis ticks). */
export function formatAmount(value: number, scale: Figure['scale'], unit: Figure['unit'], lang: Lang): string {
  const words = WORDS[lang];
  const number = formatNumber(value, lang);
  const scaled = !scale
    ? number
    : words.scaleSuffix
      ? `${number}${words.scaleSuffix[scale]}`
      : `${number}${NBSP}${words.scale[scale].replace(/ /g, NBSP)}`;
  if (unit === 'currency') return words.currencySymbolFirst ? `$${scaled}` : `${scaled} USD`;
  if (unit === 'percent') return `${number}%`;
  const word = words.unit[unit];
  return word ? `${scaled} ${word}` : scaled;
}

/**
 * The figure as a chart label: bound, value (or range), scale, unit and period ("up to $8.5B", "$60B/yr", "hơn 85%").
 * Bars leave the period out (`withPeriod: false`): their label already names what is measured.
 */
export function formatFigureLabel(
  figure: Figure,
  lang: Lang,
  { withPeriod = true }: { readonly withPeriod?: boolean } = {},
): string {
  const words = WORDS[lang];
  const bound = words.boundShort[figure.bound] ?? words.bound[figure.bound];
  if (figure.unit === 'date' && figure.date) return figure.date;
  if (figure.unit === 'year') return `${bound}${figure.value}`;
  let written: string;
  if (figure.valueMax === undefined) {
    written = formatAmount(figure.value, figure.scale, figure.unit, lang);
  } else {
    // A range keeps the unit once, after the upper end: "10–15 years", "$1–2B".
    const upper = formatAmount(figure.valueMax, figure.scale, figure.unit, lang);
    const lower = formatNumber(figure.value, lang);
    written =
      figure.unit === 'currency' && words.currencySymbolFirst ? `$${lower}–${upper.slice(1)}` : `${lower}–${upper}`;
  }
  const period = withPeriod && figure.period ? (words.periodSuffix[figure.period] ?? '') : '';
  return `${bound}${written}${period}`;
}

/** The period of a figure that a chart label's suffix cannot say ("over ten years"), for a number shown on its own. */
export function periodPhrase(figure: Figure, lang: Lang): string | undefined {
  if (!figure.period || WORDS[lang].periodSuffix[figure.period] !== undefined) return undefined;
  return WORDS[lang].period[figure.period].trim() || undefined;
}
