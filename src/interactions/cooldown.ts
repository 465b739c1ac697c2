// The per-user /ask rate limit: at most `max` questions in any sliding window of `windowMs`, in memory.
export interface AskCooldown {
  /** Records an attempt and says whether it is allowed; a refused attempt is not counted. */
  allow(userId: string, now?: number): boolean;
  /** Milliseconds until the user may ask again (0 when they may ask now). */
  retryAfterMs(userId: string, now?: number): number;
  /** How many users are remembered (bounded: idle users are swept). */
  trackedUsers(): number;
}

/** Users not seen for a whole window are forgotten once the map grows past this, so memory stays bounded. */
const SWEEP_THRESHOLD = 10_000;

export function createAskCooldown(options: { readonly max: number; readonly windowMs: number }): AskCooldown {
  const attempts = new Map<string, number[]>();

  const recent = (userId: string, now: number): number[] => {
    const kept = (attempts.get(userId) ?? []).filter((at) => now - at < options.windowMs);
    if (kept.length > 0) attempts.set(userId, kept);
    else attempts.delete(userId);
    return kept;
  };

  const sweep = (now: number) => {
    if (attempts.size < SWEEP_THRESHOLD) return;
    for (const userId of [...attempts.keys()]) recent(userId, now);
  };

  return {
    allow(userId, now = Date.now()) {
      sweep(now);
      const kept = recent(userId, now);
      if (kept.length >= options.max) return false;
      attempts.set(userId, [...kept, now]);
      return true;
    },
    retryAfterMs(userId, now = Date.now()) {
      const kept = recent(userId, now);
      if (kept.length < options.max) return 0;
      const oldest = kept[kept.length - options.max] ?? now;
      return Math.max(oldest + options.windowMs - now, 0);
    },
    trackedUsers: () => attempts.size,
  };
}
