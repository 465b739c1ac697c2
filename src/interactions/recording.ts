// Turns an answered interaction into the store's records (a question and its outcome, a vote), never delaying or failing the reply.
import type { Reply } from '../engine/types.js';
import type { Outcome, QuestionRecord } from '../store/index.js';
import { MAX_RECORDED_QUESTION } from '../store/index.js';
import { cleanText } from '../text/normalize.js';
import type { InteractionInput, SentMessage, Services } from './contract.js';

/** Fields newer engines add to a Reply (kind, nearest, parts); read defensively so older replies still record. */
interface ReplyExtras {
  readonly kind?: string;
  readonly nearest?: { readonly factId?: string } | null;
  readonly parts?: readonly { readonly factId?: string | null }[];
}

function outcomeOf(reply: Reply): Outcome {
  const { kind } = reply as Reply & ReplyExtras;
  if (kind === 'clarify') return 'clarified';
  return reply.answered ? 'answered' : 'declined';
}

function answeredFacts(reply: Reply): string[] {
  if (!reply.answered) return [];
  const { parts } = reply as Reply & ReplyExtras;
  const ids = [reply.factId, ...(parts ?? []).map((part) => part.factId)];
  return [...new Set(ids.filter((id): id is string => typeof id === 'string' && id !== ''))];
}

/** What the store keeps of one question and its reply (pure: the shells and the ask CLI add where it came from). */
export function questionRecord(
  question: string,
  reply: Reply,
  where: Pick<QuestionRecord, 'guildId' | 'channelId' | 'interactionId' | 'messageId' | 'knowledge'>,
  now: number,
): QuestionRecord {
  const { nearest } = reply as Reply & ReplyExtras;
  return {
    at: now,
    ...where,
    lang: reply.lang,
    question: cleanText(question, MAX_RECORDED_QUESTION),
    outcome: outcomeOf(reply),
    factIds: answeredFacts(reply),
    // Only the engine's nearest fact: the examples shown for an off-topic question are not near it.
    nearestFactId: reply.answered ? null : (nearest?.factId ?? null),
    confidence: reply.confidence,
  };
}

/** Records one question and what the bot did with it; a store fault is the store's to log, never the user's. */
export function recordQuestion(
  services: Services,
  /** Where it was asked; id is the interaction's (null for a question asked by mentioning the bot). */
  input: Pick<InteractionInput, 'guildId' | 'channelId'> & { readonly id: string | null },
  question: string,
  reply: Reply,
  sent: SentMessage | undefined,
  now: number = Date.now(),
): void {
  const store = services.store;
  if (!store) return;
  const where = {
    guildId: input.guildId,
    channelId: input.channelId,
    interactionId: input.id,
    messageId: sent?.id ?? null,
    knowledge: services.knowledge ?? null,
  };
  store.recordQuestion(questionRecord(question, reply, where, now)).catch((error: unknown) => {
    services.metrics?.storeError('recordQuestion');
    services.logger.error({ err: error }, 'could not record a question');
  });
}

/** Records a 👍/👎 under the answer the button sits on; resolves whether that answer was found in the store. */
export async function recordVote(
  services: Services,
  input: InteractionInput,
  factId: string,
  vote: 'up' | 'down',
  now: number = Date.now(),
): Promise<boolean> {
  if (!services.store || !input.message) return false;
  try {
    return await services.store.recordVote({
      at: now,
      messageId: input.message.id,
      interactionId: input.message.interactionId,
      factId,
      userId: input.userId,
      vote,
    });
  } catch (error) {
    services.metrics?.storeError('recordVote');
    services.logger.error({ err: error }, 'could not record a vote');
    return false;
  }
}
