// The follow-up memory: per key, the last few turns, forgotten after the quiet time, at most maxConversations kept.
import { describe, expect, test } from 'vitest';
import { CONVERSATION_TURNS } from '../../src/engine/index.js';
import { askConversationKey, createConversationMemory } from '../../src/interactions/conversations.js';

const reply = (factId: string | null) => ({ answered: factId !== null, factId, lang: 'en' as const });

describe('conversation memory', () => {
  test('keeps each conversation apart, only the last CONVERSATION_TURNS turns, and only what the engine reads', () => {
    const memory = createConversationMemory({ ttlMs: 60_000, maxConversations: 100 });
    for (let i = 0; i < CONVERSATION_TURNS + 3; i += 1) memory.remember('a', `q${i}`, reply(`f${i}`), 1_000);
    memory.remember('b', 'other', reply(null), 1_000);
    const turns = memory.recall('a', 1_000);
    expect(turns).toHaveLength(CONVERSATION_TURNS);
    expect(turns.at(-1)).toEqual({
      question: `q${CONVERSATION_TURNS + 2}`,
      reply: reply(`f${CONVERSATION_TURNS + 2}`),
    });
    expect(memory.recall('b', 1_000)).toEqual([{ question: 'other', reply: reply(null) }]);
    memory.forget('a');
    expect(memory.recall('a', 1_000)).toEqual([]);
  });

  test('a conversation is forgotten ttlMs after its last turn, not its first', () => {
    const memory = createConversationMemory({ ttlMs: 10_000, maxConversations: 100 });
    memory.remember('a', 'q1', reply('f1'), 0);
    memory.remember('a', 'q2', reply('f2'), 9_000);
    expect(memory.recall('a', 18_999)).toHaveLength(2);
    expect(memory.recall('a', 19_000)).toEqual([]);
    expect(memory.size()).toBe(0);
  });

  test('holds at most maxConversations, forgetting the least recently used; expired ones go on the next turn', () => {
    const memory = createConversationMemory({ ttlMs: 10_000, maxConversations: 3 });
    for (let i = 0; i < 50; i += 1) memory.remember(`k${i}`, 'q', reply('f'), i);
    expect(memory.size()).toBe(3);
    expect(memory.recall('k49', 50)).toHaveLength(1);
    expect(memory.recall('k0', 50)).toEqual([]);
    memory.remember('late', 'q', reply('f'), 100_000);
    expect(memory.size()).toBe(1);
  });

  test('null ttl never expires (the console session); the /ask key is per member per channel', () => {
    const memory = createConversationMemory({ ttlMs: null, maxConversations: 10 });
    memory.remember('a', 'q', reply('f'), 0);
    expect(memory.recall('a', 1e12)).toHaveLength(1);
    const base = { guildId: 'g', channelId: 'c', userId: 'u' };
    expect(askConversationKey(base)).not.toBe(askConversationKey({ ...base, userId: 'v' }));
    expect(askConversationKey(base)).not.toBe(askConversationKey({ ...base, channelId: 'd' }));
    expect(askConversationKey({ ...base, guildId: null })).not.toBe(askConversationKey(base));
  });
});
