// Button custom ids: built and parsed in one place, at most 100 characters for every fact, tampering rejected.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildCustomId, customIds, parseCustomId, type ButtonAction } from '../../src/render/custom-ids.js';
import { testKnowledge } from '../e2e/harness.js';

describe('custom ids', () => {
  test('every action on every fact round-trips and fits in 100 characters', () => {
    for (const fact of testKnowledge().facts) {
      const actions: ButtonAction[] = [
        { action: 'src', factId: fact.id, lang: 'en' },
        { action: 'rel', factId: fact.id, lang: 'vi' },
        { action: 'fact', factId: fact.id, lang: 'en' },
        { action: 'fb', vote: 'down', factId: fact.id },
      ];
      for (const action of actions) {
        const id = buildCustomId(action);
        expect(id.length).toBeLessThanOrEqual(100);
        expect(parseCustomId(id)).toEqual(action);
      }
    }
  });

  test('the documented shapes', () => {
    expect(customIds.source('openai-loss', 'en')).toBe('ask:src:openai-loss:en');
    expect(customIds.related('openai-loss', 'vi')).toBe('ask:rel:openai-loss:vi');
    expect(customIds.fact('openai-loss', 'en')).toBe('ask:fact:openai-loss:en');
    expect(customIds.feedback('up', 'openai-loss')).toBe('ask:fb:up:openai-loss');
  });

  test.each([
    '',
    'ask',
    'ask:src:x',
    'ask:src:Bad_Id:en',
    'ask:src:x:fr',
    'ask:fb:maybe:x',
    'other:src:x:en',
    'ask:src:x:en:extra',
    `ask:src:${'a'.repeat(100)}:en`,
  ])('rejects %j', (id) => {
    expect(parseCustomId(id)).toBeUndefined();
  });

  test('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (id) => parseCustomId(id) === undefined || id.startsWith('ask:')),
    );
  });
});
