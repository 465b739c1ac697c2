// Writes the article's figures as chart text, per reply language ("$8.5B" / "8,5 tỷ USD", "~70%" / "gần 70%").
import type { Lang } from '../engine/types.js';
import type { Figure } from '../knowledge/schema.js';

const SCALE_FACTOR: Record<NonNullable<Figure['scale']>, number> = {
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

const SCALE_SHORT_EN: Record<NonNullable<Figure['scale']>, string> = { million: 'M', billion: 'B', trillion: 'T' };
const SCALE_WORD_VI: Record<NonNullable<Figure['scale']>, string> = {
  million: 'triệu',
  billion: 'tỷ',
  trillion: 'nghìn\u00a0tỷ',
};

/** Binds a number to its scale word ("8,5 tỷ"), so a line is never broken inside an amount. */
const NBSP = '\u00a0';

const BOUND_PREFIX: Record<Lang, Record<Figure['bound'], string>> = {
  en: { exact: '', about: '~', 'more-than': '>', 'up-to': 'up to ', nearly: 'nearly ' },
  vi: { exact: '', about: 'khoảng ', 'more-than': 'hơn ', 'up-to': 'lên tới ', nearly: 'gần ' },
};

const PERIOD_SUFFIX: Record<Lang, Partial<Record<NonNullable<Figure['period']>, string>>> = {
  en: { year: '/yr', quarter: '/qtr' },
  vi: { year: '/năm', quarter: '/quý' },
};

const UNIT_WORDS: Record<Lang, Partial<Record<Figure['unit'], string>>> = {
  en: { jobs: 'jobs', days: 'days', months: 'months', years: 'years' },
  vi: { jobs: 'việc làm', days: 'ngày', months: 'tháng', years: 'năm' },
};

/** The figure's value in plain units (5 billion → 5e9), so figures with different scales share one axis. */
export function absoluteValue(figure: Pick<Figure, 'value' | 'scale'>, value = figure.value): number {
  return value * (figure.scale ? SCALE_FACTOR[figure.scale] : 1);
}

/** Which figures can share an axis: same unit, and same currency for money. */
export function measureOf(figure: Pick<Figure, 'unit' | 'currency'>): string {
  return figure.unit === 'currency' ? `currency:${figure.currency ?? 'USD'}` : figure.unit;
}

/** A plain number with at most two decimals, in the language's notation (8.5 / 8,5; 5,000 / 5.000). */
export function formatNumber(value: number, lang: Lang): string {
  const rounded = Math.round(value * 100) / 100;
  const [whole = '0', fraction] = Math.abs(rounded).toString().split('.');
  const group = lang === 'vi' ? '.' : ',';
  const decimal = lang === 'vi' ? ',' : '.';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? decimal + fraction : ''}`;
}

function amount(value: number, scale: Figure['scale'], unit: Figure['unit'], lang: Lang): string {
  const number = formatNumber(value, lang);
  if (unit === 'currency') {
    if (lang === 'en') return `$${number}${scale ? SCALE_SHORT_EN[scale] : ''}`;
    return `${number}${scale ? `${NBSP}${SCALE_WORD_VI[scale]}` : ''} USD`;
  }
  if (unit === 'percent') return `${number}%`;
  const scaled = scale
    ? lang === 'en'
      ? `${number}${SCALE_SHORT_EN[scale]}`
      : `${number}${NBSP}${SCALE_WORD_VI[scale]}`
    : number;
  const word = UNIT_WORDS[lang][unit];
  return word ? `${scaled} ${word}` : scaled;
}

/**
 * The figure as a chart label: bound, value (or range), scale, unit and period ("up to $8.5B", "$60B/yr", "hơn 85%").
 * Bars leave the period out (`withPeriod: false`): their label already names what is measured.
 */
export function formatFigure(
  figure: Figure,
  lang: Lang,
  { withPeriod = true }: { readonly withPeriod?: boolean } = {},
): string {
  if (figure.unit === 'date' && figure.date) return figure.date;
  if (figure.unit === 'year') return `${BOUND_PREFIX[lang][figure.bound]}${figure.value}`;
  let written: string;
  if (figure.valueMax === undefined) {
    written = amount(figure.value, figure.scale, figure.unit, lang);
  } else {
    // A range keeps the unit once, after the upper end: "10–15 years", "$1–2B".
    const upper = amount(figure.valueMax, figure.scale, figure.unit, lang);
    const lower = formatNumber(figure.value, lang);
    written = figure.unit === 'currency' && lang === 'en' ? `$${lower}–${upper.slice(1)}` : `${lower}–${upper}`;
  }
  const period = withPeriod && figure.period ? (PERIOD_SUFFIX[lang][figure.period] ?? '') : '';
  return `${BOUND_PREFIX[lang][figure.bound]}${written}${period}`;
}

const PERIOD_PHRASE: Record<Lang, Partial<Record<NonNullable<Figure['period']>, string>>> = {
  en: { 'few-years': 'over the next few years', 'ten-years': 'over ten years' },
  vi: { 'few-years': 'trong vài năm tới', 'ten-years': 'trong mười năm' },
};

/** The period of a figure that a short suffix cannot say ("over ten years"), for a number shown on its own. */
export function periodPhrase(figure: Figure, lang: Lang): string | undefined {
  return figure.period ? PERIOD_PHRASE[lang][figure.period] : undefined;
}

/** An axis tick in the panel's display scale ("$4B" / "4 tỷ USD", "50%"). */
export function formatTick(absolute: number, unit: Figure['unit'], scale: Figure['scale'], lang: Lang): string {
  const value = scale ? absolute / SCALE_FACTOR[scale] : absolute;
  if (value === 0) return unit === 'currency' && lang === 'en' ? '$0' : unit === 'percent' ? '0%' : '0';
  return amount(value, scale, unit, lang);
}

/** Round axis steps (1, 2, 2.5, 5 × 10ⁿ) giving at most `maxTicks` intervals up to a maximum at or above `max`. */
export function niceAxis(max: number, maxTicks = 5): { readonly max: number; readonly step: number } {
  if (!(max > 0)) return { max: 1, step: 1 };
  const rough = max / maxTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= rough) ?? 10 * magnitude;
  return { max: Math.ceil(max / step - 1e-9) * step, step };
}

/** The largest word scale among figures (billion beats million), used for a shared axis. */
export function largestScale(figures: readonly Pick<Figure, 'scale'>[]): Figure['scale'] {
  let best: Figure['scale'];
  for (const figure of figures) {
    if (figure.scale && (!best || SCALE_FACTOR[figure.scale] > SCALE_FACTOR[best])) best = figure.scale;
  }
  return best;
}
