// How npm start picks its mode, the recommended shard count from the configured API, and the discord.js message shape.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toDiscordMessage } from '../../src/discord/gateway.js';
import { recommendedShardCount, startShardingManager } from '../../src/discord/sharding.js';
import { chooseMode } from '../../src/main.js';
import { FAKE_TOKEN, FakeDiscord } from '../e2e/fake-discord.js';
import { LogCapture, testConfig } from '../e2e/harness.js';

describe('chooseMode', () => {
  const withToken = testConfig({ DISCORD_TOKEN: FAKE_TOKEN });
  const withoutToken = testConfig();

  test.each([
    ['auto with a token', withToken, [], 'gateway'],
    ['auto without a token', withoutToken, [], 'console'],
    ['--console wins over a token', withToken, ['--console'], 'console'],
    ['--http', withoutToken, ['--http'], 'http'],
    ['INTERACTIONS_MODE=http', testConfig({ INTERACTIONS_MODE: 'http' }), [], 'http'],
    [
      'INTERACTIONS_MODE=console with a token',
      testConfig({ INTERACTIONS_MODE: 'console', DISCORD_TOKEN: FAKE_TOKEN }),
      [],
      'console',
    ],
  ] as const)('%s → %s', (_label, config, argv, mode) => {
    expect(chooseMode(config, argv)).toBe(mode);
  });
});

describe('sharding configuration', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake.close();
  });

  test('SHARDS=auto asks the configured API (not discord.com) for the recommended count', async () => {
    expect(await recommendedShardCount(testConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: fake.apiUrl }))).toBe(
      1,
    );
    expect(fake.requests.at(-1)).toMatchObject({
      method: 'GET',
      path: '/gateway/bot',
      authorization: `Bot ${FAKE_TOKEN}`,
    });
  });

  test.each([
    [{ SHARDS: '0', DISCORD_TOKEN: FAKE_TOKEN }, /at least 1/],
    [{ SHARDS: '2' }, /DISCORD_TOKEN/],
  ])('refuses a bad setup before spawning anything (%o)', async (env, message) => {
    await expect(startShardingManager(testConfig(env), new LogCapture().logger)).rejects.toThrow(message);
  });
});

test('messages handed to discord.js never allow mentions and keep files', () => {
  const message = toDiscordMessage({ content: 'x', files: [{ name: 'a.png', data: Buffer.from('1') }] });
  expect(message.allowedMentions).toEqual({ parse: [] });
  expect(message.files).toEqual([{ attachment: Buffer.from('1'), name: 'a.png', description: undefined }]);
});
