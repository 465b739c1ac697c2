// Evaluation on the development question sets with the real knowledge: prints a report and asserts the floors of issue 3,
// and floors on dev-b (near-miss questions and paraphrases in words the knowledge does not use).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import {
  comparisonOutcome,
  ComparisonSetSchema,
  ConversationSetSchema,
  evaluateConversations,
  evaluateQuestions,
  NONE,
  paddedQuestions,
  PaddingSetSchema,
  QuestionSetSchema,
  type EvaluationReport,
  type LabelledQuestion,
} from '../../src/engine/evaluation.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { collapseWhitespace, normalizeForMatch } from '../../src/text/normalize.js';

let kb: KnowledgeBase;
let questions: LabelledQuestion[];
let report: EvaluationReport;
let devBQuestions: LabelledQuestion[];
let devBReport: EvaluationReport;

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

const loadSet = (file: string) =>
  QuestionSetSchema.parse(JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'tests', 'eval', file), 'utf8'))).questions;

/** The report of a set; its misses ("✗" lines) only when `withMisses` (a floor failed). */
function formatReport(name: string, report: EvaluationReport, withMisses: boolean): string {
  const failures = withMisses
    ? report.results.filter((r) => r.outcome !== 'right' && r.outcome !== 'declined-none')
    : [];
  return [
    `${name}: ${report.total} questions (${report.answerable} answerable, ${report.unanswerable} not)`,
    `  answerable answered with the expected fact: ${pct(report.answerableAccuracy)} (${report.right}; ${report.declinedAnswerable} declined, ${report.wrongFact} wrong fact)`,
    `  unanswerable declined: ${pct(report.declineRate)} (${report.declinedNone}/${report.unanswerable})`,
    `  answered but wrong: ${pct(report.wrongRate)} of all`,
    `  reply language right: ${pct(report.langAccuracy)}`,
    `  by style: ${[...report.byStyle].map(([style, s]) => `${style} ${s.ok}/${s.total}`).join(', ')}`,
    ...failures.map(
      (f) =>
        `  ✗ ${f.outcome}: "${f.question.q}" expected ${f.question.expect}, got ${f.reply.factId ?? 'declined'} (${f.reply.confidence})`,
    ),
  ].join('\n');
}

/** Asserts a floor; when it fails, the set's misses are printed (a green run prints only the summaries). */
function floor(name: string, report: EvaluationReport, ok: boolean, what: string): void {
  if (!ok) console.log(formatReport(name, report, true));
  expect(ok, `${name}: ${what}`).toBe(true);
}

beforeAll(() => {
  kb = loadKnowledge(path.join(PROJECT_ROOT, 'knowledge'));
  questions = loadSet('dev-questions.json');
  devBQuestions = loadSet('dev-b-questions.json');
  const engine = createAnswerEngine(kb);
  report = evaluateQuestions((q) => engine.ask(q), questions);
  devBReport = evaluateQuestions((q) => engine.ask(q), devBQuestions);
  console.log(formatReport('dev set', report, false));
  console.log(formatReport('dev-b set', devBReport, false));
  // Seconds on an idle machine; generous for a busy 2-core one (the eval floors, not the time, are under test).
}, 120_000);

