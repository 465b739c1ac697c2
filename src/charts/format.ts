// Chart axes: figures in plain units on a shared axis, round steps and tick labels. The words figures are written
// with (labels, ticks) come from the one figure formatter, src/text/figure-format.ts.
import type { Lang } from '../text/lang.js';
import type { Figure } from '../knowledge/schema.js';
import { formatAmount } from '../text/figure-format.js';

const SCALE_FACTOR: Record<NonNullable<Figure['scale']>, number> = {
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** The figure's value in plain units (5 billion → 5e9), so figures with different scales share one axis. */
export function absoluteValue(figure: Pick<Figure, 'value' | 'scale'>, value = figure.value): number {
  return value * (figure.scale ? SCALE_FACTOR[figure.scale] : 1);
}

/** Which figures can share an axis: same unit, and same currency for money. */
export function measureOf(figure: Pick<Figure, 'unit' | 'currency'>): string {
  return figure.unit === 'currency' ? `currency:${figure.currency ?? 'USD'}` : figure.unit;
}

/** An axis tick in the panel's display scale ("$4B" / "4 tỷ USD", "50%"). */
export function formatTick(absolute: number, unit: Figure['unit'], scale: Figure['scale'], lang: Lang): string {
  const value = scale ? absolute / SCALE_FACTOR[scale] : absolute;
  if (value === 0) return unit === 'currency' && lang === 'en' ? '$0' : unit === 'percent' ? '0%' : '0';
  return formatAmount(value, scale, unit, lang);
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
