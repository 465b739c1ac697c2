// The gateway client keeps no per-user caches: every user and member seen in an interaction used to stay
// in memory forever (100k users: heap 41 → 95 MB). The bot's own user and member are kept.
import { expect, test } from 'vitest';
import type { Client } from 'discord.js';
import { parseConfig } from '../../src/config.js';
import { createGatewayClient } from '../../src/discord/gateway.js';

// discord.js adds what it sees on the gateway through these (internal) methods; the test feeds them directly.
interface Adding {
  _add(data: unknown): unknown;
}

const userData = (id: string) => ({ id, username: `user${id}`, discriminator: '0', global_name: null, avatar: null });

test('users, members and messages seen in interactions are not cached; guilds and the bot itself are', () => {
  const client: Client = createGatewayClient(parseConfig({ LOG_LEVEL: 'silent' }));
  const botId = '900000000000000001';
  (client as unknown as { user: { id: string } }).user = { id: botId };
  (client.users as unknown as Adding)._add(userData(botId));
  const guild = (client.guilds as unknown as Adding)._add({
    id: '800000000000000001',
    name: 'g',
    channels: [],
    roles: [],
    members: [],
  }) as { members: Adding & { cache: Map<string, unknown> } };
  for (let i = 0; i < 1_000; i += 1) {
    const id = String(100_000_000_000_000_000n + BigInt(i));
    (client.users as unknown as Adding)._add(userData(id));
    guild.members._add({
      user: userData(id),
      roles: [],
      joined_at: '2024-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
    });
  }
  guild.members._add({
    user: userData(botId),
    roles: [],
    joined_at: '2024-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
  });
  expect(client.guilds.cache.size).toBe(1);
  expect([...client.users.cache.keys()]).toEqual([botId]);
  expect([...guild.members.cache.keys()]).toEqual([botId]);
  void client.destroy();
});
