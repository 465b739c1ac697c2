// Preloaded into a bench's server process (node --import): measures event-loop delay with monitorEventLoopDelay.
// SIGUSR2 the first time resets the histogram (after warm-up); every later SIGUSR2 writes one JSON line to stderr
// with the delay since the previous signal, and resets it again.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const histogram = monitorEventLoopDelay({ resolution: 1 });
histogram.enable();
let armed = false;
process.on('SIGUSR2', () => {
  if (!armed) {
    armed = true;
    histogram.reset();
    return;
  }
  const ms = (ns) => Number((ns / 1e6).toFixed(2));
  process.stderr.write(
    `${JSON.stringify({ loopMonitor: { maxMs: ms(histogram.max), p99Ms: ms(histogram.percentile(99)), meanMs: ms(histogram.mean) } })}\n`,
  );
  histogram.reset();
});
