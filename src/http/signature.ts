// Ed25519 checks of Discord's interaction signatures with Node's own crypto, before anything is parsed.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** DER header of an Ed25519 SubjectPublicKeyInfo; the 32 raw key bytes follow it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** Discord signs each request with the time it was sent; older (or later) than this is refused as a replay. */
export const MAX_SIGNATURE_AGE_MS = 5 * 60 * 1000;

/** Imports the application's public key (64 hex characters, from the developer portal). */
export function importDiscordPublicKey(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) {
    throw new TypeError('The Discord public key must be 64 hexadecimal characters.');
  }
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
}

export type SignatureVerdict =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly reason:
        'missing-headers' | 'malformed-signature' | 'malformed-timestamp' | 'stale-timestamp' | 'bad-signature';
    };

export interface SignedRequest {
  readonly signature: string | undefined;
  readonly timestamp: string | undefined;
  readonly body: Buffer;
}

/**
 * Checks `X-Signature-Ed25519` over `X-Signature-Timestamp` + the raw body, and that the timestamp
 * (Unix seconds) is within MAX_SIGNATURE_AGE_MS of `now`. Never throws.
 */
export function verifyDiscordSignature(
  key: KeyObject,
  request: SignedRequest,
  now: number = Date.now(),
): SignatureVerdict {
  const { signature, timestamp, body } = request;
  if (!signature || !timestamp) return { ok: false, reason: 'missing-headers' };
  if (!/^[0-9a-fA-F]{128}$/.test(signature)) return { ok: false, reason: 'malformed-signature' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed-timestamp' };
  if (Math.abs(now - Number(timestamp) * 1000) > MAX_SIGNATURE_AGE_MS) return { ok: false, reason: 'stale-timestamp' };
  const message = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  try {
    return verify(null, message, key, Buffer.from(signature, 'hex'))
      ? { ok: true }
      : { ok: false, reason: 'bad-signature' };
  } catch {
    return { ok: false, reason: 'bad-signature' };
  }
}