describe('evaluation on the development questions', () => {
  it('the set is big and varied enough to mean something', () => {
    expect(questions.length).toBeGreaterThanOrEqual(250);
    expect(questions.filter((q) => q.expect === NONE).length).toBeGreaterThanOrEqual(40);
    for (const q of questions) if (q.expect !== NONE) expect(kb.factsById.has(q.expect), q.expect).toBe(true);
  });

  it('answers ≥ 95% of answerable questions with the expected fact', () => {
    floor('dev set', report, report.answerableAccuracy >= 0.95, 'answerable accuracy');
  });

  it('declines ≥ 90% of the questions the article cannot answer', () => {
    floor('dev set', report, report.declineRate >= 0.9, 'decline rate');
  });

  it('answers wrongly (wrong fact, or answers an unanswerable question) ≤ 3% of all questions', () => {
    floor('dev set', report, report.wrongRate <= 0.03, 'wrong rate');
  });

  it('replies in the asker language ≥ 95% of the time', () => {
    expect(report.langAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('every quote it cites is verbatim in the article and in the paragraph it names', () => {
    const article = collapseWhitespace(kb.articleText);
    for (const { reply } of report.results) {
      for (const source of reply.sources) {
        const quote = collapseWhitespace(source.quote);
        expect(article.includes(quote), quote).toBe(true);
        const paragraph = kb.paragraphs.find((p) => p.number === source.paragraph);
        expect(paragraph && collapseWhitespace(paragraph.text).includes(quote), `¶${source.paragraph}: ${quote}`).toBe(
          true,
        );
      }
    }
  });

  it('no development question is a copy of a knowledge paraphrase (after normalisation)', () => {
    const paraphrases = new Set(
      kb.facts.flatMap((f) => [...f.questions.en, ...f.questions.vi]).map((q) => normalizeForMatch(q)),
    );
    const copies = questions.filter((q) => paraphrases.has(normalizeForMatch(q.q))).map((q) => q.q);
    expect(copies).toEqual([]);
  });
});

// Floors: dev-b does not fall below what the engine reached before issue 9 (68.2% right, 80.0% declined, 11.8% wrong);
// after it: 68.2% right, 85.5% declined, 8.2% wrong; after the typo, vocabulary and near-miss fixes: 70.0% right, 89.1%
// declined, 6.4% wrong; after the idiom and slang lexicon: 79.1% right; with descriptions as aliases: 80.0%; with the
// CEO, product-name, funding-round, interest-rate and acquisition-price near misses: 96.4% declined, 2.7% wrong; with
// more colloquial words: 82.7% right; with numbers inside names ("mag 7") not read as asked: 83.6% right; with everyday
// words for the glossary's concepts, lexicon words that are no names ("49ers"), a sum asked "in dollars", the investments,
// stock-tip and line-of-business near misses, a close runner-up that gives the attribute asked, and descriptive
// aliases: 95.5% right, 100% declined, 0.9% wrong. Issue 9's targets (≥ 90% right, ≥ 90% declined) are both reached.
describe('evaluation on dev-b: near misses and paraphrases in unusual words', () => {
  it('has near misses and answerable paraphrases, each answerable one naming a known fact', () => {
    expect(devBQuestions.filter((q) => q.expect === NONE).length).toBeGreaterThanOrEqual(100);
    expect(devBQuestions.filter((q) => q.expect !== NONE).length).toBeGreaterThanOrEqual(100);
    for (const q of devBQuestions) if (q.expect !== NONE) expect(kb.factsById.has(q.expect), q.expect).toBe(true);
  });

  it('declines ≥ 96% of the near misses (a named entity, something the article does not say about it)', () => {
    floor('dev-b set', devBReport, devBReport.declineRate >= 0.96, 'decline rate');
  });

  it('answers ≥ 90% of the paraphrases with the expected fact', () => {
    floor('dev-b set', devBReport, devBReport.answerableAccuracy >= 0.9, 'answerable accuracy');
  });

  it('answers wrongly ≤ 3% of all dev-b questions', () => {
    floor('dev-b set', devBReport, devBReport.wrongRate <= 0.03, 'wrong rate');
  });

  it('replies in the asker language ≥ 95% of the time', () => {
    expect(devBReport.langAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('no dev-b question is a copy of a knowledge paraphrase (after normalisation)', () => {
    const paraphrases = new Set(
      kb.facts.flatMap((f) => [...f.questions.en, ...f.questions.vi]).map((q) => normalizeForMatch(q)),
    );
    expect(devBQuestions.filter((q) => paraphrases.has(normalizeForMatch(q.q))).map((q) => q.q)).toEqual([]);
  });
});

// dev-c: answerable questions in fresh wording (paraphrases, synonyms, people by role, chatty, typos, fragments,
// Vietnamese without diacritics), written by someone who never saw the held-out sets, before any tuning on them:
// 79.2% right and 3.3% wrong before; 99.2% right and none wrong after the vocabulary, idiom and rule fixes.
describe('evaluation on dev-c: answerable questions in fresh wording', () => {
  let devC: LabelledQuestion[];
  let devCReport: EvaluationReport;
  beforeAll(() => {
    devC = loadSet('dev-c-questions.json');
    const engine = createAnswerEngine(kb);
    devCReport = evaluateQuestions((q) => engine.ask(q), devC);
    console.log(formatReport('dev-c set', devCReport, false));
  }, 120_000);

  it('is answerable throughout, each question naming a known fact, none a copy of a knowledge paraphrase', () => {
    expect(devC.length).toBeGreaterThanOrEqual(100);
    for (const q of devC) expect(kb.factsById.has(q.expect), q.expect).toBe(true);
    const paraphrases = new Set(
      kb.facts.flatMap((f) => [...f.questions.en, ...f.questions.vi]).map((q) => normalizeForMatch(q)),
    );
    expect(devC.filter((q) => paraphrases.has(normalizeForMatch(q.q))).map((q) => q.q)).toEqual([]);
  });

  it('answers ≥ 95% with the expected fact and ≤ 1% wrongly', () => {
    floor('dev-c set', devCReport, devCReport.answerableAccuracy >= 0.95, 'answerable accuracy');
    floor('dev-c set', devCReport, devCReport.wrongRate <= 0.01, 'wrong rate');
  });
});

// dev-d: issue 9's categories again, written blind (never run against the bot before it was committed). As written:
// intents 13/24 (54%), yes/no 15/24 (4 wrong), chatty and multi-question 12/24; after the first fixes (2026-12-07):
// 24/24, 18/24 (1 wrong), 18/24; after the second (wt-f, wt-g, wt-h, merged that night): 24/24, 24/24, 23/24, no wrong.
// Floors at issue 9's 95%.
describe('evaluation on dev-d: intents, yes/no and chatty messages in blind wording', () => {
  const floors = { 'dev-d-intents': 0.95, 'dev-d-yes-no': 0.95, 'dev-d-chatty': 0.95 } as const;
  for (const [name, least] of Object.entries(floors)) {
    it(`${name}: ≥ ${least * 100}% right (declined where the article does not say), ≤ 5% wrong`, () => {
      const set = loadSet(`${name}.json`);
      const engine = createAnswerEngine(kb);
      const setReport = evaluateQuestions((q) => engine.ask(q), set);
      const ok = (setReport.right + setReport.declinedNone) / setReport.total;
      floor(name, setReport, ok >= least, 'right or declined');
      floor(name, setReport, setReport.wrongRate <= 0.05, 'wrong rate');
    }, 120_000);
  }
});

// Issue 9's categories (development sets; the held-out ones are only reported, by tests/eval/score.ts).
const CATEGORIES = ['dev-near-miss', 'dev-chatty', 'dev-intents', 'dev-yes-no'] as const;

describe('evaluation on the issue 9 categories: near misses, chatty and multi-question, intents, yes/no', () => {
  const reports = new Map<string, EvaluationReport>();
  beforeAll(() => {
    const engine = createAnswerEngine(kb);
    for (const name of CATEGORIES) {
      const set = loadSet(`${name}.json`);
      reports.set(
        name,
        evaluateQuestions((q) => engine.ask(q), set),
      );
      console.log(formatReport(name, reports.get(name) as EvaluationReport, false));
    }
  }, 120_000);

  it.each(CATEGORIES)('%s: ≥ 95% right (declined, for near misses; the right kind, verdict or parts)', (name) => {
    const r = reports.get(name) as EvaluationReport;
    floor(name, r, (r.right + r.declinedNone) / r.total >= 0.95, 'category accuracy');
  });

  it('every quote cited in these replies (parts and nearest facts too) is verbatim in its paragraph', () => {
    const article = collapseWhitespace(kb.articleText);
    for (const r of reports.values())
      for (const { reply } of r.results) {
        const sources = [
          ...reply.sources,
          ...(reply.parts ?? []).flatMap((p) => p.sources),
          ...(reply.nearest ? [reply.nearest.source] : []),
        ];
        for (const source of sources) {
          const quote = collapseWhitespace(source.quote);
          expect(article.includes(quote), quote).toBe(true);
          const paragraph = kb.paragraphs.find((p) => p.number === source.paragraph);
          expect(paragraph && collapseWhitespace(paragraph.text).includes(quote)).toBe(true);
        }
      }
  });

  // Issue 9's target is ≤ 2% wrong across every set. On the development sets (dev, dev-b and these four) it was 3.4%
  // (31 of 920) and is 1.8% (17 of 920) since the typo, vocabulary, near-miss and idiom work of 2026-12-06. The sealed
  // held-out sets, reported and never tuned on, are at 4.2% (9 of 212): all eleven sets together 2.3%.
  it('answers wrongly ≤ 2% of all development questions together', () => {
    const all = [report, devBReport, ...reports.values()];
    const wrong = all.reduce((n, r) => n + r.wrongFact + r.answeredNone, 0);
    const total = all.reduce((n, r) => n + r.total, 0);
    console.log(`all development sets: ${wrong} of ${total} answered wrong (${pct(wrong / total)})`);
    expect(wrong / total).toBeLessThanOrEqual(0.02);
  });

  it('detects the language of ≥ 99.5% of every development question (undetectable ones fall back to English)', () => {
    const engine = createAnswerEngine(kb);
    const all = [...questions, ...devBQuestions, ...CATEGORIES.flatMap((name) => loadSet(`${name}.json`))];
    const misread = all.filter((q) => (engine.detectLanguage(q.q) ?? 'en') !== q.lang);
    console.log(`language detected right: ${all.length - misread.length} of ${all.length} development questions`);
    if (misread.length / all.length > 0.005) console.log(misread.map((q) => `  ✗ ${q.lang}: ${q.q}`).join('\n'));
    expect(misread.length / all.length).toBeLessThanOrEqual(0.005);
  });
});

// Issue 10: comparisons and conversations (development sets; the held-out ones are only reported, by score.ts).
describe('evaluation on the issue 10 sets: comparisons and conversations', () => {
  const load = (file: string): unknown =>
    JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'tests', 'eval', file), 'utf8'));

  it('dev comparisons: ≥ 95% with both sides right and the right relation (compared, different measures, one missing)', () => {
    const engine = createAnswerEngine(kb);
    const questions = ComparisonSetSchema.parse(load('dev-comparisons.json')).questions;
    expect(questions.length).toBeGreaterThanOrEqual(40);
    const misses = questions.filter((q) => !comparisonOutcome(q, engine.ask(q.q)));
    console.log(`dev comparisons: ${questions.length - misses.length} of ${questions.length} right`);
    if (misses.length / questions.length > 0.05) console.log(misses.map((q) => `  ✗ ${q.q}`).join('\n'));
    expect(misses.length / questions.length).toBeLessThanOrEqual(0.05);
  });

  // Issue 10's targets: follow-ups ≥ 95% right; asked alone, none answered wrong. The issue asks for 100% clarified or
  // declined alone; a follow-up whose own words carry the whole question ("tại sao các ông lớn lại sợ?" after "FOMO là
  // gì") is better answered with its right fact than refused, so such a reply counts as not wrong.
  it('dev conversations: follow-ups ≥ 95% right with context; asked alone, clarified, declined or right, never wrong', () => {
    const engine = createAnswerEngine(kb);
    const conversations = ConversationSetSchema.parse(load('dev-conversations.json')).conversations;
    expect(conversations.length).toBeGreaterThanOrEqual(60);
    const r = evaluateConversations((q, conversation) => engine.ask(q, { conversation }), conversations);
    console.log(
      `dev conversations: follow-ups right ${r.followUpsRight}/${r.followUps}; alone clarified or declined ${r.aloneNotAnswered}/${r.followUps}, answered wrong ${r.aloneWrong}; turns answered wrong ${r.wrong}/${r.turns.length}`,
    );
    const failed = r.followUpsRight / r.followUps < 0.95 || r.aloneWrong > 0;
    if (failed)
      console.log(
        r.turns
          .filter((t) => !t.right || (t.alone?.answered === true && t.aloneRight !== true))
          .map((t) => `  ✗ "${t.q}" want ${t.expect} got ${t.reply.factId ?? t.reply.kind}`)
          .join('\n'),
      );
    expect(r.followUpsRight / r.followUps).toBeGreaterThanOrEqual(0.95);
    expect(r.aloneWrong).toBe(0);
  });
});

// Padding: every dev question wrapped in the developer's padding (tests/eval/README.md). Before the padding work 78.0%
// right, 98.4% declined, the same reply as unpadded for 83.3%; with everything merged on 2026-12-07 94.0%, 98.3%, 96.9%.
// The helper's blind padding (padding-blind.json) is only reported by score.ts: 61.5% right before, 88.6% at the end of that night.
describe('evaluation on padded dev questions: padding does not change the answer', () => {
  // padding-l (the lead's second padding, written before the engine ran on it, dev-l round): 93.3% right, 98.4%
  // declined, 1.5% wrong, the same reply for 95.5% as written; 98.0%, 99.4%, 1.3%, 99.6% after its fixes.
  const sets = [
    { name: 'padding-dev', right: 0.92, declined: 0.97, wrong: 0.02, same: 0.95 },
    { name: 'padding-l', right: 0.97, declined: 0.99, wrong: 0.015, same: 0.99 },
    // padding-m (a helper's blind phrases, ninth session, a stand-in for padding-blind): 92.6% right at the session's
    // start, 92.4% after its first fixes (a Vietnamese "đỉnh thật" read as relating to "that"), 93.0% after the fixes it
    // found; 98.2% declined, 1.5% wrong, the same reply 95.1%. Held there: a guard, under the dev paddings' figures.
    { name: 'padding-m', right: 0.929, declined: 0.98, wrong: 0.016, same: 0.95 },
  ] as const;
  for (const set of sets)
    it(`${set.name}: ≥ ${set.right * 100}% right, ≥ ${set.declined * 100}% declined, ≤ ${set.wrong * 100}% wrong, ≥ ${set.same * 100}% the same reply as the question alone`, () => {
      const padding = PaddingSetSchema.parse(
        JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'tests', 'eval', `${set.name}.json`), 'utf8')),
      );
      const engine = createAnswerEngine(kb);
      const alone = new Map(questions.map((q) => [q.q, engine.ask(q.q).factId]));
      const padded = questions.flatMap((q) => paddedQuestions([q], padding).map((p) => ({ p, original: q.q })));
      const r = evaluateQuestions(
        (q) => engine.ask(q),
        padded.map((x) => x.p),
      );
      const same = r.results.filter((x, i) => alone.get(padded[i]?.original ?? '') === x.reply.factId).length;
      console.log(
        `${set.name}: ${r.total} padded questions, right ${pct(r.answerableAccuracy)}, declined ${pct(r.declineRate)}, wrong ${pct(r.wrongRate)}, same reply as alone ${pct(same / r.total)}`,
      );
      floor(set.name, r, r.answerableAccuracy >= set.right, 'right');
      floor(set.name, r, r.declineRate >= set.declined, 'declined');
      floor(set.name, r, r.wrongRate <= set.wrong, 'wrong rate');
      expect(same / r.total, `${set.name}: same reply as the question alone`).toBeGreaterThanOrEqual(set.same);
    }, 120_000);
});

