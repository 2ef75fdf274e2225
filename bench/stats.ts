/** Repetition and summary statistics for the benchmark: median and the p10-p90 spread, never a single run. */

export interface Summary {
  n: number;
  median: number;
  p10: number;
  p90: number;
  min: number;
  max: number;
}

export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function summarize(samples: number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, median: quantile(s, 0.5), p10: quantile(s, 0.1), p90: quantile(s, 0.9), min: s[0] ?? NaN, max: s.at(-1) ?? NaN };
}

/** Time a synchronous function in Node: `warmup` unrecorded runs, then `runs` recorded ones (ms). */
export function timeSync(fn: () => unknown, runs: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/**
 * Time several functions in turn, run by run (a, b, a, b, …; a collection before each call), so that load which comes
 * and goes on the machine falls on each alike: a ratio of two medians timed one block after the other moved with it.
 */
export function timeInTurn(fns: (() => unknown)[], runs: number, warmup = 1): number[][] {
  for (let i = 0; i < warmup; i++) for (const fn of fns) fn();
  const out = fns.map((): number[] => []);
  for (let i = 0; i < runs; i++)
    fns.forEach((fn, k) => {
      gc();
      const t0 = performance.now();
      fn();
      out[k]!.push(performance.now() - t0);
    });
  return out;
}

/** Run a small collection between samples of heavy Node benchmarks so one run's garbage does not land in the next. */
export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
