// The /ask cooldown and the replay set of replicas that share a store, each falling back to this process's own
// while the database cannot answer (the bot keeps answering; the store has logged the fault once).
import type { ReplayGuard } from '../http/replay.js';
import type { AskCooldown } from '../interactions/cooldown.js';
import type { AskLimit, SharedLimits } from './types.js';

export interface SharedAskCooldown {
  allow(userId: string, now?: number): Promise<boolean>;
  retryAfterMs(userId: string, now?: number): Promise<number>;
}

export function createSharedAskCooldown(shared: SharedLimits, limit: AskLimit, local: AskCooldown): SharedAskCooldown {
  return {
    async allow(userId, now = Date.now()) {
      return (await shared.takeAsk(userId, limit, now)) ?? local.allow(userId, now);
    },
    async retryAfterMs(userId, now = Date.now()) {
      return (await shared.askRetryAfterMs(userId, limit, now)) ?? local.retryAfterMs(userId, now);
    },
  };
}

export function createSharedReplayGuard(shared: SharedLimits, local: ReplayGuard, windowMs: number): ReplayGuard {
  return {
    async claim(keys, now) {
      return (await shared.claimReplay(keys, now, windowMs)) ?? local.claim(keys, now);
    },
  };
}
