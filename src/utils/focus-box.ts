import type { LonLatBox } from './china-map';

/** A point on the map. */
export interface LonLat {
  lat: number;
  lon: number;
}

/**
 * Return the box of the densest cluster of points, for a detail map: the points within
 * `half` degrees (lon, lat) of the point with the most such neighbours (the first one on a
 * tie), their extent padded by a fifth and at least `minSpan` degrees each way. Null when no
 * cluster has `minPoints` points.
 */
export function focusBox(
  points: readonly LonLat[],
  half: [number, number] = [2.5, 2],
  minPoints = 3,
  minSpan = 2,
): LonLatBox | null {
  const near = (a: LonLat, b: LonLat) =>
    Math.abs(a.lon - b.lon) <= half[0] && Math.abs(a.lat - b.lat) <= half[1];
  let best: LonLat[] = [];
  for (const p of points) {
    const cluster = points.filter((q) => near(p, q));
    if (cluster.length > best.length) best = cluster;
  }
  if (best.length < minPoints) return null;
  const grow = (values: number[]): [number, number] => {
    const [lo, hi] = [Math.min(...values), Math.max(...values)];
    const span = Math.max(minSpan, (hi - lo) * 1.4);
    const mid = (lo + hi) / 2;
    return [mid - span / 2, mid + span / 2];
  };
  const [w, e] = grow(best.map((p) => p.lon));
  const [s, n] = grow(best.map((p) => p.lat));
  const r = (x: number) => Math.round(x * 100) / 100;
  return [
    [r(w), r(s)],
    [r(e), r(n)],
  ];
}
