// The PostgreSQL backend against a real server (TEST_DATABASE_URL): the same contract as SQLite, its migrations,
// the voter key replicas share, the shared /ask cooldown and replay set, and the database going down and back.
import { afterEach, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { openStore, StoreSchemaError, type InsightStore } from '../../src/store/index.js';
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres-migrations.js';
import { openPostgresStore, redactDatabaseUrl } from '../../src/store/postgres.js';
import { hashUserId } from '../../src/store/secret.js';
import { createSharedAskCooldown } from '../../src/store/shared.js';
import { createAskCooldown } from '../../src/interactions/cooldown.js';
import { LogCapture } from '../e2e/harness.js';
import { DAY, question, storeContract, T0 } from './contract.js';
import { createTestDatabase, describePostgres, startDatabaseProxy, type TestDatabase } from './pg-support.js';

const SECRET = 'test-secret-0123456789abcdef0123';
const LIMIT = { max: 5, windowMs: 30_000 };

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function database(): Promise<TestDatabase> {
  const db = await createTestDatabase();
  cleanups.push(() => db.drop());
  return db;
}

async function open(url: string, options: { secret?: string | undefined; logs?: LogCapture; now?: () => number } = {}) {
  const store = await openPostgresStore({
    url,
    secret: 'secret' in options ? options.secret : SECRET,
    logger: (options.logs ?? new LogCapture()).logger,
    ...(options.now ? { now: options.now } : {}),
    retryMs: 1000,
  });
  cleanups.push(() => store.close());
  return store;
}

function shared(store: InsightStore) {
  if (!store.shared) throw new Error('the PostgreSQL store shares no state');
  return store.shared;
}

const faultLines = (logs: LogCapture) => logs.lines.filter((line) => line.level === 50);

describePostgres('postgres store', () => {
  storeContract('postgres', async () => {
    const db = await createTestDatabase();
    return {
      store: await openPostgresStore({ url: db.url, secret: SECRET, logger: new LogCapture().logger }),
      cleanup: () => db.drop(),
    };
  });

  it('DATABASE_URL selects it; status names the database without the password', async () => {
    const db = await database();
    const withPassword = new URL(db.url);
    withPassword.password = 'hunter2';
    // Trust authentication ignores the password: the URL still connects.
    const config = parseConfig({ NODE_ENV: 'test', DATABASE_URL: withPassword.toString(), STORE_SECRET: SECRET });
    const opened = await openStore(config.store, new LogCapture().logger);
    cleanups.push(() => opened.close());
    await opened.store.recordQuestion(question());
    expect(opened.store.status()).toEqual({
      backend: 'postgres',
      location: redactDatabaseUrl(withPassword.toString()),
      recording: true,
    });
    expect(opened.store.status().location).not.toContain('hunter2');
    expect((await db.query('SELECT count(*)::int AS n FROM questions'))[0]).toEqual({ n: 1 });
  });

  it('rejects a DATABASE_URL that is not postgres://, without echoing it', () => {
    expect(() => parseConfig({ DATABASE_URL: 'mysql://user:secret@host/db' })).toThrow(
      /DATABASE_URL: must be a postgres:\/\/user:password@host:port\/database URL/,
    );
    expect(() => parseConfig({ DATABASE_URL: 'mysql://user:secret@host/db' })).not.toThrow(/secret/);
  });

  it('migrates a new database in one go, twice at once from two replicas, and applies nothing twice', async () => {
    const db = await database();
    const [a, b] = await Promise.all([open(db.url), open(db.url)]);
    expect(await db.query('SELECT version FROM store_schema')).toEqual([{ version: POSTGRES_MIGRATIONS.length }]);
    await a.recordQuestion(question());
    await a.close();
    await b.close();
    const again = await open(db.url);
    expect((await again.report({ since: 0 })).total).toBe(1);
    expect(await db.query('SELECT version FROM store_schema')).toEqual([{ version: POSTGRES_MIGRATIONS.length }]);
  });

  it('migrates a version 2 database in place, keeping its questions, and records the knowledge version from then on', async () => {
    const db = await database();
    await db.query('CREATE TABLE store_schema (version INTEGER NOT NULL)');
    for (const sql of POSTGRES_MIGRATIONS.slice(0, 2)) await db.query(sql);
    await db.query('INSERT INTO store_schema (version) VALUES (2)');
    await db.query(
      `INSERT INTO questions (at, guild_id, channel_id, lang, question, outcome, fact_ids, confidence)
       VALUES ($1, 'g', 'c', 'en', 'an old question', 'answered', 'f', 0.9)`,
      [T0],
    );
    const store = await open(db.url);
    expect(await db.query('SELECT version FROM store_schema')).toEqual([{ version: POSTGRES_MIGRATIONS.length }]);
    await store.recordQuestion(question({ knowledge: { hash: 'abc123def456', loadedAt: T0 - 1000 } }));
    const report = await store.report({ since: 0 });
    expect(report.total).toBe(2);
    expect(report.knowledge).toEqual([{ hash: 'abc123def456', loadedAt: T0 - 1000, questions: 1, lastAt: T0 }]);
  });

  it('migrates a version 3 database in place: its per-day counts are backfilled from the rows and kept from then on', async () => {
    const db = await database();
    await db.query('CREATE TABLE store_schema (version INTEGER NOT NULL)');
    for (const sql of POSTGRES_MIGRATIONS.slice(0, 3)) await db.query(sql);
    await db.query('INSERT INTO store_schema (version) VALUES (3)');
    for (let i = 0; i < 40; i += 1)
      await db.query(
        `INSERT INTO questions (at, guild_id, channel_id, lang, question, outcome, fact_ids, confidence,
                                knowledge_hash, knowledge_loaded_at)
         VALUES ($1, $2, 'c', $3, 'an old question', $4, '', 0.9, $5, $6)`,
        [
          T0 - (i % 5) * DAY - i * 1000,
          i % 4 === 0 ? null : `g${i % 2}`,
          i % 3 === 0 ? 'vi' : 'en',
          ['answered', 'declined', 'clarified'][i % 3],
          i % 2 ? 'abc123def456' : null,
          i % 2 ? T0 - 9 * DAY : null,
        ],
      );
    const store = await open(db.url);
    expect(await db.query('SELECT version FROM store_schema')).toEqual([{ version: POSTGRES_MIGRATIONS.length }]);
    const before = await store.report({ guildId: 'g1', since: T0 - 3 * DAY });
    expect(before.total).toBe(
      Array.from({ length: 40 }, (_, i) => i).filter(
        (i) => i % 4 !== 0 && i % 2 === 1 && T0 - (i % 5) * DAY - i * 1000 >= T0 - 3 * DAY,
      ).length,
    );
    await store.recordQuestion(question({ guildId: 'g1', interactionId: 'new', messageId: 'new' }));
    await store.recordQuestion(question({ guildId: 'g1', interactionId: 'new2', messageId: 'new2', lang: 'vi' }));
    // The per-day counts are exactly a recount of the rows, the old ones and the new ones.
    const recount = await db.query(
      `SELECT coalesce(guild_id, '') AS guild_key, (at / 86400000)::int AS day, outcome, lang,
              coalesce(knowledge_hash, '') AS knowledge_hash, count(*)::int AS n,
              min(knowledge_loaded_at)::float8 AS loaded_at, max(at)::float8 AS last_at
       FROM questions GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
    );
    const counts = await db.query(
      `SELECT guild_key, day, outcome, lang, knowledge_hash, n::int AS n, loaded_at::float8 AS loaded_at,
              last_at::float8 AS last_at
       FROM question_counts ORDER BY 1, 2, 3, 4, 5`,
    );
    expect(recount.length).toBeGreaterThan(10);
    expect(counts).toEqual(recount);
  });

  it('refuses a schema newer than the code at start-up, naming the database but not its password', async () => {
    const db = await database();
    await (await open(db.url)).close();
    await db.query('UPDATE store_schema SET version = 99');
    const url = new URL(db.url);
    url.password = 'hunter2';
    const opening = openPostgresStore({ url: url.toString(), secret: SECRET, logger: new LogCapture().logger });
    await expect(opening).rejects.toThrow(StoreSchemaError);
    await expect(
      openPostgresStore({ url: url.toString(), secret: SECRET, logger: new LogCapture().logger }),
    ).rejects.toThrow(
      new RegExp(`${db.name} has schema version 99, newer than this bot knows \\(${POSTGRES_MIGRATIONS.length}\\)`),
    );
    await expect(
      openPostgresStore({ url: url.toString(), secret: SECRET, logger: new LogCapture().logger }),
    ).rejects.not.toThrow(/hunter2/);
  });

  it('keeps an HMAC of the voter; without STORE_SECRET every replica uses the key kept in the database', async () => {
    const db = await database();
    const a = await open(db.url, { secret: undefined });
    const b = await open(db.url, { secret: undefined });
    await a.recordQuestion(question({ messageId: 'msg' }));
    const vote = { at: T0, messageId: 'msg', interactionId: null, factId: 'f', userId: '987654321987654321' } as const;
    expect(await a.recordVote({ ...vote, vote: 'up' })).toBe(true);
    // The same member through the other replica replaces the vote instead of adding one.
    expect(await b.recordVote({ ...vote, vote: 'down' })).toBe(true);
    const voters = await db.query<{ voter: string; vote: number }>('SELECT voter, vote FROM votes');
    const [{ value: key } = { value: '' }] = await db.query<{ value: string }>(
      `SELECT value FROM store_meta WHERE key = 'voter_secret'`,
    );
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(voters).toEqual([{ voter: hashUserId(key, '987654321987654321'), vote: -1 }]);
    expect(JSON.stringify(await db.query('SELECT * FROM votes'))).not.toContain('987654321987654321');
  });

  it('enforces one /ask limit across replicas with one atomic statement per check', async () => {
    const db = await database();
    const replicas = [await open(db.url), await open(db.url)];
    // 40 concurrent checks by one member, alternating between two pools: exactly LIMIT.max allowed.
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => shared(replicas[i % 2] as InsightStore).takeAsk('u1', LIMIT, T0 + i)),
    );
    expect(results.filter((allowed) => allowed === true)).toHaveLength(LIMIT.max);
    expect(results.every((allowed) => typeof allowed === 'boolean')).toBe(true);
    const [a, b] = replicas.map(shared);
    // Another member is not affected.
    expect(await b?.takeAsk('u2', LIMIT, T0 + 50)).toBe(true);
    // Refused attempts are not counted: the first allowed one leaves the window first.
    const firstAllowed = results.indexOf(true);
    expect(await a?.askRetryAfterMs('u1', LIMIT, T0 + 100)).toBe(T0 + firstAllowed + LIMIT.windowMs - (T0 + 100));
    expect(await a?.askRetryAfterMs('u2', LIMIT, T0 + 100)).toBe(0);
    expect(await b?.takeAsk('u1', LIMIT, T0 + firstAllowed + LIMIT.windowMs)).toBe(true);
    expect(await b?.takeAsk('u1', LIMIT, T0 + firstAllowed + LIMIT.windowMs)).toBe(false);
    // No user id in clear.
    expect(JSON.stringify(await db.query('SELECT user_key FROM ask_cooldown'))).not.toContain('u1');
  });

  it('refuses a replayed request on any replica within the window, and forgets keys after it', async () => {
    const db = await database();
    const [a, b] = [shared(await open(db.url)), shared(await open(db.url))];
    const windowMs = 600_000;
    expect(await a.claimReplay(['id:1', 'sig:aa'], T0, windowMs)).toBe(true);
    expect(await b.claimReplay(['id:1', 'sig:aa'], T0 + 1, windowMs)).toBe(false);
    // The same interaction id with another signature, or the same signature with another id: still a replay.
    expect(await b.claimReplay(['id:1', 'sig:bb'], T0 + 2, windowMs)).toBe(false);
    expect(await a.claimReplay(['id:2', 'sig:aa'], T0 + 3, windowMs)).toBe(false);
    // Ten concurrent copies of a new request across both replicas: one is answered.
    const copies = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).claimReplay(['id:3', 'sig:cc'], T0 + 10, windowMs)),
    );
    expect(copies.filter(Boolean)).toHaveLength(1);
    // Past the window the keys have expired (the signature's timestamp would be refused anyway).
    expect(await b.claimReplay(['id:1', 'sig:aa'], T0 + windowMs + 1, windowMs)).toBe(true);
  });

  it('sweeps expired cooldown rows and replay keys, so the tables stay bounded', async () => {
    const db = await database();
    let clock = T0;
    const store = await openPostgresStore({
      url: db.url,
      secret: SECRET,
      logger: new LogCapture().logger,
      now: () => clock,
      sweepMs: 50,
    });
    cleanups.push(() => store.close());
    for (let i = 0; i < 20; i += 1) {
      await shared(store).takeAsk(`user-${i}`, LIMIT, clock);
      await shared(store).claimReplay([`id:${i}`, `sig:${i}`], clock, 600_000);
    }
    const count = async (table: string) =>
      (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n;
    expect(await count('ask_cooldown')).toBe(20);
    expect(await count('replay_keys')).toBe(40);
    clock += 600_001;
    await expect.poll(() => count('ask_cooldown'), { timeout: 5000 }).toBe(0);
    await expect.poll(() => count('replay_keys'), { timeout: 5000 }).toBe(0);
  });

  it('answers on while the database is down at start-up: logs once, records nothing, retries', async () => {
    const db = await database();
    const proxy = await startDatabaseProxy(db.url);
    cleanups.push(() => proxy.close());
    await proxy.down();
    const logs = new LogCapture();
    let clock = T0;
    const store = await open(proxy.url, { logs, now: () => clock });
    expect(store.status().recording).toBe(false);
    await expect(store.recordQuestion(question())).resolves.toBeUndefined();
    await store.recordQuestion(question());
    expect(await shared(store).takeAsk('u', LIMIT, clock)).toBeUndefined();
    expect(await shared(store).claimReplay(['id:x'], clock, 1000)).toBeUndefined();
    expect((await store.report({ since: 0 })).total).toBe(0);
    expect(faultLines(logs)).toHaveLength(1);
    expect(faultLines(logs)[0]).toMatchObject({
      msg: 'store unavailable: answering without recording, will retry',
      location: redactDatabaseUrl(proxy.url),
    });
    // Back up: after the pause the store migrates and records again.
    await proxy.up();
    clock += 1001;
    await store.recordQuestion(question({ interactionId: 'kept' }));
    expect(store.status().recording).toBe(true);
    expect((await store.report({ since: 0 })).total).toBe(1);
    expect(logs.find((line) => line.msg === 'store available again: recording')).toBeDefined();
    expect(faultLines(logs)).toHaveLength(1);
  });

  it('keeps answering when the database goes away mid-run: the cooldown falls back to this process', async () => {
    const db = await database();
    const proxy = await startDatabaseProxy(db.url);
    cleanups.push(() => proxy.close());
    const logs = new LogCapture();
    let clock = T0;
    const store = await open(proxy.url, { logs, now: () => clock });
    const cooldown = createSharedAskCooldown(shared(store), LIMIT, createAskCooldown(LIMIT));
    expect(await cooldown.allow('u', clock)).toBe(true);
    await store.recordQuestion(question());
    await proxy.down();
    const started = Date.now();
    for (let i = 0; i < 10; i += 1) await store.recordQuestion(question({ interactionId: `lost-${i}` }));
    // The in-process limit takes over (a fresh one: it did not see the attempt recorded in the database).
    const allowed = [];
    for (let i = 0; i < 8; i += 1) allowed.push(await cooldown.allow('u', clock));
    expect(allowed).toEqual([true, true, true, true, true, false, false, false]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(faultLines(logs)).toHaveLength(1);
    await proxy.up();
    clock += 1001;
    // The database is back: its count (1 earlier attempt) is the limit again.
    expect(await cooldown.allow('u', clock)).toBe(true);
    expect((await store.report({ since: 0 })).total).toBe(1);
  });
});
