// `npm run invite`: the URL asks for exactly the permissions /pin-summary checks, with the bot and commands scopes.
import { describe, expect, test } from 'vitest';
import { inviteLines } from '../../src/cli/invite.js';
import { parseConfig } from '../../src/config.js';
import {
  BOT_PERMISSIONS,
  MENTION_THREAD_BOT_NEEDS,
  PIN_SUMMARY_BOT_NEEDS,
  PERMISSIONS,
} from '../../src/interactions/permissions.js';
import { childEnv, runScript } from '../e2e/child-process.js';

const CLIENT_ID = '123456789012345678';

function bitsOf(permissions: readonly { bit: bigint }[]): bigint {
  return permissions.reduce((bits, p) => bits | p.bit, 0n);
}

describe('invite', () => {
  const { code, lines } = inviteLines(parseConfig({ NODE_ENV: 'test', DISCORD_CLIENT_ID: CLIENT_ID }));
  const url = new URL(lines[0] ?? '');

  test('is a Discord OAuth2 URL for the application with the bot and applications.commands scopes', () => {
    expect(code).toBe(0);
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(url.searchParams.get('scope')?.split(' ').sort()).toEqual(['applications.commands', 'bot']);
  });

  test('asks for exactly the bits the code checks or uses, nothing more (no Manage Messages, no Admin)', () => {
    const asked = BigInt(url.searchParams.get('permissions') ?? '-1');
    // /pin-summary's, the mention threads', and Read Message History for the reply that says a thread is impossible.
    expect(asked).toBe(bitsOf([...PIN_SUMMARY_BOT_NEEDS, ...MENTION_THREAD_BOT_NEEDS, PERMISSIONS.readMessageHistory]));
    expect(asked).toBe(bitsOf(BOT_PERMISSIONS.map((p) => p.permission)));
    expect(asked & PERMISSIONS.manageMessages.bit).toBe(0n);
    expect(asked & PERMISSIONS.pinMessages.bit).toBe(1n << 51n);
  });

  test('explains every permission it asks for', () => {
    for (const { permission } of BOT_PERMISSIONS)
      expect(lines.some((line) => line.trim().startsWith(`${permission.name}:`))).toBe(true);
  });

  test('without DISCORD_CLIENT_ID it says what to set and fails', () => {
    const missing = inviteLines(parseConfig({ NODE_ENV: 'test' }));
    expect(missing.code).toBe(1);
    expect(missing.lines.join('\n')).toContain('DISCORD_CLIENT_ID');
  });

  test('the script prints the same URL and exits 0', async () => {
    const cli = runScript('src/cli/invite.ts', { env: childEnv({ DISCORD_CLIENT_ID: CLIENT_ID }) });
    expect(await cli.exited(20_000)).toBe(0);
    expect(cli.stdout().split('\n')[0]).toBe(url.toString());
  });
});