// dev-e: five sets written blind in one sitting (tests/eval/README.md). As written: questions 69/80 right with 20/20
// declined, yes/no 19/30 with 8 wrong, chatty 13/24, intents 14/20, comparisons 20/24 (after four labels were fixed);
// after the fixes merged on 2026-12-07: questions 79/80 right with 20/20 declined, yes/no 30/30,
// chatty 24/24, intents 20/20, comparisons 24/24, no wrong reply. Floors at the issue's 95% (each set ≤ 1 wrong).
describe('evaluation on dev-e and dev-f: blind questions, yes/no, chatty messages, intents and comparisons', () => {
  // dev-f (150 blind answerable questions, the held-out set's seven styles): 144/150 as written, 148/150 after.
  for (const name of [
    'dev-e-questions',
    'dev-e-yes-no',
    'dev-e-chatty',
    'dev-e-intents',
    'dev-f-questions',
    // dev-g (the six blind sets of 2026-12-07 morning, below): the three at issue 9's 95%.
    'dev-g-questions',
    'dev-g-intents',
    'dev-g-chatty',
    // dev-h (the six blind sets of 2026-12-07 afternoon, below): intents at issue 9's 95%.
    'dev-h-intents',
    // dev-i (the blind sets of 2026-12-07 evening, below): questions and intents at issue 9's 95%.
    'dev-i-questions',
    'dev-i-intents',
    // dev-j (the blind sets of 2026-12-07, fourth session, below): questions, chatty and intents at issue 9's 95%.
    'dev-j-questions',
    'dev-j-chatty',
    'dev-j-intents',
    // dev-k (blind intents of 2026-12-07, fifth session): 19/32 as written, 31/32 (0 wrong) after general fixes
    // (tests/eval/README.md). Its yes/no set is held below.
    'dev-k-intents',
    // dev-l (helper l1, blind questions and intents of 2026-12-07, sixth session): questions 90/100 (6 wrong) and
    // intents 27/32 as written, 99/100 (0 wrong) and 32/32 after general fixes (tests/eval/README.md).
    'dev-l-questions',
    'dev-l-intents',
    // dev-m (three helpers, blind sets of 2026-12-08, ninth session): questions 89/100 (6 wrong) and intents 21/32 as
    // written; 95/100 (3 wrong, at most three held below) and 32/32 after general fixes (tests/eval/README.md).
    'dev-m-intents',
  ] as const) {
    it(`${name}: ≥ 95% right (declined where the article does not say), at most one wrong`, () => {
      questionFloor(name, 0.95, 1);
    }, 120_000);
  }

  it('dev-e-comparisons: ≥ 95% with both sides right and the right relation', () => {
    comparisonFloor('dev-e-comparisons.json', 0.05);
  });
});

