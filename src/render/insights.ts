// Renders /insights: the counts, the knowledge version, and the lists (unanswered groups, most 👎) in pages.
import type { APIEmbed } from 'discord.js';
import type { InsightReport } from '../insights/report.js';
import type { KnowledgeBase } from '../knowledge/schema.js';
import { DISCORD_LIMITS } from './limits.js';
import { packPages, pageAt } from './pages.js';
import { EMBED_COLOR, UI } from './strings.js';
import type { Lang } from '../text/lang.js';
import type { OutgoingMessage } from './message.js';
import { truncate } from '../text/truncate.js';

/** The list part of a page stays short enough to read at a glance. */
const LIST_MAX_CHARS = 1800;
const LIST_MAX_ITEMS = 8;
const QUESTION_MAX = 120;

export interface InsightsView {
  readonly lang: Lang;
  /** The knowledge answering now. */
  readonly knowledge?: { readonly hash: string; readonly loadedAt: number } | undefined;
  /** false when the store is down (questions are not being recorded). */
  readonly recording: boolean;
}

const percent = (part: number, total: number) => (total === 0 ? '0%' : `${Math.round((part / total) * 100)}%`);

function formatUtc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

const quoted = (question: string) => `“${truncate(question.replace(/\s+/g, ' '), QUESTION_MAX)}”`;

/** A fact as a moderator recognises it: its first question in the language, its paragraph and id. */
function factLabel(kb: KnowledgeBase, factId: string | null, lang: Lang): string {
  if (!factId) return '–';
  const fact = kb.factsById.get(factId);
  if (!fact) return `\`${factId}\``;
  const question = fact.questions[lang][0] ?? fact.questions.en[0] ?? factId;
  return `${truncate(question, 80)} (¶${fact.paragraph}, \`${factId}\`)`;
}

/** Every list line of the report, section headings included, in order. */
function listItems(kb: KnowledgeBase, report: InsightReport, lang: Lang): string[] {
  const ui = UI[lang].insights;
  const unanswered =
    report.unanswered.length === 0
      ? [`**${ui.unansweredTitle}**\n${ui.none}`]
      : report.unanswered.map((group, i) => {
          const heading = i === 0 ? `**${ui.unansweredTitle}**\n` : '';
          const examples = group.examples.slice(0, 3).map(quoted).join(' · ');
          return `${heading}**${i + 1}.** ×${group.count} [${group.languages.join('/')}] ${examples}\n↳ ${ui.nearest}: ${factLabel(kb, group.nearestFactId, lang)}`;
        });
  const disliked =
    report.disliked.length === 0
      ? [`**${ui.dislikedTitle}**\n${ui.none}`]
      : report.disliked.map((vote, i) => {
          const heading = i === 0 ? `**${ui.dislikedTitle}**\n` : '';
          return `${heading}${ui.votes(vote.down, vote.up)} — ${factLabel(kb, vote.factId, lang)}\n↳ ${ui.example} ${quoted(vote.example)}`;
        });
  return [...unanswered, ...disliked];
}

function knowledgeFooter(report: InsightReport, view: InsightsView): string {
  const ui = UI[view.lang].insights;
  const now = view.knowledge ? ui.knowledge(view.knowledge.hash, formatUtc(view.knowledge.loadedAt)) : '';
  const used = (report.knowledge ?? []).map((k) => `${k.hash} ×${k.questions}`).join(', ');
  return [now, used && `${ui.answeredBy}: ${used}`].filter(Boolean).join(' · ');
}

function overviewEmbed(report: InsightReport, view: InsightsView): APIEmbed {
  const ui = UI[view.lang].insights;
  const { total, byOutcome } = report;
  const summary =
    total === 0
      ? ui.noQuestions(report.days)
      : ui.summary(
          total,
          `${byOutcome.answered} (${percent(byOutcome.answered, total)})`,
          `${byOutcome.declined} (${percent(byOutcome.declined, total)})`,
          `${byOutcome.clarified} (${percent(byOutcome.clarified, total)})`,
        );
  const languages = Object.entries(report.byLang)
    .sort((a, b) => b[1] - a[1])
    .map(([code, count]) => `${UI[view.lang].languageName(code)} ${count}`)
    .join(' · ');
  const footer = knowledgeFooter(report, view);
  return {
    color: EMBED_COLOR,
    title: ui.title(report.days),
    description: [summary, ...(view.recording ? [] : [ui.notRecording])].join('\n\n'),
    ...(languages ? { fields: [{ name: ui.languages, value: languages }] } : {}),
    ...(footer ? { footer: { text: truncate(footer, DISCORD_LIMITS.footer) } } : {}),
  };
}

/** The pages of the lists: as many items as fit LIST_MAX_CHARS and LIST_MAX_ITEMS. */
function insightsPages(kb: KnowledgeBase, report: InsightReport, lang: Lang): string[][] {
  return packPages(
    listItems(kb, report, lang),
    (page) => page.length <= LIST_MAX_ITEMS && page.join('\n\n').length <= LIST_MAX_CHARS,
  );
}

/** One page of /insights (0-based, clamped): the overview, then this page's part of the lists. */
export function renderInsights(
  kb: KnowledgeBase,
  report: InsightReport,
  view: InsightsView,
  requested = 0,
): { readonly message: OutgoingMessage; readonly pageCount: number; readonly page: number } {
  const pages = insightsPages(kb, report, view.lang);
  const { items, page } = pageAt(pages, requested);
  const list: APIEmbed = {
    color: EMBED_COLOR,
    description: truncate(items.join('\n\n'), DISCORD_LIMITS.embedDescription),
  };
  return { message: { embeds: [overviewEmbed(report, view), list] }, pageCount: pages.length, page };
}
