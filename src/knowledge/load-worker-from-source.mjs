// Starts load-worker.ts when the bot runs from source (tsx, vitest): on Node 20 a worker thread does not inherit
// tsx's loader from `--import tsx` (privatenumber/tsx#354), so it registers its own. The compiled bot never uses this.
import { register } from 'tsx/esm/api';

register();
await import('./load-worker.ts');