/** A blind comparison set held at a share of misses (both sides right and the right relation, or a miss). */
function comparisonFloor(file: string, mostMissed: number): void {
  const engine = createAnswerEngine(kb);
  const questions = ComparisonSetSchema.parse(
    JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'tests', 'eval', file), 'utf8')),
  ).questions;
  const misses = questions.filter((q) => !comparisonOutcome(q, engine.ask(q.q)));
  if (misses.length / questions.length > mostMissed) console.log(misses.map((q) => `  ✗ ${q.q}`).join('\n'));
  expect(misses.length / questions.length).toBeLessThanOrEqual(mostMissed);
}

/** A blind conversation set held at a share of turns right and a number of wrong ones; none asked alone answered wrong. */
/** A question set's floor: at least `least` right (or declined where the article does not say), at most `wrong` wrong. */
function questionFloor(name: string, least: number, wrong: number): void {
  const engine = createAnswerEngine(kb);
  const setReport = evaluateQuestions((q) => engine.ask(q), loadSet(`${name}.json`));
  const ok = (setReport.right + setReport.declinedNone) / setReport.total;
  floor(name, setReport, ok >= least, 'right or declined');
  floor(name, setReport, setReport.wrongFact + setReport.answeredNone <= wrong, 'wrong replies');
}

