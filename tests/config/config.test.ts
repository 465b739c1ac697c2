// The environment is parsed once with zod: defaults, derived values, and errors that name the variable but never its value.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clientIdFromToken, ConfigError, parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';

describe('parseConfig', () => {
  it('applies defaults and resolves the knowledge directory', () => {
    const config = parseConfig({});
    expect(config.logLevel).toBe('info');
    expect(config.http.port).toBe(8787);
    expect(config.askCooldown).toEqual({ max: 5, windowMs: 30_000 });
    expect(config.knowledgeDir).toMatch(/knowledge$/);
    expect(config.discord.token).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.discord)).toBe(true);
  });

  it('treats empty strings as unset (as .env.example leaves them)', () => {
    const config = parseConfig({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: '', DISCORD_API_URL: '' });
    expect(config.discord.token).toBeUndefined();
    expect(config.discord.guildId).toBeUndefined();
    expect(config.discord.apiUrl).toBeUndefined();
  });

  it('gives blank numbers and HOST their defaults (PORT= must not become port 0, a random port)', () => {
    const config = parseConfig({ PORT: '', HOST: ' ', ASK_COOLDOWN_MAX: '', ASK_COOLDOWN_WINDOW_SECONDS: '' });
    expect(config.http).toEqual({ port: 8787, host: '0.0.0.0' });
    expect(config.askCooldown).toEqual({ max: 5, windowMs: 30_000 });
    expect(parseConfig({ PORT: '0' }).http.port).toBe(0);
  });

  it('derives the client id from the token when it is not given', () => {
    const id = '123456789012345678';
    const token = `${Buffer.from(id).toString('base64')}.abc.def`;
    expect(clientIdFromToken(token)).toBe(id);
    expect(parseConfig({ DISCORD_TOKEN: token }).discord.clientId).toBe(id);
    expect(clientIdFromToken('not-a-token')).toBeUndefined();
  });

  it('names every bad variable and never echoes a value', () => {
    const secret = 'super-secret-value-123';
    let message = '';
    try {
      parseConfig({ LOG_LEVEL: secret, PORT: 'eighty', DISCORD_GUILD_ID: secret, DISCORD_PUBLIC_KEY: secret });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toContain('LOG_LEVEL');
    expect(message).toContain('PORT');
    expect(message).toContain('DISCORD_GUILD_ID');
    expect(message).toContain('DISCORD_PUBLIC_KEY');
    expect(message).not.toContain(secret);
  });

  it('accepts SHARDS=auto or a number', () => {
    expect(parseConfig({ SHARDS: 'auto' }).shards).toBe('auto');
    expect(parseConfig({ SHARDS: '4' }).shards).toBe(4);
    expect(() => parseConfig({ SHARDS: 'many' })).toThrow(/SHARDS/);
  });
});

describe('logger', () => {
  it('redacts tokens and authorization headers', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger('info', sink);
    logger.info(
      { token: 'tok-1', headers: { authorization: 'Bot tok-2' }, config: { discord: { token: 'tok-3' } } },
      'hello',
    );
    const out = lines.join('');
    expect(out).toContain('hello');
    expect(out).not.toMatch(/tok-[123]/);
    expect(out).toContain('[redacted]');
  });
});

describe('.env.example', () => {
  it('names every variable the configuration reads', () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const source = readFileSync(path.join(root, 'src/config.ts'), 'utf8');
    const example = readFileSync(path.join(root, '.env.example'), 'utf8');
    const read = new Set([
      ...[...source.matchAll(/^\s+([A-Z][A-Z0-9_]+): /gm)].map((m) => m[1]),
      ...[...source.matchAll(/\benv\.([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]),
    ]);
    // VITEST is set by the test runner, not by an operator.
    read.delete('VITEST');
    expect(read.size).toBeGreaterThan(20);
    const documented = new Set([...example.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    expect([...read].filter((key) => !documented.has(key))).toEqual([]);
  });
});
