// Runs a long synchronous build (src/engine/steps.ts) a slice at a time, giving the event loop back between slices,
// so that requests keep being answered while it runs (a knowledge reload builds a whole new engine this way).
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { BuildSteps } from '../engine/steps.js';

/** How long one slice may run before the event loop gets a turn (the longest single step can still exceed it). */
const DEFAULT_SLICE_MS = 5;

/** What a sliced run cost: its result, how many slices, and the longest one (the most a request waited on it). */
export interface SlicedResult<T> {
  readonly value: T;
  readonly slices: number;
  readonly longestSliceMs: number;
}

export async function runInSlices<T>(steps: BuildSteps<T>, sliceMs = DEFAULT_SLICE_MS): Promise<SlicedResult<T>> {
  let slices = 0;
  let longest = 0;
  for (;;) {
    const started = performance.now();
    slices += 1;
    let next = steps.next();
    while (!next.done && performance.now() - started < sliceMs) next = steps.next();
    longest = Math.max(longest, performance.now() - started);
    if (next.done) return { value: next.value, slices, longestSliceMs: longest };
    await nextTurn();
  }
}