function conversationFloor(file: string, least: number, wrong: number, aloneWrong = 0): void {
  const engine = createAnswerEngine(kb);
  const conversations = ConversationSetSchema.parse(
    JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'tests', 'eval', file), 'utf8')),
  ).conversations;
  const r = evaluateConversations((q, conversation) => engine.ask(q, { conversation }), conversations);
  const right = r.turns.filter((t) => t.right).length;
  if (right / r.turns.length < least || r.wrong > wrong || r.aloneWrong > aloneWrong)
    console.log(
      r.turns
        .filter((t) => !t.right)
        .map((t) => `  ✗ "${t.q}" want ${t.expect} got ${t.reply.factId ?? t.reply.kind}`)
        .join('\n'),
    );
  expect(right / r.turns.length).toBeGreaterThanOrEqual(least);
  expect(r.wrong).toBeLessThanOrEqual(wrong);
  expect(r.aloneWrong).toBeLessThanOrEqual(aloneWrong);
}

// dev-g: six sets written blind on 2026-12-07 by four helpers, each committed before the engine ran on it
// (tests/eval/README.md). As written: questions 133/150 ok, intents 12/44, chatty 32/44, yes/no 26/56 with 22 wrong,
// comparisons 17/36, conversations 42/65 turns with 10 wrong. Questions, intents and chatty (148/150, 44/44, 44/44 after
// general fixes) are held at issue 9's 95% with dev-e and dev-f above; the floors below hold the other three where the
// fixes left them, under the 95% target (yes/no 52/56 with none wrong, comparisons 28/36, conversations 54/65 turns;
// 53/56 and 57/65 turns after the second session, the conversation floor raised to 85%): a
// guard against falling back, not the target met.
describe('evaluation on dev-g: six blind sets of issue 9 and 10 categories', () => {
  it('dev-g-yes-no: ≥ 90% right (verdict included) or declined, at most one wrong (under the 95% target)', () => {
    questionFloor('dev-g-yes-no', 0.9, 1);
  }, 120_000);

  it('dev-g-comparisons: ≥ 75% with both sides right and the right relation (under the 95% target)', () => {
    comparisonFloor('dev-g-comparisons.json', 0.25);
  });

  it('dev-g-conversations: ≥ 85% of turns right, ≤ 2 wrong; a follow-up asked alone is never answered wrong', () => {
    conversationFloor('dev-g-conversations.json', 0.85, 2);
  });
});

