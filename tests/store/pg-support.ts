// PostgreSQL for the tests: one fresh database per test on the server TEST_DATABASE_URL names (scripts/pg-cluster.sh
// starts a throw-away one), a TCP proxy that can take the server "down" and back, and a visible skip without it.
import { randomBytes } from 'node:crypto';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { describe, it } from 'vitest';

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

/**
 * A describe() that needs PostgreSQL. Without TEST_DATABASE_URL it is skipped with the reason in its name, except
 * under CI=true, where the missing server is a failure: .ci/run must start one.
 */
export function describePostgres(name: string, body: () => void): void {
  if (TEST_DATABASE_URL) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('has a PostgreSQL server (TEST_DATABASE_URL)', () => {
        throw new Error('TEST_DATABASE_URL is unset under CI=true: .ci/run must start scripts/pg-cluster.sh');
      });
    });
    return;
  }
  const reason = `skipped: TEST_DATABASE_URL is unset; run eval "$(scripts/pg-cluster.sh start)"`;
  console.warn(`${name}: ${reason}`);
  describe.skip(`${name} (${reason})`, body);
}

function serverUrl(): URL {
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is unset');
  return new URL(TEST_DATABASE_URL);
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl().toString() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  readonly name: string;
  readonly url: string;
  /** Runs SQL on this database directly (to look at what the store wrote, or to break it). */
  query<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

/** A new, empty database on the test server (dropped, with its connections, by drop()). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `store_test_${process.pid}_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = serverUrl();
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        return (await client.query<T>(sql, params)).rows;
      } finally {
        await client.end();
      }
    },
    async drop() {
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** A URL with the test database's path but this proxy's port, so that the database can go down and come back. */
export interface DatabaseProxy {
  readonly url: string;
  /** Closes every connection and refuses new ones (the server is "down"). */
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startDatabaseProxy(databaseUrl: string): Promise<DatabaseProxy> {
  const target = new URL(databaseUrl);
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const created = createServer((client) => {
        const upstream = createConnection({ host: target.hostname, port: Number(target.port || 5432) });
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => undefined);
        }
        client.pipe(upstream).pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
      created.once('error', reject);
      created.listen(port, '127.0.0.1', () => {
        port = (created.address() as AddressInfo).port;
        server = created;
        resolve();
      });
    });
  const down = async () => {
    const closing = server;
    server = undefined;
    for (const socket of sockets) socket.destroy();
    if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()));
  };
  await listen();
  const url = new URL(databaseUrl);
  url.port = String(port);
  return { url: url.toString(), down, up: listen, close: down };
}
