// The engine build of a cache miss, in a child process (src/engine-cache.ts, buildEngineInChild): validates the
// knowledge in argv[2], builds its engine's indexes and writes them to stdout as the engine cache's payload, after one
// line naming the knowledge's content hash. The long-running bot decodes that instead of building in its own process,
// so that what the build allocates and compiles (most of a start's peak memory) ends with this process. Exits 1 when
// the knowledge does not load (the parent then builds itself, to report the problems as always), 3 when it changed
// while it was read.
import { engineIndexSteps } from './engine/index.js';
import { encodeEngine } from './engine/snapshot.js';
import { runSteps } from './engine/steps.js';
import { knowledgeDigest } from './knowledge/hash.js';
import { loadKnowledge } from './knowledge/load.js';

const dir = process.argv[2] ?? '';
const digest = knowledgeDigest(dir);
const kb = loadKnowledge(dir);
const payload = encodeEngine(kb, runSteps(engineIndexSteps(kb)));
if (knowledgeDigest(dir) !== digest) process.exit(3);
// The process exits once both writes are flushed (no process.exit, which could cut a pipe write short).
process.stdout.write(`${digest}\n`);
process.stdout.write(payload);