// dev-h: six sets written blind on 2026-12-07 (second session) by four helpers, each committed before the engine ran on
// it (tests/eval/README.md). As written: questions 94/120 ok (5 wrong), yes/no 29/48 (10 wrong), comparisons 23/32,
// intents 22/32, chatty 25/44 (13 wrong), conversations 47/74 turns (7 wrong). After general fixes and the merge:
// questions 108/120 (3 wrong), yes/no 40/48 (1 wrong), comparisons 30/32, intents 32/32 (held at 95% above), chatty
// 40/44 (3 wrong), conversations 63/74 turns (3 wrong). The floors hold them where the fixes left them, under the 95%
// target: a guard against falling back, not the target met.
describe('evaluation on dev-h: six more blind sets of issue 9 and 10 categories', () => {
  for (const [name, least, wrong] of [
    ['dev-h-questions', 0.87, 3],
    ['dev-h-yes-no', 0.9, 0],
    ['dev-h-chatty', 0.85, 3],
  ] as const) {
    it(`${name}: ≥ ${least * 100}% right or declined, at most ${wrong} wrong (under the 95% target)`, () => {
      questionFloor(name, least, wrong);
    }, 120_000);
  }

  it('dev-h-comparisons: ≥ 90% with both sides right and the right relation (under the 95% target)', () => {
    comparisonFloor('dev-h-comparisons.json', 0.1);
  });

  it('dev-h-conversations: ≥ 80% of turns right, ≤ 3 wrong; a follow-up asked alone is never answered wrong', () => {
    conversationFloor('dev-h-conversations.json', 0.8, 3);
  });
});

