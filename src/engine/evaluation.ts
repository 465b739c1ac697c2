// Scores an answer engine against a labelled question set (the eval test and the bench share this).
import { z } from 'zod';
import type { Lang, Reply } from './types.js';

export const QuestionSetSchema = z.object({
  questions: z.array(
    z.object({
      q: z.string(),
      expect: z.string().min(1),
      alsoAccept: z.array(z.string()).optional(),
      lang: z.enum(['en', 'vi']),
      style: z.string().default('unknown'),
    }),
  ),
});
export type LabelledQuestion = z.infer<typeof QuestionSetSchema>['questions'][number];

export const NONE = 'none';

export type Outcome = 'right' | 'declined-answerable' | 'wrong-fact' | 'declined-none' | 'answered-none';

export interface QuestionResult {
  readonly question: LabelledQuestion;
  readonly reply: Reply;
  readonly outcome: Outcome;
  readonly langOk: boolean;
}

export interface EvaluationReport {
  readonly total: number;
  readonly answerable: number;
  readonly unanswerable: number;
  readonly right: number;
  readonly declinedAnswerable: number;
  readonly wrongFact: number;
  readonly declinedNone: number;
  readonly answeredNone: number;
  /** right / answerable. */
  readonly answerableAccuracy: number;
  /** declinedNone / unanswerable. */
  readonly declineRate: number;
  /** (wrongFact + answeredNone) / total. */
  readonly wrongRate: number;
  readonly langAccuracy: number;
  readonly results: readonly QuestionResult[];
  readonly byStyle: ReadonlyMap<string, { readonly total: number; readonly ok: number }>;
}

export function outcomeOf(question: LabelledQuestion, reply: Pick<Reply, 'answered' | 'factId'>): Outcome {
  if (question.expect === NONE) return reply.answered ? 'answered-none' : 'declined-none';
  if (!reply.answered) return 'declined-answerable';
  const accepted = [question.expect, ...(question.alsoAccept ?? [])];
  return reply.factId !== null && accepted.includes(reply.factId) ? 'right' : 'wrong-fact';
}

export function evaluateQuestions(
  ask: (question: string) => Reply,
  questions: readonly LabelledQuestion[],
): EvaluationReport {
  const results = questions.map((question) => {
    const reply = ask(question.q);
    return { question, reply, outcome: outcomeOf(question, reply), langOk: reply.lang === (question.lang as Lang) };
  });
  const count = (outcome: Outcome) => results.filter((r) => r.outcome === outcome).length;
  const answerable = questions.filter((q) => q.expect !== NONE).length;
  const unanswerable = questions.length - answerable;
  const byStyle = new Map<string, { total: number; ok: number }>();
  for (const result of results) {
    const entry = byStyle.get(result.question.style) ?? { total: 0, ok: 0 };
    entry.total += 1;
    if (result.outcome === 'right' || result.outcome === 'declined-none') entry.ok += 1;
    byStyle.set(result.question.style, entry);
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    total: questions.length,
    answerable,
    unanswerable,
    right: count('right'),
    declinedAnswerable: count('declined-answerable'),
    wrongFact: count('wrong-fact'),
    declinedNone: count('declined-none'),
    answeredNone: count('answered-none'),
    answerableAccuracy: ratio(count('right'), answerable),
    declineRate: ratio(count('declined-none'), unanswerable),
    wrongRate: ratio(count('wrong-fact') + count('answered-none'), questions.length),
    langAccuracy: ratio(results.filter((r) => r.langOk).length, results.length),
    results,
    byStyle,
  };
}
