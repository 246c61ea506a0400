/**
 * How a function's running time grows with its input, as a ratio measured in
 * one run (no absolute thresholds: the machine is shared and noisy).
 *
 * The input grows fourfold per step from a small size until one call takes
 * long enough to time reliably; each step must stay under `maxRatio` times the
 * step before (4 for linear work, 16 for quadratic). A catastrophic pattern
 * fails on the way up, at a size where it still returns, instead of hanging
 * the suite at the size a fixed-n test would have chosen.
 */

export interface GrowthOptions {
  /** Builds the input of about `size` characters. */
  make: (size: number) => string;
  run: (input: string) => unknown;
  /** Smallest and largest sizes tried. */
  startSize?: number;
  maxSize?: number;
  /** A call this long is long enough to compare with the next size (ms). */
  measurableMs?: number;
  /** Allowed time(4n) / time(n). */
  maxRatio?: number;
}

export interface GrowthStep {
  size: number;
  ms: number;
  nextMs: number;
  ratio: number;
}

/** Shorter times than this are below timer and scheduler noise: compared as if this long. */
const FLOOR_MS = 1;

/**
 * CPU time of this process, not wall time: on a shared machine the wall clock also
 * counts the time other processes had the core, which is most of the noise.
 */
function timeOnce(run: (input: string) => unknown, input: string): number {
  const started = process.cpuUsage();
  try {
    run(input);
  } catch {
    // A refusal (SeedError) is an outcome too; its cost is what is timed.
  }
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/** The least of a few calls: noise only ever adds time. */
function timeBest(run: (input: string) => unknown, input: string, calls: number): number {
  let best = Infinity;
  for (let i = 0; i < calls; i++) best = Math.min(best, timeOnce(run, input));
  return best;
}

/**
 * A broken step this slow is not a stray slow call and needs no confirming (which, on
 * quadratic work, would cost 16 times as long again).
 */
const SLOW_ENOUGH_MS = 400;

/**
 * Whether the step after a broken one breaks `maxRatio` too. Superlinear work breaks it at
 * every size (quadratic: 16x, then 16x); one slow call does not repeat. CI once saw a linear
 * compile go 14 -> 159 ms on re-timing (the process's garbage-collector threads count in its
 * CPU time), then 4-5x per step on the same code here.
 */
function grewAgain(
  run: (input: string) => unknown,
  larger: string,
  ms: number,
  maxRatio: number,
): boolean {
  return timeBest(run, larger, 2) / Math.max(ms, FLOOR_MS) >= maxRatio;
}

/**
 * Climbs sizes `startSize, 4x, 16x, ...`; returns the first step whose ratio breaks
 * `maxRatio` (re-timed, then confirmed one size up) or the last, measurable, step.
 */
export function measureGrowth(options: GrowthOptions): GrowthStep {
  const { make, run } = options;
  const maxSize = options.maxSize ?? 64_000;
  const measurableMs = options.measurableMs ?? 20;
  const maxRatio = options.maxRatio ?? 10;
  let size = options.startSize ?? 64;
  // The first calls compile the code and its expressions: too slow to start a ratio from.
  timeBest(run, make(size), 3);
  let ms = timeBest(run, make(size), 2);
  for (;;) {
    const next = make(size * 4);
    let nextMs = timeBest(run, next, 2);
    let step = { size, ms, nextMs, ratio: nextMs / Math.max(ms, FLOOR_MS) };
    if (step.ratio >= maxRatio) {
      const smaller = timeBest(run, make(size), 3);
      nextMs = timeBest(run, next, 3);
      step = { size, ms: smaller, nextMs, ratio: nextMs / Math.max(smaller, FLOOR_MS) };
      if (
        step.ratio >= maxRatio &&
        (nextMs >= SLOW_ENOUGH_MS || grewAgain(run, make(size * 16), nextMs, maxRatio))
      ) {
        return step;
      }
    }
    if (step.ms >= measurableMs || size * 4 >= maxSize) return step;
    size *= 4;
    ms = nextMs;
  }
}
