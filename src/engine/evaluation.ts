// Scores an answer engine against a labelled question set (the eval test and the bench share this).
import { z } from 'zod';
import type { ConversationTurn, Reply } from './types.js';
import { LangSchema } from '../text/lang.js';

export const QuestionSetSchema = z.object({
  questions: z.array(
    z.object({
      q: z.string(),
      expect: z.string().min(1),
      alsoAccept: z.array(z.string()).optional(),
      lang: LangSchema,
      style: z.string().default('unknown'),
      /** Multi-question messages: the accepted fact ids of each part, in order. */
      parts: z.array(z.array(z.string())).optional(),
      /** The reply kind the question must get (intents: summary, help, smalltalk, source). */
      kind: z.string().optional(),
      /** Yes/no questions: the reply must open with this verdict ("unknown": declined). */
      yesno: z.enum(['yes', 'no', 'unknown']).optional(),
    }),
  ),
});
export type LabelledQuestion = z.infer<typeof QuestionSetSchema>['questions'][number];

export const NONE = 'none';

type Outcome = 'right' | 'declined-answerable' | 'wrong-fact' | 'declined-none' | 'answered-none';

interface QuestionResult {
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

/** Intents whose reply is not one fact: right when the reply's kind is the expected one. */
const KIND_INTENTS: ReadonlySet<string> = new Set(['summary', 'help', 'smalltalk']);

const VERDICT_OPENINGS: Readonly<Record<'yes' | 'no', RegExp>> = {
  yes: /^(?:yes|có)(?=[\s:,.!]|$)/iu,
  no: /^(?:no|không)(?=[\s:,.!]|$)/iu,
};

function outcomeOf(
  question: LabelledQuestion,
  reply: Pick<Reply, 'answered' | 'factId' | 'answer' | 'kind' | 'parts'>,
): Outcome {
  if (KIND_INTENTS.has(question.expect)) return reply.kind === question.expect ? 'right' : 'declined-answerable';
  if (question.expect === NONE) return reply.answered ? 'answered-none' : 'declined-none';
  if (!reply.answered) return 'declined-answerable';
  if (question.kind !== undefined && reply.kind !== question.kind) return 'wrong-fact';
  if (question.parts) {
    const parts = reply.parts ?? [];
    // Parts that share a fact are answered once; the reply's facts must cover each part, and no answered part may give
    // a fact that no part asks for (a wrong answer beside the right ones).
    const facts = parts.map((p) => p.factId);
    const ok =
      question.parts.every((accepted) => facts.some((id) => id !== null && accepted.includes(id))) &&
      parts.every((p) => !p.answered || question.parts?.some((accepted) => accepted.includes(p.factId ?? '')));
    return ok ? 'right' : 'wrong-fact';
  }
  const accepted = [question.expect, ...(question.alsoAccept ?? [])];
  if (reply.factId === null || !accepted.includes(reply.factId)) return 'wrong-fact';
  if (question.yesno === 'yes' || question.yesno === 'no')
    return VERDICT_OPENINGS[question.yesno].test(reply.answer) ? 'right' : 'wrong-fact';
  return 'right';
}

export function evaluateQuestions(
  ask: (question: string) => Reply,
  questions: readonly LabelledQuestion[],
): EvaluationReport {
  const results = questions.map((question) => {
    const reply = ask(question.q);
    return { question, reply, outcome: outcomeOf(question, reply), langOk: reply.lang === question.lang };
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

// ── issue 10: comparisons and conversations ─────────────────────────────────────────────────────────────────────
const Side = z.union([z.string(), z.array(z.string())]);
export const ComparisonSetSchema = z.object({
  questions: z.array(
    z.object({
      q: z.string(),
      expect: z.string(),
      /** The fact of each side, in question order: a list accepts any of them; "none": the article does not give it. */
      sides: z.tuple([Side, Side]),
      /** same: says how the figures compare; different: says they measure different things; missing: one side not given; text: no figures. */
      relation: z.enum(['same', 'different', 'missing', 'text']),
      lang: LangSchema,
      style: z.string().default('comparison'),
    }),
  ),
});
export type LabelledComparison = z.infer<typeof ComparisonSetSchema>['questions'][number];

const RELATION_TEXT: Readonly<Record<'same' | 'different' | 'missing', RegExp>> = {
  same: /\b(?:times|percentage points|about the same)\b|\) is (?:about )?\d+% of\b|gấp|điểm phần trăm|xấp xỉ|\) chiếm (?:khoảng )?\d+%/u,
  different: /measure different things|đo những thứ khác nhau/u,
  missing: /The article doesn't give|Bài viết không nêu/u,
};

/** Right when the reply is a comparison whose sides are the labelled facts and whose text says the right relation. */
export function comparisonOutcome(question: LabelledComparison, reply: Reply): boolean {
  if (reply.kind !== 'comparison' || reply.parts?.length !== 2) return false;
  const sidesOk = question.sides.every((side, i) => {
    const part = reply.parts?.[i];
    const accepted = typeof side === 'string' ? [side] : side;
    if (accepted.includes(NONE)) return part !== undefined && !part.answered;
    return part !== undefined && part.answered && part.factId !== null && accepted.includes(part.factId);
  });
  if (!sidesOk) return false;
  const says = (r: 'same' | 'different' | 'missing') => RELATION_TEXT[r].test(reply.answer);
  switch (question.relation) {
    case 'text':
      return !says('same') && !says('different');
    case 'missing':
      return says('missing') && !says('same');
    default:
      return says(question.relation);
  }
}

export const ConversationSetSchema = z.object({
  conversations: z.array(
    z.object({
      lang: LangSchema,
      turns: z.array(
        z.object({
          q: z.string(),
          expect: z.string(),
          alsoAccept: z.array(z.string()).optional(),
          /** A turn that cannot stand alone: asked without context it must be clarified or declined. */
          followup: z.boolean().optional(),
        }),
      ),
    }),
  ),
});
export type LabelledConversation = z.infer<typeof ConversationSetSchema>['conversations'][number];

interface TurnResult {
  readonly q: string;
  readonly expect: string;
  readonly followup: boolean;
  readonly reply: Reply;
  readonly right: boolean;
  /** The same turn asked with no context (follow-ups only). */
  readonly alone?: Reply;
  /** Whether the reply alone was answered with the turn's fact (follow-ups only). */
  readonly aloneRight?: boolean;
}

export interface ConversationReport {
  readonly turns: readonly TurnResult[];
  readonly followUps: number;
  readonly followUpsRight: number;
  /** Follow-ups asked alone that were clarified or declined. */
  readonly aloneNotAnswered: number;
  /**
   * Follow-ups asked alone that were answered with a wrong fact. A follow-up whose own words carry the question
   * ("why are the big players afraid?" after "what is FOMO") may be answered alone: right is not wrong.
   */
  readonly aloneWrong: number;
  /** All turns (with context) answered with a wrong fact or answered when the label is none. */
  readonly wrong: number;
}

function turnRight(turn: LabelledConversation['turns'][number], reply: Reply): boolean {
  if (turn.expect === NONE) return !reply.answered;
  return reply.answered && reply.factId !== null && [turn.expect, ...(turn.alsoAccept ?? [])].includes(reply.factId);
}

/** Asks each conversation turn by turn with the earlier turns as context; each follow-up again alone. */
export function evaluateConversations(
  ask: (question: string, conversation: readonly ConversationTurn[]) => Reply,
  conversations: readonly LabelledConversation[],
): ConversationReport {
  const turns: TurnResult[] = [];
  for (const conversation of conversations) {
    const history: ConversationTurn[] = [];
    for (const turn of conversation.turns) {
      const reply = ask(turn.q, history);
      const followup = turn.followup === true;
      const alone = followup ? ask(turn.q, []) : undefined;
      turns.push({
        q: turn.q,
        expect: turn.expect,
        followup,
        reply,
        right: turnRight(turn, reply),
        ...(alone ? { alone, aloneRight: alone.answered && turnRight(turn, alone) } : {}),
      });
      history.push({ question: turn.q, reply });
    }
  }
  const followUps = turns.filter((t) => t.followup);
  return {
    turns,
    followUps: followUps.length,
    followUpsRight: followUps.filter((t) => t.right).length,
    aloneNotAnswered: followUps.filter((t) => t.alone !== undefined && !t.alone.answered).length,
    aloneWrong: followUps.filter((t) => t.alone?.answered === true && t.aloneRight !== true).length,
    wrong: turns.filter((t) => !t.right && t.reply.answered).length,
  };
}

// ── padding: the same questions wrapped in conversational padding ("sorry if this was asked already but …", "… cảm ơn
// nhé"), which must not change the answer (issue 9: "wording does not matter") ──────────────────────────────────────
const PaddingLists = z.object({ before: z.array(z.string().min(1)), after: z.array(z.string().min(1)) });
export const PaddingSetSchema = z.object({ note: z.string(), en: PaddingLists, vi: PaddingLists });
export type PaddingSet = z.infer<typeof PaddingSetSchema>;

/** Every question once per padding of its language: each "before" put in front of it, each "after" behind it. */
export function paddedQuestions(questions: readonly LabelledQuestion[], padding: PaddingSet): LabelledQuestion[] {
  return questions.flatMap((question) => {
    const { before, after } = padding[question.lang];
    return [
      ...before.map((pad) => ({ ...question, q: `${pad} ${question.q}`, style: 'padded-before' })),
      ...after.map((pad) => ({ ...question, q: `${question.q} ${pad}`, style: 'padded-after' })),
    ];
  });
}
