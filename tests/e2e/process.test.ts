// End to end as `npm start` runs it, `node --import tsx src/main.ts` (plain and sharded), and `deploy:commands` against the fake Discord.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FAKE_BOT_ID, FAKE_GUILD_ID, FAKE_TOKEN, FakeDiscord } from './fake-discord.js';
import { childEnv, runScript, type RunningChild } from './child-process.js';
import { testConfig } from './harness.js';

let fake: FakeDiscord;
const children: RunningChild[] = [];

beforeEach(async () => {
  fake = await FakeDiscord.start();
});

afterEach(async () => {
  for (const child of children.splice(0)) child.kill();
  await fake.close();
});

function start(
  script: string,
  env: Record<string, string | undefined>,
  options: { stdin?: string; args?: string[] } = {},
): RunningChild {
  const child = runScript(script, { env: childEnv({ KNOWLEDGE_DIR: testConfig().knowledgeDir, ...env }), ...options });
  children.push(child);
  return child;
}

describe('npm start (src/main.ts)', () => {
  test('src/main.ts with a token connects, answers an interaction, and shuts down on SIGTERM without logging the token', async () => {
    const bot = start('src/main.ts', { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'debug' });
    await fake.waitForIdentify(30_000);
    await bot.waitForOutput(/ready for interactions/, 30_000);
    const { id } = fake.command('help', {});
    const reply = (await fake.waitForCallback(id, 10_000)).body as { type: number; data: { embeds: unknown[] } };
    expect(reply.type).toBe(4);
    expect(reply.data.embeds.length).toBe(1);
    // /read pages in place in the real process: ▶ on ¶2 comes back as a type 7 update showing ¶3.
    type Paged = {
      type: number;
      data: { embeds: { title: string }[]; components: { components: { custom_id: string }[] }[] };
    };
    const read = (await fake.waitForCallback(fake.command('read', { where: '2' }).id, 10_000)).body as Paged;
    expect(read.data.embeds[0]?.title).toMatch(/^¶2 · /);
    const next = read.data.components.at(-1)?.components[2]?.custom_id ?? '';
    const paged = (await fake.waitForCallback(fake.button(next, {}, { ...read.data }).id, 10_000)).body as Paged;
    expect(paged.type).toBe(7);
    expect(paged.data.embeds[0]?.title).toMatch(/^¶3 · /);

    bot.signalGroup('SIGTERM');
    await bot.waitForOutput(/discord client stopped/, 15_000, true);
    // Both lines, in whichever order their writes reach the pipe: one CI run (1 of 1,294 tests) read "discord client
    // stopped" before "shutting down" had arrived.
    await bot.waitForOutput(/shutting down/, 5_000, true);
    expect(bot.stderr()).not.toContain(FAKE_TOKEN);
    expect(bot.stdout()).not.toContain(FAKE_TOKEN);
    const identify = fake.received.find((frame) => frame.op === 2)?.d as { token: string };
    expect(identify.token).toBe(FAKE_TOKEN);
  }, 60_000);

  test.each([4004, 4014])(
    'gateway close %i after READY exits non-zero with a message naming the code',
    async (code) => {
      const bot = start('src/main.ts', { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: fake.apiUrl });
      await bot.waitForOutput(/ready for interactions/, 30_000);
      fake.closeGateway(code);
      expect(await bot.exited(15_000)).toBe(1);
      expect(bot.stderr()).toContain(`gateway closed with ${code}`);
      expect(bot.stderr()).not.toContain(FAKE_TOKEN);
    },
    60_000,
  );

  test.each(['SIGTERM', 'SIGINT'] as const)(
    'the bot process exits 0 on %s after destroying the client',
    async (signal) => {
      const bot = start('src/main.ts', { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: fake.apiUrl });
      await bot.waitForOutput(/ready for interactions/, 30_000);
      bot.signal(signal);
      expect(await bot.exited(15_000)).toBe(0);
      expect(bot.stderr()).toMatch(/discord client stopped/);
    },
    60_000,
  );

  test('SHARDS=auto starts discord.js sharding with the recommended count and every shard reaches READY', async () => {
    const bot = start('src/main.ts', { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: fake.apiUrl, SHARDS: 'auto' });
    await bot.waitForOutput(/all shards ready/, 45_000);
    expect(fake.identifiedSessions).toBe(1);
    const identify = fake.received.find((frame) => frame.op === 2)?.d as { shard: [number, number] };
    expect(identify.shard).toEqual([0, 1]);
    // The shard is a working bot: it answers.
    const { id } = fake.command('topics', {});
    expect(((await fake.waitForCallback(id, 10_000)).body as { type: number }).type).toBe(4);
    bot.signal('SIGTERM');
    expect(await bot.exited(15_000)).toBe(0);
  }, 60_000);

  test('--http hands over to the HTTP shell (which names its missing public key), exit 1, no stack trace', async () => {
    const bot = start('src/main.ts', {}, { args: ['--http'] });
    expect(await bot.exited()).toBe(1);
    expect(bot.stderr()).toContain('DISCORD_PUBLIC_KEY');
    expect(bot.stderr()).not.toMatch(/\n\s+at /);
  }, 30_000);

  test('bad configuration: the variable is named, exit 1, no stack trace', async () => {
    const bot = start('src/main.ts', { LOG_LEVEL: 'loud' });
    expect(await bot.exited()).toBe(1);
    expect(bot.stderr()).toContain('LOG_LEVEL');
    expect(bot.stderr()).not.toMatch(/\n\s+at /);
  }, 30_000);

  test('bad knowledge: the file, entry and field are named, exit 1, no stack trace', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bad-knowledge-'));
    try {
      cpSync(testConfig().knowledgeDir, dir, { recursive: true });
      const factsFile = path.join(dir, 'facts', 'intro.json');
      const facts = JSON.parse(readFileSync(factsFile, 'utf8')) as { facts: { id: string; paragraph: number }[] };
      const broken = facts.facts[0];
      if (!broken) throw new Error('no fact to break');
      broken.paragraph = 999;
      writeFileSync(factsFile, JSON.stringify(facts));
      const bot = start('src/main.ts', { KNOWLEDGE_DIR: dir }, { stdin: '/help\n' });
      expect(await bot.exited()).toBe(1);
      expect(bot.stderr()).toContain('facts/intro.json');
      expect(bot.stderr()).toContain(broken.id);
      expect(bot.stderr()).toContain('paragraph');
      expect(bot.stderr()).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('npm run deploy:commands', () => {
  test('registers every command in the guild, with vi localisations, and prints them', async () => {
    const cli = start('src/cli/deploy-commands.ts', {
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_GUILD_ID: FAKE_GUILD_ID,
    });
    expect(await cli.exited()).toBe(0);
    const put = fake.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe(`/applications/${FAKE_BOT_ID}/guilds/${FAKE_GUILD_ID}/commands`);
    const body = put?.body as { name: string; name_localizations?: { vi?: string } }[];
    const names = body.map((c) => c.name);
    for (const name of ['ask', 'summary', 'pin-summary', 'quote', 'figure', 'topics', 'source', 'help']) {
      expect(names).toContain(name);
      expect(cli.stdout()).toContain(`/${name} (`);
    }
    expect(body.every((c) => c.name_localizations?.vi)).toBe(true);
    expect(cli.stdout()).not.toContain(FAKE_TOKEN);
  }, 30_000);

  test('registers globally without DISCORD_GUILD_ID', async () => {
    const cli = start('src/cli/deploy-commands.ts', { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: fake.apiUrl });
    expect(await cli.exited()).toBe(0);
    expect(fake.requests.find((r) => r.method === 'PUT')?.path).toBe(`/applications/${FAKE_BOT_ID}/commands`);
    expect(cli.stdout()).toMatch(/globally/);
  }, 30_000);

  test('--remove overwrites the guild list with an empty one and says so', async () => {
    const cli = start(
      'src/cli/deploy-commands.ts',
      { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: fake.apiUrl, DISCORD_GUILD_ID: FAKE_GUILD_ID },
      { args: ['--remove'] },
    );
    expect(await cli.exited()).toBe(0);
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]?.path).toBe(`/applications/${FAKE_BOT_ID}/guilds/${FAKE_GUILD_ID}/commands`);
    expect(puts[0]?.body).toEqual([]);
    expect(cli.stdout()).toMatch(/Removed the commands from guild/);
  }, 30_000);

  test('an unknown option is refused with a one-line message and nothing is sent', async () => {
    const cli = start(
      'src/cli/deploy-commands.ts',
      { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: fake.apiUrl },
      {
        args: ['--remvoe'],
      },
    );
    expect(await cli.exited()).toBe(2);
    expect(cli.stderr().trim()).toBe('npm run deploy:commands: unknown option --remvoe (only --remove)');
    expect(fake.requests).toHaveLength(0);
  }, 30_000);

  test('without a token it names what is missing and sends nothing', async () => {
    const cli = start('src/cli/deploy-commands.ts', { DISCORD_API_URL: fake.apiUrl });
    expect(await cli.exited()).toBe(1);
    expect(cli.stderr()).toContain('DISCORD_TOKEN');
    expect(fake.requests).toHaveLength(0);
  }, 30_000);
});
