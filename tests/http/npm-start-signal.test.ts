// SIGTERM sent to `npm run start:http` (what a container runtime or supervisor signals) reaches the bot:
// it drains, logs "stopped" and stops answering. Through tsx's extra process the signal was lost.
import { describe, expect, it } from 'vitest';
import { startHttpModeProcess } from './support/http-mode-process.js';
import { generateTestKeys } from './support/signed-requests.js';

async function healthStatus(baseUrl: string): Promise<number | 'refused'> {
  try {
    return (await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) })).status;
  } catch {
    return 'refused';
  }
}

describe('npm run start:http and SIGTERM', () => {
  it('stops and drains the bot when npm gets SIGTERM', { timeout: 60_000 }, async () => {
    const started = await startHttpModeProcess(
      { DISCORD_PUBLIC_KEY: generateTestKeys().publicKeyHex, npm_config_update_notifier: 'false' },
      30_000,
      'npm',
    );
    expect(await healthStatus(started.baseUrl)).toBe(200);
    await started.stop(15_000);
    // The bot itself (not only npm) is gone: nothing listens on its port any more.
    expect(await healthStatus(started.baseUrl)).toBe('refused');
    expect(started.stderr()).toContain('shutting down');
    expect(started.stderr()).toContain('stopped');
  });
});
