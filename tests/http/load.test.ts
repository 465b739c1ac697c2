// A bounded load test on loopback: 2,000 signed interactions, 50 at a time; every reply correct, none dropped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/bootstrap.js';
import { parseConfig } from '../../src/config.js';
import type { InitialResponse } from '../../src/http/responder.js';
import { startFakeDiscordRest, type FakeDiscordRest } from './support/fake-discord-rest.js';
import { expectedFirstResponse } from './support/golden.js';
import { startInteractionsHarness } from './support/harness.js';
import { runLoad } from './support/load.js';
import {
  CHANNEL_ID,
  createHttpClient,
  generateTestKeys,
  type HttpClient,
  type HttpResult,
} from './support/signed-requests.js';
import { loadUserId, mixedWorkload, type WorkloadTemplate } from './support/workload.js';

const TOTAL = 2000;
const CONCURRENCY = 50;
/** A bound, not a target: the run stops issuing requests after this (and then fails, since some were not sent). */
const DEADLINE_MS = 60_000;

const keys = generateTestKeys();
let rest: FakeDiscordRest;
let harness: Awaited<ReturnType<typeof startInteractionsHarness>>;
let client: HttpClient;

beforeAll(async () => {
  rest = await startFakeDiscordRest({ channelId: CHANNEL_ID });
  const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  harness = await startInteractionsHarness({
    publicKeyHex: keys.publicKeyHex,
    apiUrl: rest.apiUrl,
    services: (discord, logger) => createServices({ config, discord, logger }),
  });
  client = createHttpClient(harness.baseUrl, CONCURRENCY);
});

afterAll(async () => {
  client?.close();
  await harness?.close();
  await rest?.close();
});

describe('load', () => {
  it(
    `answers ${TOTAL} signed interactions at ${CONCURRENCY} concurrent, every one correctly`,
    { timeout: DEADLINE_MS + 30_000 },
    async () => {
      const workload = mixedWorkload(harness.services.kb);
      // The expected first response of each template, from the same dispatch run in-process.
      const expected = new Map<WorkloadTemplate, InitialResponse>();
      for (const template of new Set(workload)) {
        // A user of its own per template, so that the cooldown never shapes an expected answer.
        expected.set(
          template,
          await expectedFirstResponse(template.build(loadUserId(TOTAL + expected.size)), harness.services),
        );
      }

      const templateOf = (index: number): WorkloadTemplate => workload[index % workload.length] as WorkloadTemplate;
      const report = await runLoad<HttpResult>({
        total: TOTAL,
        concurrency: CONCURRENCY,
        deadlineMs: DEADLINE_MS,
        send: (index) => client.postInteraction(keys.privateKey, templateOf(index).build(loadUserId(index))),
        check: (index, result) => {
          if (result.status !== 200) return `status ${result.status}: ${result.text.slice(0, 200)}`;
          // Paging buttons carry the clicker's id and the time (src/interactions/paging.ts): compare without them.
          const unpaged = (text: string) => text.replace(/"pg:[^"]*"/g, '"pg"');
          const want = unpaged(JSON.stringify(expected.get(templateOf(index))));
          return unpaged(result.text) === want
            ? undefined
            : `${templateOf(index).name}: got ${result.text.slice(0, 200)}`;
        },
      });

      expect(report.failures.slice(0, 5)).toEqual([]);
      expect(report.sent).toBe(TOTAL);
      expect(report.correct).toBe(TOTAL);
      // The interactions dispatched are all finished, and none needed REST (every first response fitted the HTTP reply).
      await harness.server.settled();
      expect(rest.calls).toEqual([]);
    },
  );
});
