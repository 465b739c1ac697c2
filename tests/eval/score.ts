// `npx tsx tests/eval/score.ts [--misses] [--dev] [set…]`: scores the engine on the eval sets and prints one line per
// set (misses only for dev sets, and only with --misses: the held-out sets are reported, never inspected). `--dev`
// scores the development sets alone, for work that must not see the held-out figures while it tunes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import {
  comparisonOutcome,
  ComparisonSetSchema,
  ConversationSetSchema,
  evaluateConversations,
  evaluateQuestions,
  paddedQuestions,
  PaddingSetSchema,
  QuestionSetSchema,
} from '../../src/engine/evaluation.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const ALL = [
  'dev-questions',
  'dev-b-questions',
  'dev-c-questions',
  'holdout-questions',
  'dev-near-miss',
  'dev-chatty',
  'dev-intents',
  'dev-yes-no',
  'dev-d-intents',
  'dev-d-yes-no',
  'dev-d-chatty',
  'dev-e-questions',
  'dev-f-questions',
  'dev-g-questions',
  'dev-h-questions',
  'dev-i-questions',
  'dev-j-questions',
  'dev-k-questions',
  'dev-e-yes-no',
  'dev-g-yes-no',
  'dev-h-yes-no',
  'dev-i-yes-no',
  'dev-j-yes-no',
  'dev-k-yes-no',
  'dev-e-chatty',
  'dev-e-intents',
  'dev-g-intents',
  'dev-g-chatty',
  'dev-h-intents',
  'dev-h-chatty',
  'dev-i-intents',
  'dev-j-intents',
  'dev-k-intents',
  'dev-i-chatty',
  'dev-j-chatty',
  'dev-k-chatty',
  'dev-l-yes-no',
  'dev-l-chatty',
  'holdout-near-miss',
  'holdout-chatty',
  'holdout-intents',
  'holdout-yes-no',
  'dev-l-questions',
  'dev-l-intents',
  'dev-m-questions',
  'dev-m-yes-no',
  'dev-m-chatty',
  'dev-m-intents',
];
const args = process.argv.slice(2);
const misses = args.includes('--misses');
const devOnly = args.includes('--dev');
const sets = args.filter((a) => !a.startsWith('--'));
const include = (name: string) => (!devOnly || name.startsWith('dev')) && (sets.length === 0 || sets.includes(name));
const COMPARISON_SETS = [
  'dev-comparisons',
  'dev-e-comparisons',
  'dev-g-comparisons',
  'dev-h-comparisons',
  'dev-i-comparisons',
  'dev-j-comparisons',
  'dev-k-comparisons',
  'dev-l-comparisons',
  'dev-m-comparisons',
  'holdout-comparisons',
];
const CONVERSATION_SETS = [
  'dev-conversations',
  'dev-g-conversations',
  'dev-h-conversations',
  'dev-i-conversations',
  'dev-j-conversations',
  'dev-k-conversations',
  'dev-l-conversations',
  'dev-m-conversations',
  'holdout-conversations',
];
// The dev questions wrapped in padding: padding-dev, padding-l and padding-m are tuned on, padding-blind (written blind)
// is only reported.
const PADDING_SETS = ['padding-dev', 'padding-l', 'padding-m', 'padding-blind'];
const DEV_PADDING_SETS: ReadonlySet<string> = new Set(['padding-dev', 'padding-l', 'padding-m']);
const engine = createAnswerEngine(loadKnowledge(path.join(PROJECT_ROOT, 'knowledge')));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
for (const name of ALL.filter(include)) {
  const questions = QuestionSetSchema.parse(
    JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'tests', 'eval', `${name}.json`), 'utf8')),
  ).questions;
  const r = evaluateQuestions((q) => engine.ask(q), questions);
  const ok = r.right + r.declinedNone;
  console.log(
    `${name}: ${r.total} | ok ${pct(ok / r.total)} (${ok}) | right ${pct(r.answerableAccuracy)} (${r.right}/${r.answerable}) | declined ${pct(r.declineRate)} (${r.declinedNone}/${r.unanswerable}) | wrong ${pct(r.wrongRate)} (${r.wrongFact + r.answeredNone}) | lang ${pct(r.langAccuracy)}`,
  );
  if (misses && name.startsWith('dev'))
    for (const f of r.results)
      if (f.outcome !== 'right' && f.outcome !== 'declined-none')
        console.log(
          `  ✗ ${f.outcome}: "${f.question.q}" want ${f.question.expect}${f.question.yesno ? '/' + f.question.yesno : ''} got ${f.reply.kind ?? ''} ${f.reply.factId ?? 'declined'} (${f.reply.confidence}) ${f.reply.answer.slice(0, 60)}`,
        );
}

