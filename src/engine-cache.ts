// The engine cache: a fresh process reads the knowledge base and its engine's indexes from one file instead of
// validating every knowledge file and analysing every fact (most of a cold start). The file is keyed by the knowledge
// directory's content hash and by a hash of the code that built it, and carries a checksum of its bytes; anything that
// does not match exactly (another knowledge, other code, a truncated or corrupt file, another format) is ignored and
// the engine is built from the files as before, then the cache is written anew. A knowledge reload in a running
// process never reads it (src/knowledge/watch.ts builds from what it validated).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { PROJECT_ROOT } from './config.js';
import { engineFromIndexes, engineIndexSteps, type ExplainingAnswerEngine } from './engine/index.js';
import { decodeEngine, encodeEngine } from './engine/snapshot.js';
import { runSteps } from './engine/steps.js';
import { knowledgeDigest } from './knowledge/hash.js';
import { deepFreeze } from './knowledge/freeze.js';
import type { KnowledgeBase } from './knowledge/schema.js';

const MAGIC = 'ask-the-article engine cache\n';
const HEX_LENGTH = 64;
const CHECKSUM_LENGTH = 17;
/**
 * The code this module belongs to: src/ under tsx, dist/src/ when built (also from the bundled ask command line in
 * dist/src/cli/, so that it and the bot share one cache).
 */
const CODE_ROOT = sourceRoot(path.dirname(fileURLToPath(import.meta.url)));

function sourceRoot(start: string): string {
  for (let dir = start; path.dirname(dir) !== dir; dir = path.dirname(dir))
    if (path.basename(dir) === 'src') return dir;
  return start;
}

export interface LoadedEngine {
  readonly kb: KnowledgeBase;
  readonly engine: ExplainingAnswerEngine;
  /** The knowledge version (first 12 hex digits of its content hash), or 'unknown' when it could not be hashed. */
  readonly hash: string;
  /**
   * Where the engine came from: the cache file, the knowledge files (then the cache was written, if it could be), or
   * a child process that built it from the files (decoded as from the cache; the cache written too).
   */
  readonly source: 'cache' | 'built' | 'child';
}

function sha256(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

/** The source files under `dir` (relative, sorted): one recursive directory read. */
function codeFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|js|mjs|cjs|json)$/.test(entry.name))
    .map((entry) => `${entry.parentPath}/${entry.name}`.slice(dir.length + 1))
    .sort();
}

let codeVersionMemo: string | undefined;

/**
 * A hash of the code that loads the knowledge and builds the engine: the path, size and modification time (to the
 * nanosecond) of every source file beside this module (all of src/, or dist/src/), the same of the lock file that
 * fixes the dependencies' versions, and the Node version. Any edit or rebuild gives another key, so a cache written
 * by other code is never read. (Metadata rather than contents: reading and hashing ~1.7 MB of code cost a fresh
 * process more than stat-ing its ~150 files.)
 */
export function codeVersion(root = CODE_ROOT): string {
  if (root === CODE_ROOT && codeVersionMemo) return codeVersionMemo;
  const hash = createHash('sha256');
  hash.update(`${process.version}\0`);
  const describe = (file: string) => {
    const stat = statSync(file, { bigint: true, throwIfNoEntry: false });
    return stat ? `${stat.size}:${stat.mtimeNs}` : 'absent';
  };
  for (const file of codeFiles(root)) hash.update(`${file}\0${describe(`${root}/${file}`)}\0`);
  hash.update(`package-lock.json\0${describe(path.join(PROJECT_ROOT, 'package-lock.json'))}`);
  const version = hash.digest('hex');
  if (root === CODE_ROOT) codeVersionMemo = version;
  return version;
}

/** The cache file of one knowledge directory (one file per directory; a new key overwrites it). */
export function engineCacheFile(cacheDir: string, knowledgeDir: string): string {
  return path.join(cacheDir, `engine-${sha256(path.resolve(knowledgeDir)).slice(0, 16)}.bin`);
}

/** The key of a knowledge content hash under this code. */
function cacheKey(digest: string): string {
  return sha256(`${codeVersion()}\0${digest}`);
}

