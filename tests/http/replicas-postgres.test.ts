// Two HTTP replicas behind one (imaginary) load balancer on one PostgreSQL database: one /ask cooldown for a member
// whichever replica answers, one insight report, and a replay refused by the replica that did not see the original.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createServices } from '../../src/bootstrap.js';
import { parseConfig } from '../../src/config.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { createLogger } from '../../src/logger.js';
import { openStore, type OpenedStore } from '../../src/store/index.js';
import { createTestDatabase, describePostgres, type TestDatabase } from '../store/pg-support.js';
import { startFakeDiscordRest, type FakeDiscordRest } from './support/fake-discord-rest.js';
import { startInteractionsHarness } from './support/harness.js';
import {
  CHANNEL_ID,
  commandInteraction,
  createHttpClient,
  generateTestKeys,
  signatureHeaders,
  type HttpClient,
} from './support/signed-requests.js';

const keys = generateTestKeys();
const MAX = 3;

describePostgres('two HTTP replicas on one PostgreSQL database', () => {
  let db: TestDatabase;
  let rest: FakeDiscordRest;
  const stores: OpenedStore[] = [];
  const replicas: Awaited<ReturnType<typeof startInteractionsHarness>>[] = [];
  const clients: HttpClient[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    rest = await startFakeDiscordRest({ channelId: CHANNEL_ID });
    const config = parseConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      ASK_COOLDOWN_MAX: String(MAX),
      ASK_COOLDOWN_WINDOW_SECONDS: '60',
      DATABASE_URL: db.url,
    });
    const kb = loadKnowledge(config.knowledgeDir);
    for (let i = 0; i < 2; i += 1) {
      // Each replica opens its own pool, as two processes would; no STORE_SECRET: the database's key is shared.
      const opened = await openStore(config.store, createLogger('silent'));
      stores.push(opened);
      const replica = await startInteractionsHarness({
        publicKeyHex: keys.publicKeyHex,
        apiUrl: rest.apiUrl,
        services: (discord, logger) => createServices({ config, discord, logger, kb, store: opened.store }),
      });
      replicas.push(replica);
      clients.push(createHttpClient(replica.baseUrl));
    }
  });

  afterAll(async () => {
    for (const client of clients) client.close();
    for (const replica of replicas) await replica.close();
    for (const opened of stores) await opened.close();
    await rest?.close();
    await db?.drop();
  });

  const ask = (replica: number, userId: string, question: string) =>
    (clients[replica] as HttpClient).postInteraction(
      keys.privateKey,
      commandInteraction('ask', { question }, { userId }),
    );

  it('one member gets ASK_COOLDOWN_MAX answers in all, alternating between the replicas, and one report', async () => {
    const kb = replicas[0]?.services.kb;
    const questions = (kb?.facts ?? []).flatMap((fact) => fact.questions.en.slice(0, 1));
    expect(questions.length).toBeGreaterThan(MAX);
    const member = '410000000000000001';
    const results = [];
    for (let i = 0; i < 2 * MAX; i += 1) results.push(await ask(i % 2, member, questions[i] ?? ''));
    expect(results.map((result) => result.status)).toEqual(Array<number>(2 * MAX).fill(200));
    const slowedDown = results.map((result) => result.text.includes('Slow down'));
    // Per process the member would get MAX on each replica (2 × MAX in all); shared, MAX in all.
    expect(slowedDown).toEqual([...Array<boolean>(MAX).fill(false), ...Array<boolean>(MAX).fill(true)]);
    // Another member is not held back by the first one's limit.
    expect((await ask(1, '410000000000000002', questions[0] ?? '')).text).not.toContain('Slow down');

    // One report: both replicas read the same questions, whichever replica recorded them.
    const reports = async () => Promise.all(stores.map((opened) => opened.store.report({ since: 0 })));
    await expect.poll(async () => (await reports()).map((report) => report.total)).toEqual([MAX + 1, MAX + 1]);
    const [a, b] = await reports();
    expect(a).toEqual(b);
    expect(a?.byOutcome.answered ?? 0).toBeGreaterThan(0);
  });

  it('a signed request answered by one replica and replayed to the other is refused with 401', async () => {
    const body = JSON.stringify(commandInteraction('help', {}, { userId: '410000000000000003' }));
    const headers = { 'content-type': 'application/json', ...signatureHeaders(keys.privateKey, body) };
    const first = await (clients[0] as HttpClient).send({ path: '/interactions', body, headers });
    expect(first.status).toBe(200);
    const replayed = await (clients[1] as HttpClient).send({ path: '/interactions', body, headers });
    expect(replayed.status).toBe(401);
    expect(replayed.text).toContain('replayed request');
  });
});
