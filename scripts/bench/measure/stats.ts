/** Small statistics for noisy timings: medians, not means. */

/** The median of a list (mean of the middle two when even); 0 for an empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The largest value; 0 for an empty list. */
export function max(values: readonly number[]): number {
  return values.reduce((a, b) => Math.max(a, b), 0);
}

/** The sum of a list. */
export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Rounds to `digits` decimals (for JSON that people read). */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Times a call in milliseconds with the high-resolution clock. */
export function timed<T>(run: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = run();
  return { ms: performance.now() - started, value };
}