/**
 * The payload's checksum: CRC-32 catches a damaged or truncated file (the key, not this, tells other knowledge or
 * code), at a fraction of SHA-256's cost over ~3 MB.
 */
function checksum(payload: Uint8Array): string {
  return `${crc32(payload).toString(16).padStart(8, '0')}:${payload.length.toString(16).padStart(8, '0')}`;
}

/** Header: MAGIC, the key (hex), the payload's checksum, each line ended by \n; then the payload (encodeEngine). */
function cacheBytes(key: string, payload: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(`${MAGIC}${key}\n${checksum(payload)}\n`, 'latin1'), payload]);
}

/** The payload of a cache file written under `key`, or undefined when it is another key's or damaged. */
function cachedPayload(bytes: Buffer, key: string): Buffer | undefined {
  const headerLength = MAGIC.length + HEX_LENGTH + 1 + CHECKSUM_LENGTH + 1;
  if (bytes.length <= headerLength) return undefined;
  const header = bytes.subarray(0, headerLength).toString('latin1');
  if (!header.startsWith(MAGIC)) return undefined;
  const [storedKey, stored] = header.slice(MAGIC.length).split('\n');
  if (storedKey !== key) return undefined;
  const payload = bytes.subarray(headerLength);
  return checksum(payload) === stored ? payload : undefined;
}

export interface EngineCacheOptions {
  /** Where the cache file lives (DATA_DIR/engine-cache); undefined: no cache, build from the files. */
  readonly cacheDir: string | undefined;
  /** Told why a cache file was not used, or could not be written (the shells log it at debug). */
  readonly onMiss?: (reason: string) => void;
  /**
   * On a miss, build in a short-lived child process (buildEngineInChild) rather than in this one: for the
   * long-running bot, whose memory would otherwise keep what the build used.
   */
  readonly buildInChild?: boolean;
}

function fromCache(file: string, key: string, dir: string): { kb: KnowledgeBase; engine: ExplainingAnswerEngine } {
  const payload = cachedPayload(readFileSync(file), key);
  if (!payload) throw new Error('written for other knowledge or other code, or damaged');
  return fromPayload(payload, dir);
}

function fromPayload(payload: Uint8Array, dir: string): { kb: KnowledgeBase; engine: ExplainingAnswerEngine } {
  const decoded = decodeEngine(payload);
  // As loadKnowledge returns it: this directory's, frozen.
  const kb = deepFreeze({ ...decoded.kb, dir });
  return { kb, engine: engineFromIndexes(kb, decoded.indexes) };
}

/** What reading the cache found: the engine, or what building it needs to know to write the cache after. */
export interface CacheLookup {
  readonly loaded?: LoadedEngine;
  readonly dir: string;
  readonly options: EngineCacheOptions;
  readonly digest?: string;
  readonly file?: string;
  readonly key?: string;
}

/** The knowledge in `dir` and its engine from the cache, when it holds exactly this knowledge under this code. */
export function readEngineCache(dir: string, options: EngineCacheOptions): CacheLookup {
  let digest: string | undefined;
  try {
    digest = knowledgeDigest(dir);
  } catch {
    // loadKnowledge says what is wrong with the directory.
  }
  const file = options.cacheDir && digest ? engineCacheFile(options.cacheDir, dir) : undefined;
  const key = digest ? cacheKey(digest) : undefined;
  const lookup = { dir, options, ...(digest ? { digest } : {}), ...(file ? { file } : {}), ...(key ? { key } : {}) };
  if (!file || !key) return lookup;
  try {
    return { ...lookup, loaded: { ...fromCache(file, key, dir), hash: hashOf(digest), source: 'cache' } };
  } catch (error) {
    options.onMiss?.(`engine cache ${file} not used: ${(error as Error).message}`);
    return lookup;
  }
}

function hashOf(digest: string | undefined): string {
  return digest?.slice(0, 12) ?? 'unknown';
}

/**
 * Loads the knowledge from the files with `loadKnowledge` (src/knowledge/load.ts, which throws a KnowledgeError
 * naming every problem; passed in so that a process that reads the cache never loads the knowledge schemas), builds
 * its engine, and writes the cache.
 */
