// Turns a chart into a Discord message (PNG attachment + captioned embed) and says which charts exist when none matches.
import type { APIEmbed } from 'discord.js';
import { renderChartPng } from './render.js';
import { buildChartSpec, type ChartSpec } from './spec.js';
import { chartForSubject, listCharts, type ChartCatalogue } from './catalogue.js';
import type { Lang } from '../text/lang.js';
import type { OutgoingMessage } from '../render/message.js';
import { truncate } from '../text/truncate.js';
import { paragraphRefs } from '../render/citation.js';

const EMBED_COLOR = 0x5aa2ff;
/** Discord's limit for an attachment's description (alt text). */
const ALT_TEXT_MAX = 1024;

const TEXT: Record<Lang, { noMatch: (query: string) => string; available: string; noCharts: string }> = {
  en: {
    noMatch: (query) => `No chart matches “${query}”.`,
    available: 'Charts you can ask for:',
    noCharts: 'This article has no charts.',
  },
  vi: {
    noMatch: (query) => `Không có biểu đồ nào khớp với “${query}”.`,
    available: 'Các biểu đồ có thể xem:',
    noCharts: 'Bài viết này không có biểu đồ nào.',
  },
};

/** The attachment's file name: stable per chart and language, so the embed can point at it. */
function chartFileName(spec: Pick<ChartSpec, 'id' | 'lang'>): string {
  return `${spec.id}-${spec.lang}.png`;
}

/** The embed's caption: every number on the chart with the paragraph it comes from. */
function chartCaption(spec: ChartSpec): string {
  // When colours stand for subjects, the caption names them, since it has no colours.
  const bySubject = spec.legend.length > 0;
  return spec.values
    .map(
      (value) =>
        `• ${bySubject ? `${value.subjectName} — ` : ''}${value.label}: **${value.text}** (¶${value.paragraph})`,
    )
    .join('\n');
}

/** The reply for a chart: the PNG in `files`, an embed showing it (attachment://…) and citing its paragraphs. */
export function chartMessage(spec: ChartSpec, png: Buffer): OutgoingMessage {
  const name = chartFileName(spec);
  const embed: APIEmbed = {
    title: spec.title,
    description: chartCaption(spec),
    color: EMBED_COLOR,
    image: { url: `attachment://${name}` },
    footer: { text: `${spec.source} · ${paragraphRefs(spec.paragraphs)}` },
  };
  return { embeds: [embed], files: [{ name, data: png, description: truncate(spec.description, ALT_TEXT_MAX) }] };
}

/** What to tell a user whose subject matches no chart: the charts that exist, in their language. */
export function unknownChartText(catalogue: ChartCatalogue, query: string, lang: Lang): string {
  const charts = listCharts(catalogue);
  if (charts.length === 0) return TEXT[lang].noCharts;
  const lines = charts.map((chart) => `• \`${chart.id}\` — ${chart.title[lang]}`);
  return [TEXT[lang].noMatch(truncate(query, 100)), TEXT[lang].available, ...lines].join('\n');
}

/** The chart's spec and PNG; rendering is deterministic, so each (chart, language) is drawn once per catalogue. */
export function chartImage(
  charts: ChartCatalogue,
  chartId: string,
  lang: Lang,
): { readonly spec: ChartSpec; readonly png: Buffer } {
  const key = `${chartId}:${lang}` as const;
  let entry = charts.images.get(key);
  if (!entry) {
    const spec = buildChartSpec(charts, chartId, lang);
    entry = { spec, png: renderChartPng(spec) };
    charts.images.set(key, entry);
  }
  return entry;
}

/**
 * The chart image for an entity, ready to attach to another reply (/figure): put `file` in the message's
 * `files` and `imageUrl` in an embed's `image.url`. Undefined when no chart is about the entity.
 */
export function chartAttachmentFor(
  charts: ChartCatalogue,
  entityId: string,
  lang: Lang,
):
  | {
      readonly chartId: string;
      readonly file: NonNullable<OutgoingMessage['files']>[number];
      readonly imageUrl: string;
    }
  | undefined {
  const chartId = chartForSubject(charts, entityId);
  if (!chartId) return undefined;
  const { spec, png } = chartImage(charts, chartId, lang);
  const name = chartFileName(spec);
  return {
    chartId,
    file: { name, data: png, description: truncate(spec.description, ALT_TEXT_MAX) },
    imageUrl: `attachment://${name}`,
  };
}
