// `npm run fit:confidence`: refits the confidence model's free weights on the two development sets and prints them (writes nothing).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import {
  ANSWER_THRESHOLD,
  CONFIDENCE_FEATURES,
  CONFIDENCE_WEIGHTS,
  confidenceFeatures,
  confidenceLogit,
  type ConfidenceFeature,
  type ConfidenceFeatures,
  type ConfidenceWeights,
} from '../src/engine/confidence.js';
import { NONE, QuestionSetSchema, type LabelledQuestion } from '../src/engine/evaluation.js';
import { createAnswerEngine } from '../src/engine/index.js';
import { loadKnowledge } from '../src/knowledge/load.js';

// The held-out set is never read here: the weights must not have seen it.
const SETS = ['dev-questions.json', 'dev-b-questions.json'] as const;
type SetName = (typeof SETS)[number];

/**
 * Kept at their committed values rather than fitted (see the comment on CONFIDENCE_WEIGHTS): the mismatches are
 * logical contradictions, the unknown-word weights come from the first fit, and paraphrase adds nothing.
 */
const FIXED: ReadonlySet<ConfidenceFeature> = new Set([
  'paraphrase',
  'unknownWord',
  'unknownName',
  'unknownSubject',
  'measureMismatch',
  'periodMismatch',
  'yearMismatch',
]);

const ITERATIONS = 20_000;
const LEARNING_RATE = 2;
const L2 = 0.001;
const FOLDS = 5;

interface Example {
  readonly set: SetName;
  readonly question: LabelledQuestion;
  /** Undefined when the engine declines before weighing anything (no fact, small talk, injection, off-entity, no words). */
  readonly features: ConfidenceFeatures | undefined;
  /** The best fact is one the question accepts (never for an unanswerable one). */
  readonly topIsRight: boolean;
}

interface Weighed extends Example {
  readonly features: ConfidenceFeatures;
}

function loadExamples(): Example[] {
  const engine = createAnswerEngine(loadKnowledge(path.join(PROJECT_ROOT, 'knowledge')));
  return SETS.flatMap((set) => {
    const file = path.join(PROJECT_ROOT, 'tests', 'eval', set);
    const { questions } = QuestionSetSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    return questions.map((question): Example => {
      const { query, ranked } = engine.explain(question.q);
      const top = ranked[0];
      // ask() declines a question without words whatever its confidence; confidenceFeatures handles the rest.
      const features = query.tokens.length === 0 ? undefined : confidenceFeatures(query, top, ranked[1]);
      const topIsRight =
        question.expect !== NONE &&
        top !== undefined &&
        [question.expect, ...(question.alsoAccept ?? [])].includes(top.fact.id);
      return { set, question, features, topIsRight };
    });
  });
}

const probability = (weights: ConfidenceWeights, features: ConfidenceFeatures) =>
  1 / (1 + Math.exp(-confidenceLogit(features, weights)));

type MutableWeights = Record<'bias' | ConfidenceFeature, number>;

/** Batch gradient descent on the mean log-loss with a small L2 penalty (not on the bias), fixed weights held. */
function fit(training: readonly Weighed[]): ConfidenceWeights {
  const free = CONFIDENCE_FEATURES.filter((name) => !FIXED.has(name));
  const weights: MutableWeights = { ...CONFIDENCE_WEIGHTS, bias: 0 };
  for (const name of free) weights[name] = 0;
  const gradient: MutableWeights = { ...weights };
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    gradient.bias = 0;
    for (const name of free) gradient[name] = 0;
    for (const example of training) {
      const error = probability(weights, example.features) - (example.topIsRight ? 1 : 0);
      gradient.bias += error;
      for (const name of free) gradient[name] += error * example.features[name];
    }
    weights.bias -= LEARNING_RATE * (gradient.bias / training.length);
    for (const name of free) weights[name] -= LEARNING_RATE * (gradient[name] / training.length + L2 * weights[name]);
  }
  return weights;
}

/** Outcomes as the eval counts them: answerable answered right, unanswerable declined, answered wrong (of all). */
function summarise(examples: readonly Example[], confidence: (example: Example) => number): string {
  return SETS.map((set) => {
    const inSet = examples.filter((example) => example.set === set);
    let answerable = 0;
    let right = 0;
    let unanswerable = 0;
    let declined = 0;
    let wrong = 0;
    for (const example of inSet) {
      const answered = confidence(example) >= ANSWER_THRESHOLD;
      if (example.question.expect === NONE) {
        unanswerable++;
        if (answered) wrong++;
        else declined++;
      } else {
        answerable++;
        if (answered && example.topIsRight) right++;
        else if (answered) wrong++;
      }
    }
    const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
    return `  ${set}: right ${pct(right, answerable)}, declined ${pct(declined, unanswerable)}, wrong ${pct(wrong, inSet.length)} (${inSet.length} questions)`;
  }).join('\n');
}

const isWeighed = (example: Example): example is Weighed => example.features !== undefined;
const confidenceUnder = (weights: ConfidenceWeights) => (example: Example) =>
  isWeighed(example) ? probability(weights, example.features) : 0;

const examples = loadExamples();
const weighed = examples.filter(isWeighed);
const fitted = fit(weighed);

console.log(`Fitted on ${weighed.length} of ${examples.length} questions (the rest are declined before weighing).`);
console.log('Weights (fixed ones marked; committed value in brackets where it differs):');
for (const name of ['bias', ...CONFIDENCE_FEATURES] as const) {
  const value = fitted[name].toFixed(2);
  const committed = CONFIDENCE_WEIGHTS[name].toFixed(2);
  const note = name !== 'bias' && FIXED.has(name) ? ' (fixed)' : value === committed ? '' : ` [${committed}]`;
  console.log(`  ${name}: ${value}${note}`);
}
console.log('In-sample, fitted weights:');
console.log(summarise(examples, confidenceUnder(fitted)));
console.log('In-sample, committed weights (what the eval test measures):');
console.log(summarise(examples, confidenceUnder(CONFIDENCE_WEIGHTS)));

// Folds by position (every fifth weighed question), as in the original fit. Paraphrases of one fact sit next to each
// other in the sets, so a held-out question's siblings are usually in training: the estimate leans optimistic.
const held = new Map<Example, number>();
for (let fold = 0; fold < FOLDS; fold++) {
  const foldWeights = fit(weighed.filter((_, i) => i % FOLDS !== fold));
  weighed.forEach((example, i) => {
    if (i % FOLDS === fold) held.set(example, probability(foldWeights, example.features));
  });
}
console.log(`${FOLDS}-fold cross-validated, refitted weights:`);
console.log(summarise(examples, (example) => held.get(example) ?? 0));
