// STORE_SECRET: the key of the HMAC that replaces user ids in the store; generated once and kept in DATA_DIR when unset.
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger.js';

export const SECRET_FILE = 'store-secret';

/**
 * The configured secret, else the one saved in DATA_DIR, else a new one saved there (mode 0600). When
 * DATA_DIR cannot be written the secret lives only in this process: votes still count once per member
 * until a restart, and nothing is lost as a broken DATA_DIR records nothing anyway.
 */
export function resolveStoreSecret(configured: string | undefined, dataDir: string, logger: Logger): string {
  if (configured) return configured;
  const file = path.join(dataDir, SECRET_FILE);
  try {
    const saved = readFileSync(file, 'utf8').trim();
    if (saved.length >= 32) return saved;
  } catch {
    // Not there yet: generated below.
  }
  const secret = randomBytes(32).toString('hex');
  try {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  } catch (error) {
    logger.warn({ path: file, reason: (error as Error).message }, 'could not save the generated STORE_SECRET');
  }
  return secret;
}

/** What the store keeps instead of a user id: not reversible without the secret, the same for the same member. */
export function hashUserId(secret: string, userId: string): string {
  return createHmac('sha256', secret).update(userId).digest('base64url');
}
