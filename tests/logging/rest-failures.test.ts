// Every Discord REST call fails (500s retried to the end, 404s, 403s) while HTTP mode runs at LOG_LEVEL=trace: no
// output line carries an interaction token, the bot token or a request body, and no line is over 8 KB.
// A failed /chart edit used to write its URL with the token and a 179 KB line of PNG bytes.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpModeProcess, type HttpModeProcess } from '../http/support/http-mode-process.js';
import {
  MODERATOR_PERMISSIONS,
  commandInteraction,
  createHttpClient,
  generateTestKeys,
} from '../http/support/signed-requests.js';

const keys = generateTestKeys();
const BOT_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.bot-token.that-must-never-be-logged';
const calls: string[] = [];
const failingDiscord = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    calls.push(`${request.method} ${request.url}`);
    const [status, body] =
      request.method === 'PATCH'
        ? [500, { message: 'Internal Server Error', code: 0 }]
        : request.method === 'PUT'
          ? [403, { message: 'Missing Permissions', code: 50013 }]
          : [404, { message: 'Unknown Webhook', code: 10015 }];
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
});
let bot: HttpModeProcess;

beforeAll(async () => {
  await new Promise<void>((resolve) => failingDiscord.listen(0, '127.0.0.1', resolve));
  const { port } = failingDiscord.address() as AddressInfo;
  bot = await startHttpModeProcess({
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_TOKEN: BOT_TOKEN,
    DISCORD_API_URL: `http://127.0.0.1:${port}/api`,
    LOG_LEVEL: 'trace',
  });
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  failingDiscord.closeAllConnections();
  await new Promise<void>((resolve) => failingDiscord.close(() => resolve()));
});

describe('logs while every REST call fails', () => {
  it('never write a token or a body, and no line is over 8 KB', { timeout: 60_000 }, async () => {
    const client = createHttpClient(bot.baseUrl);
    const interactions = [
      commandInteraction('chart', { subject: 'openai-2024' }),
      commandInteraction('pin-summary', {}, { memberPermissions: MODERATOR_PERMISSIONS }),
      commandInteraction('summary', { length: 'long' }),
      commandInteraction('ask', { question: 'How much revenue did OpenAI make?' }),
    ];
    try {
      for (const interaction of interactions) {
        const result = await client.postInteraction(keys.privateKey, interaction);
        expect(result.status).toBe(200);
      }
      // The failed edits are retried and logged after the HTTP responses; wait until the chart's edit gave up.
      const deadline = Date.now() + 30_000;
      while (!/could not|failed/i.test(bot.stderr()) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 200));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    } finally {
      client.close();
    }
    const output = bot.stderr();
    expect(calls.some((call) => call.startsWith('PATCH /api/v10/webhooks/'))).toBe(true);
    expect(output).toMatch(/could not|failed/i);
    for (const interaction of interactions) expect(output).not.toContain(interaction.token);
    expect(output).not.toContain(BOT_TOKEN);
    expect(output).not.toContain('bot-token');
    expect(output).not.toMatch(/\x89PNG|IHDR|iVBORw0KGgo/);
    const longest = Math.max(...output.split('\n').map((line) => Buffer.byteLength(line)));
    expect(longest).toBeLessThanOrEqual(8 * 1024);
  });
});
