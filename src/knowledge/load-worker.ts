// The knowledge reload's worker thread: hashes, reads, parses and validates a knowledge directory away from the
// thread that answers, and posts back the validated knowledge as plain data (or every problem, one line each).
import { parentPort } from 'node:worker_threads';
import { loadKnowledge } from './load.js';
import { KnowledgeError, formatProblem } from './problems.js';
import { knowledgeHash, type LoadRequest, type LoadResult } from './watch.js';

function problemLines(error: unknown): string[] {
  if (error instanceof KnowledgeError)
    return error.problems.map((problem) => formatProblem(problem).trim().replace(/^- /, ''));
  return [(error as Error).message];
}

function load({ dir, currentHash }: LoadRequest): LoadResult {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  let hash: string;
  try {
    hash = knowledgeHash(dir);
  } catch (error) {
    return { status: 'rejected', problems: [`${dir}: ${(error as Error).message}`], ms: ms() };
  }
  if (hash === currentHash) return { status: 'unchanged', hash, ms: ms() };
  try {
    return { status: 'loaded', hash, kb: loadKnowledge(dir), ms: ms() };
  } catch (error) {
    return { status: 'rejected', problems: problemLines(error), ms: ms() };
  }
}

// One request at a time (the watcher runs one reload at a time); the thread stays for the next until it is ended.
parentPort?.on('message', (request: LoadRequest) => parentPort?.postMessage(load(request)));
