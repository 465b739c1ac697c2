// Per-user limits kept in memory: the /ask cooldown (a sliding window) and the autocomplete budget (a token bucket).
// Both keep users in a Map ordered by last use, so expired users are dropped from its head: O(1) amortised per call,
// and a hard cap on remembered users bounds memory however many distinct users arrive within one window.

export interface AskCooldown {
  /** Records an attempt and says whether it is allowed; a refused attempt is not counted. */
  allow(userId: string, now?: number): boolean;
  /** Milliseconds until the user may ask again (0 when they may ask now). */
  retryAfterMs(userId: string, now?: number): number;
  /** How many users are remembered (bounded: idle users expire, and at most maxUsers are kept). */
  trackedUsers(): number;
}

/** Users remembered at most; past it the least recently seen is forgotten early (they may get one window's extra). */
const DEFAULT_MAX_TRACKED_USERS = 10_000;

/**
 * A Map with its keys in order of last write, kept as a queue of writes beside the Map, so the least recently written
 * key is found in O(1) amortised: a write overtaken by a later one of its key is stale and skipped once.
 * (Deleting from the head of a plain Map and iterating it again is not O(1): V8 walks the deleted slots.)
 * The Map holds each key's latest write as its stamp (a small integer: its place in the queue) and the queue holds
 * the values, so an entry costs no object of its own (measured in a heap snapshot of the HTTP bot after 10k users).
 */
export class LastWriteMap<V> {
  private readonly latest = new Map<string, number>();
  /** The queue as parallel arrays; a write's stamp is `base` plus its index. Stale writes keep no value. */
  private queueKeys: string[] = [];
  private queueValues: (V | undefined)[] = [];
  private head = 0;
  private base = 0;

  get size(): number {
    return this.latest.size;
  }
  get(key: string): V | undefined {
    const stamp = this.latest.get(key);
    return stamp === undefined ? undefined : this.queueValues[stamp - this.base];
  }
  delete(key: string): void {
    const stamp = this.latest.get(key);
    if (stamp === undefined) return;
    this.queueValues[stamp - this.base] = undefined;
    this.latest.delete(key);
  }
  set(key: string, value: V): void {
    const earlier = this.latest.get(key);
    if (earlier !== undefined) this.queueValues[earlier - this.base] = undefined;
    this.latest.set(key, this.base + this.queueKeys.length);
    this.queueKeys.push(key);
    this.queueValues.push(value);
  }
  /** Drops the least recently written entries while they are expired, or while there are more than maxSize. */
  evict(expired: (value: V) => boolean, maxSize: number): void {
    while (this.head < this.queueKeys.length) {
      const key = this.queueKeys[this.head] ?? '';
      if (this.latest.get(key) === this.base + this.head) {
        if (this.latest.size <= maxSize && !expired(this.queueValues[this.head] as V)) break;
        this.latest.delete(key);
        this.queueValues[this.head] = undefined;
      }
      this.head += 1;
    }
    if (this.head > 1_024 && this.head * 2 > this.queueKeys.length) {
      this.queueKeys = this.queueKeys.slice(this.head);
      this.queueValues = this.queueValues.slice(this.head);
      this.base += this.head;
      this.head = 0;
    }
  }
}

export function createAskCooldown(options: {
  readonly max: number;
  readonly windowMs: number;
  readonly maxUsers?: number;
}): AskCooldown {
  const maxUsers = options.maxUsers ?? DEFAULT_MAX_TRACKED_USERS;
  /** Allowed attempts per user, oldest first, at most `max` of them; the Map is ordered by latest attempt. */
  const attempts = new LastWriteMap<number[]>();

  const recent = (userId: string, now: number): number[] => {
    const list = attempts.get(userId);
    if (!list) return [];
    while (list.length > 0 && now - (list[0] ?? now) >= options.windowMs) list.shift();
    if (list.length === 0) attempts.delete(userId);
    return list;
  };

  return {
    allow(userId, now = Date.now()) {
      attempts.evict((list) => now - (list[list.length - 1] ?? now) >= options.windowMs, maxUsers);
      const kept = recent(userId, now);
      if (kept.length >= options.max) return false;
      if (kept.length === 0) {
        // A literal holds one number; push() onto an empty array would reserve room for 17 (~130 bytes per user).
        attempts.set(userId, [now]);
      } else {
        kept.push(now);
        if (kept.length > options.max) kept.shift();
        attempts.set(userId, kept);
      }
      attempts.evict(() => false, maxUsers);
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

export interface AutocompleteBudget {
  /** Spends one autocomplete of the user's budget; false when it is used up (answer with no choices). */
  allow(userId: string, now?: number): boolean;
  trackedUsers(): number;
}

/**
 * A token bucket per user: `burst` autocompletes at once, refilled at `perSecond`. Typing sends one autocomplete
 * per keystroke, so the defaults let a fast typist through and stop one client from flooding the process.
 * A bucket idle long enough to be full again is the same as a new one, so forgetting it loses nothing.
 */
export function createAutocompleteBudget(
  options: { readonly burst?: number; readonly perSecond?: number; readonly maxUsers?: number } = {},
): AutocompleteBudget {
  const burst = options.burst ?? 20;
  const perMs = (options.perSecond ?? 8) / 1000;
  const maxUsers = options.maxUsers ?? DEFAULT_MAX_TRACKED_USERS;
  const refillMs = burst / perMs;
  const buckets = new LastWriteMap<{ tokens: number; at: number }>();
  return {
    allow(userId, now = Date.now()) {
      buckets.evict((bucket) => now - bucket.at >= refillMs, maxUsers);
      const bucket = buckets.get(userId);
      const tokens = bucket ? Math.min(burst, bucket.tokens + Math.max(0, now - bucket.at) * perMs) : burst;
      // A refusal writes nothing: the bucket refills from its last spend, and a flood adds no queue entries.
      if (tokens < 1) return false;
      buckets.set(userId, { tokens: tokens - 1, at: now });
      buckets.evict(() => false, maxUsers);
      return true;
    },
    trackedUsers: () => buckets.size,
  };
}