// Issue 10: comparisons and conversations (misses of the dev sets only, with --misses).
for (const name of COMPARISON_SETS.filter(include)) {
  const questions = ComparisonSetSchema.parse(
    JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'tests', 'eval', `${name}.json`), 'utf8')),
  ).questions;
  const results = questions.map((q) => ({ q, reply: engine.ask(q.q), ok: false }));
  for (const r of results) r.ok = comparisonOutcome(r.q, r.reply);
  const ok = results.filter((r) => r.ok).length;
  const wrong = results.filter((r) => !r.ok && r.reply.answered && r.reply.kind !== 'comparison').length;
  console.log(
    `${name}: ${questions.length} | both sides right ${pct(ok / questions.length)} (${ok}) | not a comparison ${wrong}`,
  );
  if (misses && name.startsWith('dev'))
    for (const r of results)
      if (!r.ok)
        console.log(
          `  ✗ "${r.q.q}" want ${JSON.stringify(r.q.sides)} ${r.q.relation} got ${r.reply.kind} ${JSON.stringify(r.reply.parts?.map((p) => p.factId) ?? r.reply.factId)} ${r.reply.answer.split('\n').at(-1)?.slice(0, 90)}`,
        );
}
for (const name of CONVERSATION_SETS.filter(include)) {
  const conversations = ConversationSetSchema.parse(
    JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'tests', 'eval', `${name}.json`), 'utf8')),
  ).conversations;
  const r = evaluateConversations((q, conversation) => engine.ask(q, { conversation }), conversations);
  const turnsRight = r.turns.filter((t) => t.right).length;
  console.log(
    `${name}: ${conversations.length} conversations, ${r.turns.length} turns | all turns right ${pct(turnsRight / r.turns.length)} (${turnsRight}) | follow-ups right ${pct(r.followUpsRight / r.followUps)} (${r.followUpsRight}/${r.followUps}) | follow-ups alone clarified/declined ${pct(r.aloneNotAnswered / r.followUps)} (${r.aloneNotAnswered}), answered wrong ${r.aloneWrong} | wrong ${r.wrong}`,
  );
  if (misses && name.startsWith('dev'))
    for (const t of r.turns)
      if (!t.right || (t.alone?.answered ?? false))
        console.log(
          `  ✗ ${t.followup ? 'F' : ' '} "${t.q}" want ${t.expect} got ${t.reply.kind} ${t.reply.factId ?? 'declined'}${t.alone?.answered ? ` | ALONE answered ${t.alone.factId}` : ''}`,
        );
}

const devQuestions = () =>
  QuestionSetSchema.parse(
    JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'tests', 'eval', 'dev-questions.json'), 'utf8')),
  ).questions;
for (const name of PADDING_SETS.filter(
  (s) => (!devOnly || DEV_PADDING_SETS.has(s)) && (sets.length === 0 || sets.includes(s)),
)) {
  const padding = PaddingSetSchema.parse(
    JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'tests', 'eval', `${name}.json`), 'utf8')),
  );
  const base = devQuestions();
  const unpadded = new Map(base.map((q) => [q.q, engine.ask(q.q).factId]));
  const padded = base.flatMap((q) => paddedQuestions([q], padding).map((p) => ({ ...p, original: q.q })));
  const r = evaluateQuestions((q) => engine.ask(q), padded);
  // The padding changed nothing when the padded question got the fact (or the decline) the question alone gets.
  const same = r.results.filter((x, i) => unpadded.get(padded[i]?.original ?? '') === x.reply.factId);
  console.log(
    `${name} (dev questions, padded): ${r.total} | right ${pct(r.answerableAccuracy)} (${r.right}/${r.answerable}) | declined ${pct(r.declineRate)} (${r.declinedNone}/${r.unanswerable}) | wrong ${pct(r.wrongRate)} (${r.wrongFact + r.answeredNone}) | same reply as unpadded ${pct(same.length / r.total)}`,
  );
  if (misses && DEV_PADDING_SETS.has(name))
    for (const f of r.results)
      if (f.outcome !== 'right' && f.outcome !== 'declined-none')
        console.log(
          `  ✗ ${f.outcome}: "${f.question.q}" want ${f.question.expect} got ${f.reply.factId ?? 'declined'} (${f.reply.confidence})`,
        );
}
