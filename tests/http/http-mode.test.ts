// `npm run start:http` as a real process: starts from the configuration, answers signed requests, exits 0 on SIGTERM.
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeDiscordRest, type FakeDiscordRest } from './support/fake-discord-rest.js';
import { startHttpModeProcess, type HttpModeProcess } from './support/http-mode-process.js';
import {
  buttonInteraction,
  CHANNEL_ID,
  commandInteraction,
  createHttpClient,
  generateTestKeys,
  pingInteraction,
} from './support/signed-requests.js';

let rest: FakeDiscordRest | undefined;
let started: HttpModeProcess | undefined;

afterAll(async () => {
  await started?.stop();
  await rest?.close();
});

describe('HTTP mode process', () => {
  it('serves signed interactions and shuts down cleanly on SIGTERM', { timeout: 60_000 }, async () => {
    const keys = generateTestKeys();
    rest = await startFakeDiscordRest({ channelId: CHANNEL_ID });
    started = await startHttpModeProcess({
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      DISCORD_API_URL: rest.apiUrl,
      DISCORD_TOKEN: 'fake.bot.token',
    });
    const client = createHttpClient(started.baseUrl);
    try {
      expect((await client.send({ method: 'GET', path: '/healthz' })).status).toBe(200);
      const pong = await client.postInteraction(keys.privateKey, pingInteraction());
      expect(JSON.parse(pong.text)).toEqual({ type: 1 });
      const help = await client.postInteraction(keys.privateKey, commandInteraction('help'));
      expect(help.status).toBe(200);
      expect(JSON.parse(help.text)).toMatchObject({ type: 4, data: { allowed_mentions: { parse: [] } } });
      // /read pages in place: ▶ on ¶2 answers with a type 7 update showing ¶3.
      type Paged = { data: { embeds: { title: string }[]; components: { components: { custom_id: string }[] }[] } };
      const read = JSON.parse(
        (await client.postInteraction(keys.privateKey, commandInteraction('read', { where: '2' }))).text,
      ) as Paged;
      expect(read.data.embeds[0]?.title).toMatch(/^¶2 · /);
      const next = read.data.components.at(-1)?.components[2]?.custom_id ?? '';
      const paged = JSON.parse(
        (await client.postInteraction(keys.privateKey, buttonInteraction(next))).text,
      ) as unknown;
      expect(paged).toMatchObject({ type: 7, data: { allowed_mentions: { parse: [] } } });
      expect((paged as Paged).data.embeds[0]?.title).toMatch(/^¶3 · /);
      expect((await client.postInteraction(generateTestKeys().privateKey, pingInteraction())).status).toBe(401);
    } finally {
      client.close();
    }
    const code = await started.stop();
    expect(code).toBe(0);
    expect(started.stderr()).toContain('shutting down');
    expect(started.stderr()).not.toContain('fake.bot.token');
  });

  it(
    'refuses to start without DISCORD_PUBLIC_KEY, naming the variable and printing no stack trace',
    { timeout: 60_000 },
    async () => {
      const error = await startHttpModeProcess({}).then(
        async (unexpected) => {
          await unexpected.stop();
          return undefined;
        },
        (reason: Error) => reason,
      );
      expect(error?.message).toContain('DISCORD_PUBLIC_KEY');
      expect(error?.message).not.toMatch(/\n\s+at /);
    },
  );
});
