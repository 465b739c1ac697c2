// A bounded closed-loop load generator: N requests, C at a time, each checked, with per-request latency.
import { performance } from 'node:perf_hooks';

export interface LoadOptions<T> {
  readonly total: number;
  readonly concurrency: number;
  /** Stop issuing new requests after this long; the ones not sent are reported, never silently dropped. */
  readonly deadlineMs: number;
  readonly send: (index: number) => Promise<T>;
  /** Returns why a result is wrong, or undefined when it is right. */
  readonly check: (index: number, result: T) => string | undefined;
}

export interface LoadReport {
  readonly total: number;
  readonly sent: number;
  readonly correct: number;
  /** Wrong answers and transport errors, with the request index. */
  readonly failures: readonly string[];
  readonly latenciesMs: readonly number[];
  readonly elapsedMs: number;
}

export async function runLoad<T>(options: LoadOptions<T>): Promise<LoadReport> {
  const started = performance.now();
  const latencies: number[] = [];
  const failures: string[] = [];
  let next = 0;
  let sent = 0;
  let correct = 0;

  async function worker(): Promise<void> {
    while (next < options.total && performance.now() - started < options.deadlineMs) {
      const index = next;
      next += 1;
      sent += 1;
      const begin = performance.now();
      try {
        const result = await options.send(index);
        latencies.push(performance.now() - begin);
        const problem = options.check(index, result);
        if (problem) failures.push(`#${index}: ${problem}`);
        else correct += 1;
      } catch (error) {
        failures.push(`#${index}: ${(error as Error).message}`);
      }
    }
  }

  await Promise.all(Array.from({ length: Math.min(options.concurrency, options.total) }, () => worker()));
  return {
    total: options.total,
    sent,
    correct,
    failures,
    latenciesMs: latencies,
    elapsedMs: performance.now() - started,
  };
}

/** The q-th quantile (0..1) of a sample, by nearest rank. */
export function quantile(sample: readonly number[], q: number): number {
  if (sample.length === 0) return Number.NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}