export function buildEngine(lookup: CacheLookup, loadKnowledge: (dir: string) => KnowledgeBase): LoadedEngine {
  const { dir, digest, file, key, options } = lookup;
  const kb = loadKnowledge(dir);
  const indexes = runSteps(engineIndexSteps(kb));
  const engine = engineFromIndexes(kb, indexes);
  if (file && key) writeCache(file, key, dir, digest, () => encodeEngine(kb, indexes), options.onMiss);
  return { kb, engine, hash: hashOf(digest), source: 'built' };
}

/** How long a child's build may take before the process builds the engine itself. */
const CHILD_BUILD_TIMEOUT_MS = 120_000;

/** The child's output: the knowledge's content hash, a newline, the payload. */
function childPayload(stdout: Buffer, digest: string): Buffer | undefined {
  const newline = stdout.indexOf(10);
  return newline > 0 && stdout.subarray(0, newline).toString('latin1') === digest
    ? stdout.subarray(newline + 1)
    : undefined;
}

/**
 * buildEngine's work in a child process (src/engine-build.ts, node with no flags): it validates the knowledge and
 * builds the indexes, and this process decodes its snapshot as if read from the cache, then writes the cache. The
 * replies are the same (the cache's equivalence tests); what the build allocated and the code it compiled leave with
 * the child, so that a bot started on a miss holds about what one started from the cache holds (measured: README,
 * Operations). When the child cannot give the engine (invalid knowledge, no digest, any failure), this process builds
 * it itself with buildEngine, which throws the loader's KnowledgeError as before.
 */
function buildEngineInChild(lookup: CacheLookup, loadKnowledge: (dir: string) => KnowledgeBase): LoadedEngine {
  const { dir, digest, file, key, options } = lookup;
  if (!digest) return buildEngine(lookup, loadKnowledge);
  const self = fileURLToPath(import.meta.url);
  const script = path.join(path.dirname(self), `engine-build${path.extname(self)}`);
  const child = spawnSync(
    process.execPath,
    [...(script.endsWith('.ts') ? ['--import', 'tsx'] : []), script, path.resolve(dir)],
    { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30, timeout: CHILD_BUILD_TIMEOUT_MS, windowsHide: true },
  );
  const payload = child.status === 0 ? childPayload(child.stdout, digest) : undefined;
  const built = payload ? tryFromPayload(payload, dir) : undefined;
  if (!payload || !built) {
    const why =
      child.error?.message ?? (payload ? 'its output did not decode' : `exit ${child.status ?? child.signal}`);
    options.onMiss?.(`engine not built in a child process (${why}), building it here`);
    return buildEngine(lookup, loadKnowledge);
  }
  if (file && key) writeCache(file, key, dir, digest, () => payload, options.onMiss);
  return { ...built, hash: hashOf(digest), source: 'child' };
}

function tryFromPayload(payload: Uint8Array, dir: string) {
  try {
    return fromPayload(payload, dir);
  } catch {
    return undefined;
  }
}

/**
 * Loads the knowledge in `dir` and its answer engine: from the cache when it holds exactly this knowledge under this
 * code, else from the files (throwing loadKnowledge's KnowledgeError when they are invalid), writing the cache.
 */
export function loadEngine(
  dir: string,
  options: EngineCacheOptions,
  loadKnowledge: (dir: string) => KnowledgeBase,
): LoadedEngine {
  const lookup = readEngineCache(dir, options);
  if (lookup.loaded) return lookup.loaded;
  return options.buildInChild ? buildEngineInChild(lookup, loadKnowledge) : buildEngine(lookup, loadKnowledge);
}

/**
 * Writes the cache (a temporary file renamed over the old one, so a reader sees a whole file or none), unless the
 * knowledge changed while it was read: then what was built may not be what `digest` names, and nothing is written.
 */
function writeCache(
  file: string,
  key: string,
  dir: string,
  digest: string | undefined,
  payload: () => Uint8Array,
  onMiss: ((reason: string) => void) | undefined,
): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    if (knowledgeDigest(dir) !== digest) {
      onMiss?.('engine cache not written: the knowledge changed while it was loaded');
      return;
    }
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, cacheBytes(key, payload()));
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    onMiss?.(`engine cache ${file} not written: ${(error as Error).message}`);
  }
}
