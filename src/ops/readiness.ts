// What /readyz reports: named checks (knowledge loaded, gateway READY or HTTP listening, bot token accepted, store
// reachable), each ok or failing with a reason. The process is ready when every registered check is ok.

import type { InsightStore } from '../store/index.js';

type CheckName = 'knowledge' | 'gateway' | 'http' | 'discordToken' | 'store';

interface CheckState {
  readonly ok: boolean;
  /** Why it fails (or a note when it passes); never a secret. */
  readonly detail?: string;
}

export interface Readiness {
  set(name: CheckName, ok: boolean, detail?: string): void;
  /** The async check run on every /readyz (e.g. a store ping); its failure or rejection fails readiness. */
  probe(name: CheckName, check: () => Promise<CheckState> | CheckState): void;
  report(): Promise<{ ready: boolean; checks: Record<string, CheckState> }>;
  /** Current value of one check (undefined when never set). */
  get(name: CheckName): CheckState | undefined;
}

/** Bounds a probe so that a hung store cannot hang /readyz. */
const PROBE_TIMEOUT_MS = 2_000;

export function createReadiness(): Readiness {
  const states = new Map<CheckName, CheckState>();
  const probes = new Map<CheckName, () => Promise<CheckState> | CheckState>();
  return {
    set(name, ok, detail) {
      states.set(name, detail === undefined ? { ok } : { ok, detail });
    },
    probe(name, check) {
      probes.set(name, check);
    },
    get: (name) => states.get(name),
    async report() {
      const checks: Record<string, CheckState> = Object.fromEntries(states);
      await Promise.all(
        [...probes].map(async ([name, check]) => {
          let timer: NodeJS.Timeout | undefined;
          try {
            checks[name] = await Promise.race([
              Promise.resolve().then(check),
              new Promise<CheckState>((resolve) => {
                timer = setTimeout(resolve, PROBE_TIMEOUT_MS, { ok: false, detail: 'no answer within 2 s' });
              }),
            ]);
          } catch (error) {
            checks[name] = { ok: false, detail: error instanceof Error ? error.message : String(error) };
          } finally {
            clearTimeout(timer);
          }
        }),
      );
      return { ready: Object.values(checks).every((check) => check.ok), checks };
    },
  };
}

/** The readiness check of an insight store: ok while it records; a store paused by a fault fails it (with why). */
export function storeCheck(store: Pick<InsightStore, 'status'>): () => CheckState {
  return () => {
    const status = store.status();
    return status.recording
      ? { ok: true, detail: status.backend }
      : { ok: false, detail: `${status.backend} store at ${status.location} is not recording (a fault; it retries)` };
  };
}
