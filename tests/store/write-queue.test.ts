// The question write queue both stores share: one batch per turn of the event loop, a full batch at once, a
// synchronous writer done when flush returns, an asynchronous writer's batches in order.
import { describe, expect, it } from 'vitest';
import { createWriteQueue } from '../../src/store/write-queue.js';

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('write queue', () => {
  it('writes a burst as one batch on the next turn, then resolves each add', async () => {
    const batches: number[][] = [];
    const queue = createWriteQueue<number>(100, (batch) => void batches.push([...batch]));
    let resolved = 0;
    const adds = [1, 2, 3].map((n) => queue.add(n).then(() => (resolved += 1)));
    expect(batches).toEqual([]);
    await Promise.all(adds);
    expect(batches).toEqual([[1, 2, 3]]);
    expect(resolved).toBe(3);
  });

  it('writes a full batch at once, without waiting for the turn', () => {
    const batches: number[][] = [];
    const queue = createWriteQueue<number>(2, (batch) => void batches.push([...batch]));
    void queue.add(1);
    expect(batches).toEqual([]);
    void queue.add(2);
    expect(batches).toEqual([[1, 2]]);
  });

  it('a synchronous writer has written everything queued when flush returns', () => {
    const written: number[] = [];
    const queue = createWriteQueue<number>(100, (batch) => void written.push(...batch));
    void queue.add(1);
    void queue.add(2);
    queue.flush();
    expect(written).toEqual([1, 2]);
    queue.flush();
    expect(written).toEqual([1, 2]);
  });

  it('an asynchronous writer gets one batch at a time, in order, and written() waits for all of them', async () => {
    const events: string[] = [];
    const releases: (() => void)[] = [];
    const queue = createWriteQueue<number>(100, async (batch) => {
      events.push(`start ${batch.join(',')}`);
      await new Promise<void>((resolve) => releases.push(resolve));
      events.push(`end ${batch.join(',')}`);
    });
    const first = queue.add(1);
    queue.flush();
    const second = queue.add(2);
    let allWritten = false;
    const written = queue.written().then(() => (allWritten = true));
    await turn();
    // The second batch waits for the first to be written.
    expect(events).toEqual(['start 1']);
    releases.shift()?.();
    await first;
    await turn();
    expect(events).toEqual(['start 1', 'end 1', 'start 2']);
    expect(allWritten).toBe(false);
    releases.shift()?.();
    await Promise.all([second, written]);
    expect(events).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
    expect(allWritten).toBe(true);
    // Nothing queued or being written: written() resolves at once.
    await queue.written();
  });
});
