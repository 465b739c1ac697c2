// The question write queue both backends share: recording only queues (microseconds on the request path), and one
// batch per turn of the event loop (or at once, when a batch is full) goes to the backend's writer.

export interface WriteQueue<T> {
  /** Queues one item; resolves once the batch holding it is written (or refused: the writer logs its faults). */
  add(item: T): Promise<void>;
  /** Hands everything queued to the writer now: a synchronous writer (SQLite) has written it when this returns. */
  flush(): void;
  /** Flushes, then resolves once every batch handed over so far is written (an asynchronous writer's, in order). */
  written(): Promise<void>;
}

/**
 * `write` takes one batch: synchronously (SQLite: reads flush first and then see every question recorded before
 * them) or as a promise (PostgreSQL: a batch waits for the one before it, so batches land in the order recorded).
 */
export function createWriteQueue<T>(
  maxBatch: number,
  write: (batch: readonly T[]) => void | Promise<void>,
): WriteQueue<T> {
  let queued: { item: T; done: () => void }[] = [];
  let scheduled = false;
  // The last asynchronous batch not yet written: the next one follows it.
  let writing: Promise<void> | undefined;
  const follow = (promise: Promise<void>) => {
    writing = promise;
    const settled = () => {
      if (writing === promise) writing = undefined;
    };
    promise.then(settled, settled);
  };
  const flush = () => {
    scheduled = false;
    const batch = queued;
    queued = [];
    if (batch.length === 0) return;
    const items = batch.map((entry) => entry.item);
    const finish = () => {
      for (const entry of batch) entry.done();
    };
    if (writing) {
      follow(writing.then(() => write(items)).finally(finish));
      return;
    }
    const result = write(items);
    if (result instanceof Promise) follow(result.finally(finish));
    else finish();
  };
  return {
    add(item) {
      return new Promise<void>((resolve) => {
        queued.push({ item, done: resolve });
        if (queued.length >= maxBatch) flush();
        else if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
    flush,
    written() {
      flush();
      return writing ?? Promise.resolve();
    },
  };
}
