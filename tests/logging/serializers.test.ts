// A failed Discord REST call logged at any level carries neither the interaction token nor the request body.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';

const TOKEN = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OnNlY3JldA';

function restError(): Error {
  // The shape discord.js's DiscordAPIError has: the URL with the token, and the whole request body.
  const error = new Error(`Unknown Webhook (PATCH /webhooks/111/${TOKEN}/messages/@original)`);
  Object.assign(error, {
    url: `https://discord.com/api/v10/webhooks/111/${TOKEN}/messages/@original`,
    method: 'PATCH',
    status: 404,
    requestBody: { files: [{ name: 'chart.png', data: 'x'.repeat(200_000) }], json: { content: 'hi' } },
  });
  return error;
}

describe('log serializers', () => {
  it('never writes the token or a line over 8 KB, at any level', () => {
    let out = '';
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        out += chunk.toString();
        done();
      },
    });
    const logger = createLogger('trace', sink);
    for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const)
      logger[level]({ err: restError() }, 'could not edit the reply');
    expect(out.split('\n').filter(Boolean)).toHaveLength(6);
    expect(out).not.toContain(TOKEN);
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(8192);
    const entry = JSON.parse(out.split('\n')[0] ?? '') as { err: { url: string; requestBody: unknown } };
    expect(entry.err.url).toContain('/webhooks/111/[redacted]');
    expect(entry.err.requestBody).toEqual({ type: 'object', size: expect.any(Number) as number });
  });
});