// dev-i: six sets written blind on 2026-12-07 (third session) by three helpers, each committed before the engine ran on
// it (tests/eval/README.md). As written: questions 92/100 (1 wrong), intents 19/32, yes/no 42/56 (9 wrong), chatty 33/44
// (5 wrong), comparisons 13/32, conversations 59/80 turns (10 wrong). After general fixes and the merges: questions
// 97/100 and intents 31/32 (held at 95% above), yes/no 51/56 (1 wrong), chatty 40/44 (2 wrong), comparisons 23/32,
// conversations 76/80 turns (2 wrong, one of them a follow-up answered when asked alone with a fact the label does not
// take). Yes/no, chatty and comparisons are held where the fixes left them, under the 95% target: a guard, not the
// target met.
describe('evaluation on dev-i: blind sets of issue 9 and 10 categories', () => {
  for (const [name, least, wrong] of [
    ['dev-i-yes-no', 0.96, 0],
    ['dev-i-chatty', 0.9, 2],
  ] as const) {
    it(`${name}: ≥ ${least * 100}% right (verdict included) or declined, at most ${wrong} wrong (under the 95% target)`, () => {
      questionFloor(name, least, wrong);
    }, 120_000);
  }

  it('dev-i-comparisons: ≥ 70% with both sides right and the right relation (under the 95% target)', () => {
    comparisonFloor('dev-i-comparisons.json', 0.3);
  });

  it('dev-i-conversations: ≥ 95% of turns right, ≤ 2 wrong, ≤ 1 follow-up answered wrong when asked alone', () => {
    conversationFloor('dev-i-conversations.json', 0.95, 2, 1);
  });
});

// dev-j: six sets written blind on 2026-12-07 (fourth session) by three helpers, each committed before the engine ran on
// it (tests/eval/README.md). As written: questions 91/100 (1 wrong), chatty 30/40 (2 wrong), intents 24/32 (2 wrong),
// yes/no 47/60 (8 wrong), comparisons 11/36, conversations 69/91 turns (6 wrong, 5 follow-ups answered wrong alone).
// After general fixes and the merges: questions 100/100, chatty 38/40 and intents 31/32 (held at 95% above), yes/no 56/60
// (3 wrong), comparisons 25/36, conversations 81/91 turns (5 wrong, 3 alone). The last three are held where the fixes
// left them, under the 95% target: a guard, not the target met.
describe('evaluation on dev-j: blind sets of issue 9 and 10 categories', () => {
  it('dev-j-yes-no: ≥ 95% right (verdict included) or declined, at most 1 wrong', () => {
    questionFloor('dev-j-yes-no', 0.95, 1);
  }, 120_000);

  it('dev-j-comparisons: ≥ 75% with both sides right and the right relation (under the 95% target)', () => {
    comparisonFloor('dev-j-comparisons.json', 0.25);
  });

  it('dev-j-conversations: ≥ 91% of turns right, ≤ 4 wrong, ≤ 2 follow-ups answered wrong when asked alone', () => {
    conversationFloor('dev-j-conversations.json', 0.91, 4, 2);
  });
});

// dev-k (helper k3): questions and chatty messages written blind on 2026-12-07 (fifth session), committed before the
// engine ran on them (tests/eval/README.md). As written: questions 85/100 (6 wrong), chatty 32/40 (2 wrong). After
// general fixes: questions 91/100 (4 wrong), chatty 36/40 (2 wrong). Held where the fixes left them, under the 95%
// target: a guard, not the target met.
describe('evaluation on dev-k: blind questions and chatty messages', () => {
  it('dev-k-questions: ≥ 96% right or declined, none wrong', () => {
    questionFloor('dev-k-questions', 0.96, 0);
  }, 120_000);

  it('dev-k-chatty: ≥ 87.5% right, at most 2 wrong (under the 95% target)', () => {
    questionFloor('dev-k-chatty', 0.875, 2);
  }, 120_000);
});

// dev-k yes/no (helper k1): 47/60 as written (7 wrong), 57/60 (1 wrong) after its fixes; 56/60 (2 wrong) once merged
// with the comparison rules of helper k2, which answer "was amazon spending more on ai than google?" (labelled
// unknown) as a comparison that says the article does not give Amazon's spending. A guard, under the 95% target.
describe('evaluation on dev-k: blind yes/no', () => {
  it('dev-k-yes-no: ≥ 95% right (verdict included) or declined, at most 1 wrong', () => {
    questionFloor('dev-k-yes-no', 0.95, 1);
  }, 120_000);
});

