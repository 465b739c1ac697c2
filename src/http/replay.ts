// Replay refusal for signed interaction requests: a request whose interaction id or signature was already seen
// within the signature's freshness window is refused (401) and not answered again.
import { LastWriteMap } from '../interactions/cooldown.js';
import { MAX_SIGNATURE_AGE_MS } from './signature.js';

/**
 * Claims the keys of one request (its interaction id and its signature). Resolves true when none was seen within
 * the window, recording them all; false for a replay. Replicas behind one load balancer need a shared
 * implementation (the store); this in-memory one is per process.
 */
export interface ReplayGuard {
  claim(keys: readonly string[], now: number): boolean | Promise<boolean>;
}

/** Keys remembered at most (two per request); past it the oldest are forgotten early, so a flood cannot grow it. */
const DEFAULT_MAX_REPLAY_KEYS = 200_000;

/**
 * A signature is accepted while its timestamp is within MAX_SIGNATURE_AGE_MS of the clock, either side: first seen
 * as early as five minutes before its timestamp, it can be replayed until five minutes after, so keys live for both.
 */
export const REPLAY_WINDOW_MS = 2 * MAX_SIGNATURE_AGE_MS;

export function createMemoryReplayGuard(
  options: { readonly windowMs?: number; readonly maxKeys?: number } = {},
): ReplayGuard & { size(): number } {
  const windowMs = options.windowMs ?? REPLAY_WINDOW_MS;
  const maxKeys = options.maxKeys ?? DEFAULT_MAX_REPLAY_KEYS;
  const seen = new LastWriteMap<number>();
  return {
    claim(keys, now) {
      // A key older than the window is harmless: its signature's timestamp is no longer accepted.
      seen.evict((at) => now - at > windowMs, maxKeys);
      if (keys.some((key) => seen.get(key) !== undefined)) return false;
      for (const key of keys) seen.set(key, now);
      seen.evict(() => false, maxKeys);
      return true;
    },
    size: () => seen.size,
  };
}
