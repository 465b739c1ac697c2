// The per-user autocomplete budget: one client sending autocompletes as fast as it can gets no more choices
// (and costs no suggestion work) once its bucket is empty, while every other user is still served.
import { describe, expect, test } from 'vitest';
import type { Command } from '../../src/interactions/contract.js';
import { createAutocompleteBudget } from '../../src/interactions/cooldown.js';
import { dispatchInteraction } from '../../src/interactions/dispatch.js';
import type { CommandRegistry } from '../../src/interactions/registry.js';
import { commandInput, recordingResponder, testServices } from './support.js';

describe('createAutocompleteBudget', () => {
  test('a burst, then refills at the given rate', () => {
    const budget = createAutocompleteBudget({ burst: 3, perSecond: 2 });
    expect([0, 0, 0, 0].map(() => budget.allow('a', 0))).toEqual([true, true, true, false]);
    expect(budget.allow('b', 0)).toBe(true);
    expect(budget.allow('a', 499)).toBe(false);
    expect(budget.allow('a', 500)).toBe(true);
    expect(budget.allow('a', 500)).toBe(false);
  });

  test('idle users are forgotten and the number remembered is capped', () => {
    const budget = createAutocompleteBudget({ burst: 2, perSecond: 1, maxUsers: 100 });
    for (let i = 0; i < 1_000; i += 1) budget.allow(`user-${i}`, 0);
    expect(budget.trackedUsers()).toBe(100);
    // After a full refill (2 s) every earlier bucket is the same as a new one, and is dropped.
    budget.allow('late', 2_000);
    expect(budget.trackedUsers()).toBe(1);
  });
});

describe('dispatch', () => {
  test('a user over budget gets an empty list without running the handler; another user is still served', async () => {
    let runs = 0;
    const command: Command = {
      data: { name: 'auto', description: 'auto' },
      execute: async () => undefined,
      autocomplete: () => {
        runs += 1;
        return [{ name: 'one', value: '1' }];
      },
    };
    const registry: CommandRegistry = { commands: [command], get: (name) => (name === 'auto' ? command : undefined) };
    const { services } = testServices({ askCooldown: { max: 5, windowMs: 30_000 } });
    const send = async (userId: string) => {
      const respond = recordingResponder();
      const input = {
        ...commandInput('auto'),
        kind: 'autocomplete' as const,
        userId,
        focused: { name: 'q', value: 'x' },
      };
      await dispatchInteraction(input, respond, services, registry);
      const call = respond.calls[0];
      return call?.method === 'autocomplete' ? call.choices.length : -1;
    };
    const flood: number[] = [];
    for (let i = 0; i < 200; i += 1) flood.push(await send('flooder'));
    expect(flood.filter((n) => n === 1).length).toBeLessThan(60);
    expect(flood.at(-1)).toBe(0);
    expect(runs).toBe(flood.filter((n) => n === 1).length);
    expect(await send('someone-else')).toBe(1);
  });
});
