// Renders every fact (en and vi), quote, figure subject, summary and the article-wide replies, and checks Discord's limits.
import { describe, expect, test } from 'vitest';
import { loadCommands } from '../../src/interactions/registry.js';
import { renderRelated, renderReply, renderSourceParagraph } from '../../src/render/answer.js';
import { renderSource, renderSummary, renderTopics } from '../../src/render/article.js';
import { renderFigures } from '../../src/render/figures.js';
import { renderHelp } from '../../src/render/help.js';
import { fitMessage, messageLimitProblems } from '../../src/render/limits.js';
import { renderQuotes } from '../../src/render/quotes.js';
import { sharedEngine } from '../commands/support.js';
import { testKnowledge } from '../e2e/harness.js';
import type { Lang } from '../../src/text/lang.js';
import type { OutgoingMessage } from '../../src/render/message.js';

const LANGS: readonly Lang[] = ['en', 'vi'];
const kb = testKnowledge();
const engine = sharedEngine();

/** Within every limit, and nothing was cut: the render already fits, the guard in dispatch changes nothing. */
function expectFits(message: OutgoingMessage, what: string): void {
  expect(messageLimitProblems(message), what).toEqual([]);
  expect(fitMessage(message), `${what} was cut by the guard`).toEqual(message);
}

describe.each(LANGS)('every reply in %s', (lang) => {
  test.each(kb.facts.map((fact) => [fact.id, fact] as const))(
    'fact %s: answer, source paragraph, related',
    (_id, fact) => {
      const reply = engine.answerFact(fact.id, lang);
      expect(reply).toBeDefined();
      if (!reply) return;
      const answer = renderReply(reply, kb, { question: fact.questions[lang][0] });
      expectFits(answer, `answer to ${fact.id}`);
      // The citation is whole: the verbatim quote and its paragraph.
      const source = answer.embeds?.[0]?.fields?.[0];
      expect(source?.name.startsWith(`¶${fact.paragraph} · `)).toBe(true);
      expect(source?.value).toContain(fact.quote);
      if (lang === 'en') expect(source?.value).toContain(fact.quoteEn);

      const paragraph = renderSourceParagraph(kb, fact.id, lang);
      expect(paragraph).toBeDefined();
      if (paragraph) expectFits(paragraph, `source paragraph of ${fact.id}`);
      expect(paragraph?.embeds?.[0]?.description).toContain(
        kb.paragraphs.find((p) => p.number === fact.paragraph)?.text,
      );

      expectFits(renderRelated(kb, reply.related, lang), `related to ${fact.id}`);
    },
  );

  test('every quote, alone and all together', () => {
    for (const quote of kb.quotes) {
      const { message } = renderQuotes(kb, [quote], lang);
      expectFits(message, `quote ${quote.id}`);
      expect(JSON.stringify(message)).toContain(JSON.stringify(quote.text).slice(1, -1));
      expect(JSON.stringify(message)).toContain(JSON.stringify(quote.en).slice(1, -1));
    }
    const all = renderQuotes(kb, engine.findQuotes(''), lang);
    for (let page = 0; page < all.pageCount; page += 1)
      expectFits(renderQuotes(kb, engine.findQuotes(''), lang, { page }).message, `all quotes, page ${page + 1}`);
  });

  test('every figure subject, alone and all together', () => {
    const subjects = engine.figuresBySubject('');
    expect(subjects.length).toBeGreaterThan(0);
    for (const subject of subjects) {
      const { message } = renderFigures(kb, [subject], lang);
      expectFits(message, `figures of ${subject.subject}`);
      expect(message.embeds?.[0]?.description?.split('\n')).toHaveLength(subject.figures.length);
    }
    // Every subject appears once across the overview's pages, each page within the limits.
    const { pageCount } = renderFigures(kb, subjects, lang);
    const names: string[] = [];
    for (let page = 0; page < pageCount; page += 1) {
      const { message } = renderFigures(kb, subjects, lang, { page });
      expectFits(message, `all figures, page ${page + 1}`);
      names.push(...(message.embeds?.[0]?.fields ?? []).map((f) => f.name));
    }
    expect(names).toHaveLength(subjects.filter((s) => s.figures.length > 0).length);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(['short', 'full'] as const)('the %s summary', (length) => {
    const sentences = engine.summary(length, lang);
    const message = renderSummary(kb, sentences, length, lang);
    expectFits(message, `${length} summary`);
    for (const sentence of sentences) expect(message.embeds?.[0]?.description).toContain(sentence.text);
  });

  test('topics, source, help, and a declined question', async () => {
    expectFits(renderTopics(kb, lang), 'topics');
    expectFits(renderSource(kb, lang), 'source');
    const { commands } = await loadCommands();
    const examples = engine.suggestQuestions('', { lang, limit: 5 }).map((c) => c.name);
    expectFits(
      renderHelp(
        kb,
        commands.map((c) => c.data),
        examples,
        lang,
      ),
      'help',
    );
    const declined = engine.ask('zzqx qwerty plonk', { lang });
    expect(declined.answered).toBe(false);
    expectFits(renderReply(declined, kb, { question: 'zzqx qwerty plonk' }), 'declined');
  });
});
