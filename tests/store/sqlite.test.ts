// The SQLite backend against real files in temporary folders: the contract, migrations, the secret, and every fault.
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStore, StoreSchemaError } from '../../src/store/index.js';
import { hashUserId, resolveStoreSecret, SECRET_FILE } from '../../src/store/secret.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { DATABASE_FILE, openSqliteStore } from '../../src/store/sqlite.js';
import { LogCapture } from '../e2e/harness.js';
import { DAY, question, storeContract, T0 } from './contract.js';

const SECRET = 'test-secret-0123456789abcdef0123';
const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'store-test-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});

storeContract('sqlite', async () => {
  const dir = tempDir();
  return {
    store: openSqliteStore({ dataDir: dir, secret: SECRET, logger: new LogCapture().logger }),
    cleanup: async () => undefined,
  };
});

const faultLines = (logs: LogCapture) => logs.lines.filter((line) => line.level === 50);

describe('sqlite store file', () => {
  it('creates DATA_DIR on first use, in WAL mode, at the latest schema version', async () => {
    const dir = path.join(tempDir(), 'nested', 'data');
    const store = openSqliteStore({ dataDir: dir, secret: SECRET, logger: new LogCapture().logger });
    await store.recordQuestion(question());
    await store.close();
    const db = new Database(path.join(dir, DATABASE_FILE), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
    // Reopening applies nothing twice and keeps the data.
    const again = openSqliteStore({ dataDir: dir, secret: SECRET, logger: new LogCapture().logger });
    expect((await again.report({ since: 0 })).total).toBe(1);
    await again.close();
  });

  it('refuses a schema newer than the code, naming the file', () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, DATABASE_FILE));
    db.pragma('user_version = 99');
    db.close();
    expect(() => openSqliteStore({ dataDir: dir, secret: SECRET, logger: new LogCapture().logger })).toThrow(
      StoreSchemaError,
    );
    expect(() => openSqliteStore({ dataDir: dir, secret: SECRET, logger: new LogCapture().logger })).toThrow(
      new RegExp(`insights\\.sqlite has schema version 99, newer than this bot knows \\(${MIGRATIONS.length}\\)`),
    );
  });

  it('migrates a version 1 file in place, keeping its questions, and records the knowledge version from then on', async () => {
    const dir = tempDir();
    const old = new Database(path.join(dir, DATABASE_FILE));
    old.exec(MIGRATIONS[0]!);
    old.pragma('user_version = 1');
    old
      .prepare(
        `INSERT INTO questions (at, guild_id, channel_id, lang, question, outcome, fact_ids, confidence)
         VALUES (?, 'g', 'c', 'en', 'an old question', 'answered', 'f', 0.9)`,
      )
      .run(T0);
    old.close();
    const store = openSqliteStore({ dataDir: dir, secret: SECRET, logger: new LogCapture().logger });
    await store.recordQuestion(question({ knowledge: { hash: 'abc123def456', loadedAt: T0 - 1000 } }));
    const report = await store.report({ since: 0 });
    expect(report.total).toBe(2);
    expect(report.knowledge).toEqual([{ hash: 'abc123def456', loadedAt: T0 - 1000, questions: 1, lastAt: T0 }]);
    await store.close();
    const db = new Database(path.join(dir, DATABASE_FILE), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('migrates a version 3 file in place: its per-day counts are backfilled from the rows and kept from then on', async () => {
    const dir = tempDir();
    const old = new Database(path.join(dir, DATABASE_FILE));
    for (const sql of MIGRATIONS.slice(0, 3)) old.exec(sql);
    old.pragma('user_version = 3');
    const insert = old.prepare(
      `INSERT INTO questions (at, guild_id, channel_id, lang, question, outcome, fact_ids, confidence,
                              knowledge_hash, knowledge_loaded_at)
       VALUES (?, ?, 'c', ?, 'an old question', ?, '', 0.9, ?, ?)`,
    );
    for (let i = 0; i < 40; i += 1)
      insert.run(
        T0 - (i % 5) * DAY - i * 1000,
        i % 4 === 0 ? null : `g${i % 2}`,
        i % 3 === 0 ? 'vi' : 'en',
        ['answered', 'declined', 'clarified'][i % 3],
        i % 2 ? 'abc123def456' : null,
        i % 2 ? T0 - 9 * DAY : null,
      );
    old.close();
    const store = openSqliteStore({ dataDir: dir, secret: SECRET, logger: new LogCapture().logger });
    const before = await store.report({ guildId: 'g1', since: T0 - 3 * DAY });
    await store.recordQuestion(question({ guildId: 'g1', interactionId: 'new', messageId: 'new' }));
    await store.close();
    const db = new Database(path.join(dir, DATABASE_FILE), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    // The per-day counts are exactly a recount of the rows, the old ones and the new one.
    const recount = db
      .prepare(
        `SELECT coalesce(guild_id, '') AS guild_key, at / 86400000 AS day, outcome, lang,
                coalesce(knowledge_hash, '') AS knowledge_hash, count(*) AS n, min(knowledge_loaded_at) AS loaded_at,
                max(at) AS last_at
         FROM questions GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
      )
      .all();
    const counts = db
      .prepare(
        `SELECT guild_key, day, outcome, lang, knowledge_hash, n, loaded_at, last_at FROM question_counts
         ORDER BY 1, 2, 3, 4, 5`,
      )
      .all();
    db.close();
    expect(recount.length).toBeGreaterThan(10);
    expect(counts).toEqual(recount);
    expect(before.total).toBe(
      Array.from({ length: 40 }, (_, i) => i).filter(
        (i) => i % 4 !== 0 && i % 2 === 1 && T0 - (i % 5) * DAY - i * 1000 >= T0 - 3 * DAY,
      ).length,
    );
  });

  it('keeps an HMAC of the voter, never the user id', async () => {
    const dir = tempDir();
    const store = openSqliteStore({ dataDir: dir, secret: SECRET, logger: new LogCapture().logger });
    await store.recordQuestion(question({ messageId: 'msg' }));
    await store.recordVote({
      at: T0,
      messageId: 'msg',
      interactionId: null,
      factId: 'f',
      userId: '987654321987654321',
      vote: 'up',
    });
    await store.close();
    const db = new Database(path.join(dir, DATABASE_FILE), { readonly: true });
    const voters = db.prepare('SELECT voter FROM votes').all() as { voter: string }[];
    db.close();
    expect(voters).toEqual([{ voter: hashUserId(SECRET, '987654321987654321') }]);
    expect(voters[0]?.voter).not.toContain('987654321987654321');
    for (const file of readdirSync(dir))
      expect(readFileSync(path.join(dir, file)).includes('987654321987654321')).toBe(false);
  });

  it('moves a corrupt file aside and starts a fresh one, logging the path once', async () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    writeFileSync(
      file,
      'this is not a database, just some bytes that are long enough to be read as a header'.repeat(20),
    );
    const logs = new LogCapture();
    const store = openSqliteStore({ dataDir: dir, secret: SECRET, logger: logs.logger, now: () => T0 });
    await store.recordQuestion(question());
    expect((await store.report({ since: 0 })).total).toBe(1);
    expect(store.status().recording).toBe(true);
    await store.close();
    const moved = readdirSync(dir).filter((name) => name.startsWith(`${DATABASE_FILE}.corrupt-`));
    expect(moved).toEqual([`${DATABASE_FILE}.corrupt-2026-12-01T12-00-00.000Z`]);
    expect(faultLines(logs)).toHaveLength(1);
    expect(faultLines(logs)[0]).toMatchObject({ path: file, msg: expect.stringContaining('corrupt') as unknown });
  });

  it('answers on without recording when the file is read-only, logs once, and retries later', async () => {
    const dir = tempDir();
    await openSqliteStore({ dataDir: dir, secret: SECRET, logger: new LogCapture().logger }).close();
    const logs = new LogCapture();
    let clock = T0;
    // Root ignores file modes, so the file is also opened read-only: SQLite itself refuses every write.
    chmodSync(path.join(dir, DATABASE_FILE), 0o444);
    const store = openSqliteStore({
      dataDir: dir,
      secret: SECRET,
      logger: logs.logger,
      now: () => clock,
      readonly: true,
      retryMs: 1000,
    });
    await expect(store.recordQuestion(question())).resolves.toBeUndefined();
    await store.recordQuestion(question());
    await store.recordQuestion(question());
    expect(store.status().recording).toBe(false);
    expect(faultLines(logs)).toHaveLength(1);
    expect(faultLines(logs)[0]).toMatchObject({
      path: path.join(dir, DATABASE_FILE),
      reason: expect.stringMatching(/READONLY/) as unknown,
    });
    expect((await store.report({ since: 0 })).total).toBe(0);
    clock += 1001;
    await store.recordQuestion(question());
    expect(faultLines(logs)).toHaveLength(1);
    await store.close();
  });

  it('skips recording while another process holds the lock, then records again after the pause', async () => {
    const dir = tempDir();
    const logs = new LogCapture();
    let clock = T0;
    const store = openSqliteStore({
      dataDir: dir,
      secret: SECRET,
      logger: logs.logger,
      now: () => clock,
      retryMs: 1000,
    });
    const other = new Database(path.join(dir, DATABASE_FILE));
    other.exec('BEGIN EXCLUSIVE');
    await store.recordQuestion(question({ interactionId: 'lost' }));
    await store.recordQuestion(question({ interactionId: 'lost-too' }));
    expect(faultLines(logs)).toHaveLength(1);
    expect(faultLines(logs)[0]).toMatchObject({ reason: expect.stringMatching(/BUSY|LOCKED/) as unknown });
    other.exec('COMMIT');
    other.close();
    clock += 1001;
    await store.recordQuestion(question({ interactionId: 'kept' }));
    expect((await store.report({ since: 0 })).total).toBe(1);
    expect(logs.find((line) => line.msg === 'store available again: recording')).toBeDefined();
    await store.close();
  });

  it('answers on when the disk is full', async () => {
    const dir = tempDir();
    const logs = new LogCapture();
    const store = openSqliteStore({
      dataDir: dir,
      secret: SECRET,
      logger: logs.logger,
      // The file may not grow past its current size: SQLite reports SQLITE_FULL, as on a full disk.
      afterOpen: (db) => db.pragma(`max_page_count = ${(db.pragma('page_count', { simple: true }) as number) || 1}`),
    });
    for (let i = 0; i < 200; i += 1)
      await store.recordQuestion(question({ question: `question ${i} ${'x'.repeat(250)}` }));
    expect(faultLines(logs)).toHaveLength(1);
    expect(faultLines(logs)[0]?.reason).toMatch(/FULL/);
    await store.close();
  });

  it('answers on when DATA_DIR cannot be created', async () => {
    const parent = tempDir();
    writeFileSync(path.join(parent, 'data'), 'a file where the folder should be');
    const logs = new LogCapture();
    const opened = await openStore(
      { dataDir: path.join(parent, 'data'), secret: SECRET, retentionDays: 90 },
      logs.logger,
    );
    await opened.store.recordQuestion(question());
    expect(opened.store.status().recording).toBe(false);
    expect(faultLines(logs)).toHaveLength(1);
    await opened.close();
  });
});

describe('retention and the secret', () => {
  it('purges questions older than RETENTION_DAYS at start-up', async () => {
    const dir = tempDir();
    const first = openSqliteStore({ dataDir: dir, secret: SECRET, logger: new LogCapture().logger });
    await first.recordQuestion(question({ at: T0 - 31 * DAY }));
    await first.recordQuestion(question({ at: T0 - 29 * DAY }));
    await first.close();
    const opened = await openStore(
      { dataDir: dir, secret: SECRET, retentionDays: 30 },
      new LogCapture().logger,
      () => T0,
    );
    expect((await opened.store.report({ since: 0 })).total).toBe(1);
    await opened.close();
  });

  it('purges again once a day while running, not only at start-up', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const dir = tempDir();
      let clock = T0;
      const logs = new LogCapture();
      const opened = await openStore({ dataDir: dir, secret: SECRET, retentionDays: 30 }, logs.logger, () => clock);
      await opened.store.recordQuestion(question({ at: T0 - 29 * DAY, interactionId: 'old' }));
      await opened.store.recordQuestion(question({ at: T0, interactionId: 'new' }));
      vi.advanceTimersByTime(DAY - 1);
      expect((await opened.store.report({ since: 0 })).total).toBe(2);
      // A day later the first one is 30 days old: the daily purge removes it.
      clock = T0 + DAY + 1;
      vi.advanceTimersByTime(1);
      await vi.waitFor(async () => expect((await opened.store.report({ since: 0 })).total).toBe(1));
      expect(logs.find((line) => line.msg === 'purged old questions from the store')).toMatchObject({ removed: 1 });
      await opened.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('generates STORE_SECRET once, saves it privately in DATA_DIR, and reuses it', () => {
    const dir = path.join(tempDir(), 'data');
    const logger = new LogCapture().logger;
    const secret = resolveStoreSecret(undefined, dir, logger);
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(existsSync(path.join(dir, SECRET_FILE))).toBe(true);
    expect(resolveStoreSecret(undefined, dir, logger)).toBe(secret);
    expect(resolveStoreSecret('configured-secret-value', dir, logger)).toBe('configured-secret-value');
    expect(hashUserId(secret, 'user')).not.toBe(hashUserId('another-secret-value-here', 'user'));
  });
});