// dev-k: comparisons and conversations written blind on 2026-12-07 (fifth session) by helper k2, committed before the
// engine ran on them (tests/eval/README.md). As written: comparisons 24/36, conversations 82/97 turns (7 wrong, 3
// follow-ups answered wrong alone). After general fixes: comparisons 29/36, conversations 91/97 turns (4 wrong, none
// alone). Held where the fixes left them, under the 95% target: a guard, not the target met.
describe('evaluation on dev-k: blind comparisons and conversations', () => {
  it('dev-k-comparisons: ≥ 83% with both sides right and the right relation (under the 95% target)', () => {
    comparisonFloor('dev-k-comparisons.json', 0.17);
  });

  it('dev-k-conversations: ≥ 93% of turns right, ≤ 4 wrong, no follow-up answered wrong when asked alone', () => {
    conversationFloor('dev-k-conversations.json', 0.93, 4, 0);
  });
});

// dev-l (helper l2): yes/no and chatty messages written blind on 2026-12-07 (sixth session), committed before the engine
// ran on them (tests/eval/README.md). As written: yes/no 36/60 (15 wrong), chatty 36/40 (2 wrong). After general fixes:
// yes/no 48/60 (7 wrong), chatty 37/40 (2 wrong); after the eighth session's (unknown verdicts declined, one actor's
// part given another, names in an organisation's slot, "the only one", chat tags): yes/no 53/60 (2 wrong). Held where
// the fixes left them, under the 95% target: a guard.
//
// The eighth session's fixes also raised the floors of dev-h, dev-i, dev-j and dev-k yes/no (44/48, 54/56, 58/60,
// 57/60), dev-k questions (96/100, none wrong), dev-j and dev-k comparisons (27/36, 30/36: a share asked) and dev-j and
// dev-l conversations (83/91, 95/103 turns).
describe('evaluation on dev-l: blind yes/no and chatty messages', () => {
  it('dev-l-yes-no: ≥ 88% right (verdict included) or declined, at most 2 wrong (under the 95% target)', () => {
    questionFloor('dev-l-yes-no', 0.88, 2);
  }, 120_000);

  it('dev-l-chatty: ≥ 92.5% right, at most 2 wrong (under the 95% target)', () => {
    questionFloor('dev-l-chatty', 0.925, 2);
  }, 120_000);
});

// dev-l: comparisons and conversations written blind on 2026-12-07 by helper l3, committed before the engine ran on
// them (tests/eval/README.md). As written: comparisons 25/36, conversations 75/103 turns (15 wrong, 9 follow-ups
// answered wrong alone). After general fixes: comparisons 34/36, conversations 94/103 turns (4 wrong, 1 alone). Held
// where the fixes left them, under the 95% target: a guard, not the target met.
describe('evaluation on dev-l: blind comparisons and conversations', () => {
  it('dev-l-comparisons: ≥ 94% with both sides right and the right relation (under the 95% target)', () => {
    comparisonFloor('dev-l-comparisons.json', 0.06);
  });

  it('dev-l-conversations: ≥ 92% of turns right, ≤ 3 wrong, ≤ 1 follow-up answered wrong when asked alone', () => {
    conversationFloor('dev-l-conversations.json', 0.92, 3, 1);
  });
});

// dev-m: six sets written blind on 2026-12-08 (ninth session) by three helpers who saw only the article, the notes and
// the fact ids with their answer text, committed before the engine ran on them (tests/eval/README.md). As written:
// questions 89/100 (6 wrong), yes/no 55/60 (3 wrong), chatty 31/40 (4 wrong), intents 21/32, comparisons 25/36,
// conversations 69/96 turns (9 wrong). After the session's general fixes: 95/100 (3 wrong), 58/60 (0 wrong), 37/40
// (1 wrong; 38/40 once "at least" named no topic), 32/32, 26/36, 78/96 (7 wrong, 2 follow-ups answered wrong alone). Held where the fixes left them; those
// under the 95% target are a guard, not the target met.
describe('evaluation on dev-m: six blind sets', () => {
  it('dev-m-questions: ≥ 95% right or declined, at most 3 wrong', () => {
    questionFloor('dev-m-questions', 0.95, 3);
  }, 120_000);

  it('dev-m-yes-no: ≥ 95% right (verdict included) or declined, none wrong', () => {
    questionFloor('dev-m-yes-no', 0.95, 0);
  }, 120_000);

  it('dev-m-chatty: ≥ 95% right, at most 1 wrong', () => {
    questionFloor('dev-m-chatty', 0.95, 1);
  }, 120_000);

  it('dev-m-comparisons: ≥ 72% with both sides right and the right relation (under the 95% target)', () => {
    comparisonFloor('dev-m-comparisons.json', 0.28);
  });

  it('dev-m-conversations: ≥ 81% of turns right, ≤ 7 wrong, ≤ 2 follow-ups answered wrong alone (under the target)', () => {
    conversationFloor('dev-m-conversations.json', 0.81, 7, 2);
  });
});
