// What /ask remembers between a member's questions (and the bot between the messages of a thread): the last few turns
// per conversation, forgotten after a quiet while, with a hard cap on how many conversations are kept.
import { CONVERSATION_TURNS } from '../engine/index.js';
import type { ConversationTurn } from '../engine/types.js';
import { LastWriteMap } from './cooldown.js';
import type { InteractionInput } from './contract.js';

export interface ConversationMemory {
  /** The conversation's turns, oldest first; empty when it is unknown or expired. */
  recall(key: string, now?: number): readonly ConversationTurn[];
  /** Adds a turn (only what the engine reads of its reply is kept); the oldest go past CONVERSATION_TURNS. */
  remember(key: string, question: string, reply: ConversationTurn['reply'], now?: number): void;
  /** Starts the conversation afresh. */
  forget(key: string): void;
  /** How many conversations are remembered (bounded by maxConversations). */
  size(): number;
}

export interface ConversationMemoryOptions {
  /** A conversation is forgotten this long after its last turn; null: never (the local console's one session). */
  readonly ttlMs: number | null;
  /** At most this many conversations; past it the least recently used is forgotten first. */
  readonly maxConversations: number;
}

interface Stored {
  readonly turns: readonly ConversationTurn[];
  readonly at: number;
}

/**
 * Whose conversation an /ask is: one per member per channel (a DM is its own channel). Joined rather than written as a
 * template: V8 keeps a template's result as a tree of its parts (five string objects here, ~200 bytes more per
 * remembered conversation), a join as one flat string.
 */
export function askConversationKey(input: Pick<InteractionInput, 'guildId' | 'channelId' | 'userId'>): string {
  return ['ask', input.guildId ?? 'dm', input.channelId ?? 'none', input.userId].join(':');
}

export function createConversationMemory(options: ConversationMemoryOptions): ConversationMemory {
  const conversations = new LastWriteMap<Stored>();
  const { ttlMs } = options;
  const expired = (stored: Stored, now: number) => ttlMs !== null && now - stored.at >= ttlMs;
  const recall = (key: string, now = Date.now()): readonly ConversationTurn[] => {
    const stored = conversations.get(key);
    if (!stored) return [];
    if (expired(stored, now)) {
      conversations.delete(key);
      return [];
    }
    return stored.turns;
  };
  return {
    recall,
    remember(key, question, reply, now = Date.now()) {
      conversations.evict((stored) => expired(stored, now), options.maxConversations);
      const earlier = recall(key, now);
      // The engine reads whether a turn was answered, with which fact, in which language: the rest is not kept.
      const turn: ConversationTurn = {
        question,
        reply: { answered: reply.answered, factId: reply.factId, lang: reply.lang },
      };
      conversations.set(key, { turns: [...earlier, turn].slice(-CONVERSATION_TURNS), at: now });
      conversations.evict(() => false, options.maxConversations);
    },
    forget(key) {
      conversations.delete(key);
    },
    size: () => conversations.size,
  };
}
