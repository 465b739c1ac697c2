// LastWriteMap (the per-user maps' core): the same answers as a plain Map ordered by last write, through overwrites,
// deletes, evictions and the queue's compaction, checked against that simple model over random operations.
import { expect, test } from 'vitest';
import { LastWriteMap } from '../../src/interactions/cooldown.js';

/** The model: a Map re-inserted on every write, so its first key is the least recently written. */
class ModelMap<V> {
  readonly entries = new Map<string, V>();
  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
  }
  evict(expired: (value: V) => boolean, maxSize: number): void {
    for (const [key, value] of this.entries) {
      if (this.entries.size <= maxSize && !expired(value)) break;
      this.entries.delete(key);
    }
  }
}

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

test('behaves as a Map ordered by last write, through 50,000 random operations', () => {
  const next = random(7);
  const map = new LastWriteMap<number>();
  const model = new ModelMap<number>();
  for (let step = 0; step < 50_000; step += 1) {
    const key = `k${Math.floor(next() * 300)}`;
    const roll = next();
    if (roll < 0.55) {
      map.set(key, step);
      model.set(key, step);
    } else if (roll < 0.65) {
      map.delete(key);
      model.entries.delete(key);
    } else if (roll < 0.95) {
      // Expire what is older than a random age, and cap the size at a random bound.
      const oldest = step - Math.floor(next() * 2_000);
      const maxSize = 50 + Math.floor(next() * 300);
      map.evict((value) => value < oldest, maxSize);
      model.evict((value) => value < oldest, maxSize);
    }
    expect(map.get(key)).toBe(model.entries.get(key));
    expect(map.size).toBe(model.entries.size);
  }
  for (const [key, value] of model.entries) expect(map.get(key)).toBe(value);
});

test('an overwritten or deleted value is not kept by the queue', () => {
  const map = new LastWriteMap<object>();
  const first = {};
  map.set('a', first);
  map.set('a', {});
  map.set('b', {});
  map.delete('b');
  // Reach into the queue: the overwritten and the deleted writes keep their keys, not their values.
  const values = (map as unknown as { queueValues: unknown[] }).queueValues;
  expect(values.filter((value) => value !== undefined)).toHaveLength(1);
  expect(values).not.toContain(first);
});
