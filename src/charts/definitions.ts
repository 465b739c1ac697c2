// Which charts exist and how their figures are laid out; the numbers themselves always come from knowledge/facts.json.
import type { Bilingual } from '../knowledge/schema.js';

/** How a bar is coloured when colour carries meaning (a loss, a cost, a gain); otherwise bars take the palette in order. */
export type Tone = 'loss' | 'cost' | 'gain';

export interface ChartDefinition {
  /** Stable id: the /chart option value and the PNG's file name. */
  readonly id: string;
  readonly title: Bilingual;
  /** What the numbers are (whose estimate, which year); the paragraphs are appended. */
  readonly subtitle?: Bilingual;
  /** Figure series (Figure.series) shown, in this order: every figure of these series is drawn. */
  readonly series: readonly string[];
  /** Facts whose figures are a threshold drawn as a line across their panel, not as a bar. */
  readonly references?: readonly string[];
  /** Facts whose figures are off the panel's scale and shown as a callout under it. */
  readonly notes?: readonly string[];
  /** A fact whose figure is the sum of other facts' figures: drawn as their stacked segments when they add up. */
  readonly breakdown?: { readonly total: string; readonly parts: readonly string[] };
  readonly tones?: Readonly<Record<string, Tone>>;
}

export const CHART_DEFINITIONS: readonly ChartDefinition[] = [
  {
    id: 'openai-2024',
    title: { en: "OpenAI's costs this year vs its expected loss", vi: 'Chi phí năm nay của OpenAI so với khoản lỗ dự kiến' },
    subtitle: { en: 'Estimates reported by The Information', vi: 'Ước tính do The Information đưa ra' },
    series: ['openai-2024'],
    breakdown: {
      total: 'openai-operating-costs',
      parts: ['openai-inference-cost', 'openai-training-cost', 'openai-labour-cost'],
    },
    tones: { 'openai-loss-5b': 'loss' },
  },
  {
    id: 'ai-spend-vs-revenue',
    title: { en: "Big tech's AI spending vs its AI revenue", vi: 'Chi tiêu cho AI và doanh thu từ AI của Big Tech' },
    subtitle: {
      en: "Wall Street analysts' forecast for big tech, and David Cahn's (Sequoia) estimate",
      vi: 'Dự báo của giới phân tích Phố Wall và ước tính của David Cahn (Sequoia)',
    },
    series: ['ai-spend-vs-revenue'],
    notes: ['cahn-600b-revenue'],
    tones: { 'bigtech-ai-spend-60b': 'cost', 'bigtech-ai-revenue-20b': 'gain' },
  },
  {
    id: 'nvidia-market-share',
    title: { en: "Nvidia's share of the AI chip market", vi: 'Thị phần chip AI của Nvidia' },
    subtitle: { en: 'With Peter Norvig’s rule of thumb on market share', vi: 'Cùng ngưỡng thị phần theo nhận định của Peter Norvig' },
    series: ['nvidia-market-share'],
    references: ['norvig-50-percent'],
  },
  {
    id: 'cisco-2000',
    title: { en: 'Cisco at the dot-com peak beside Nvidia today', vi: 'Cisco thời đỉnh cao Internet bên cạnh Nvidia hôm nay' },
    subtitle: { en: 'Market value and market shares', vi: 'Giá trị vốn hóa và thị phần' },
    series: ['cisco-2000', 'nvidia-market-share'],
    references: ['norvig-50-percent'],
  },
  {
    id: 'goldman-forecasts',
    title: { en: "Goldman Sachs's AI forecasts", vi: 'Các dự báo về AI của Goldman Sachs' },
    subtitle: {
      en: 'Infrastructure spending (Jim Covello) and an earlier Goldman report',
      vi: 'Đầu tư hạ tầng (Jim Covello) và một báo cáo trước đó của Goldman',
    },
    series: ['goldman-forecasts'],
  },
];
