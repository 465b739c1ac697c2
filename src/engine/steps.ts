// A long build written as steps: the builder `yield`s between pieces of work of a few milliseconds, so that a caller
// who must keep answering meanwhile (a knowledge reload) can pause there; start-up and tests run every step at once.

/** A build that yields between steps and returns what it built. */
export type BuildSteps<T> = Generator<void, T, void>;

/** Runs every step at once and returns the result. */
export function runSteps<T>(steps: BuildSteps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
