// `npx tsx tests/eval/score.ts [--misses] [set…]`: scores the engine on the eval sets and prints one line per set
// (misses only for dev sets, and only with --misses: the held-out sets are reported, never inspected).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { evaluateQuestions, QuestionSetSchema } from '../../src/engine/evaluation.js';
import { createAnswerEngine } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const ALL = [
  'dev-questions',
  'dev-b-questions',
  'holdout-questions',
  'dev-near-miss',
  'dev-chatty',
  'dev-intents',
  'dev-yes-no',
  'holdout-near-miss',
  'holdout-chatty',
  'holdout-intents',
  'holdout-yes-no',
];
const args = process.argv.slice(2);
const misses = args.includes('--misses');
const sets = args.filter((a) => !a.startsWith('--'));
const engine = createAnswerEngine(loadKnowledge(path.join(PROJECT_ROOT, 'knowledge')));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
for (const name of sets.length > 0 ? sets : ALL) {
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
