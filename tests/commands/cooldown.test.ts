// The /ask cooldown: at most `max` per sliding window per user, with the time left until the next allowed question.
import { expect, test } from 'vitest';
import { createAskCooldown } from '../../src/interactions/cooldown.js';

test('allows max questions per window, then refuses until the oldest leaves the window', () => {
  const cooldown = createAskCooldown({ max: 3, windowMs: 30_000 });
  expect([0, 1_000, 2_000].map((t) => cooldown.allow('a', t))).toEqual([true, true, true]);
  expect(cooldown.allow('a', 3_000)).toBe(false);
  expect(cooldown.retryAfterMs('a', 3_000)).toBe(27_000);
  // A refused attempt does not extend the wait.
  expect(cooldown.allow('a', 29_999)).toBe(false);
  expect(cooldown.allow('a', 30_000)).toBe(true);
  expect(cooldown.retryAfterMs('a', 30_000)).toBe(1_000);
});

test('users are independent and unknown users may ask', () => {
  const cooldown = createAskCooldown({ max: 1, windowMs: 10_000 });
  expect(cooldown.allow('a', 0)).toBe(true);
  expect(cooldown.allow('a', 1)).toBe(false);
  expect(cooldown.allow('b', 1)).toBe(true);
  expect(cooldown.retryAfterMs('nobody', 1)).toBe(0);
});

test('memory stays bounded: users idle for a whole window are forgotten', () => {
  const cooldown = createAskCooldown({ max: 1, windowMs: 1_000 });
  for (let i = 0; i < 20_000; i += 1) cooldown.allow(`user-${i}`, i);
  expect(cooldown.trackedUsers()).toBeLessThanOrEqual(10_000);
  // Everyone but the last second's users has left the window; they may ask again at once.
  expect(cooldown.allow('user-0', 20_000)).toBe(true);
  expect(cooldown.allow('user-19999', 20_000)).toBe(false);
});

test('expiry does not wait for a sweep: users whose last question left the window are dropped as time passes', () => {
  const cooldown = createAskCooldown({ max: 2, windowMs: 1_000 });
  for (const user of ['a', 'b', 'c', 'd', 'e']) cooldown.allow(user, 0);
  expect(cooldown.trackedUsers()).toBe(5);
  cooldown.allow('f', 1_000);
  expect(cooldown.trackedUsers()).toBe(1);
});

test('at most maxUsers are remembered, however many distinct users ask within one window', () => {
  const cooldown = createAskCooldown({ max: 5, windowMs: 60_000, maxUsers: 1_000 });
  for (let i = 0; i < 200_000; i += 1) cooldown.allow(`user-${i}`, i % 1_000);
  expect(cooldown.trackedUsers()).toBe(1_000);
  // The most recent users are the ones kept, and their limit still holds.
  for (let i = 0; i < 4; i += 1) expect(cooldown.allow('user-199999', 1_000)).toBe(true);
  expect(cooldown.allow('user-199999', 1_000)).toBe(false);
});
