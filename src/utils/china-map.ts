import chinaJson from 'china-geojson/src/geojson/china.json';
import { type GeoStream, geoMercator, geoStream } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Polygon } from 'geojson';

/** A base map of China projected to an SVG frame, with a way to place points on it. */
export interface BaseMap {
  width: number;
  height: number;
  /** Province outlines (incl. 台湾, 香港, 澳门) as SVG path data. */
  provinces: { name: string; d: string }[];
  /** The 南海诸岛 inset drawn at the lower right (empty for a detail map). */
  nanhai: string;
  /** Project a point to the frame; null when it falls outside it. */
  project: (lon: number, lat: number) => [number, number] | null;
}

/** A lon/lat box [[west, south], [east, north]] to zoom to. */
export type LonLatBox = [[number, number], [number, number]];

const china = chinaJson as unknown as FeatureCollection<Geometry, { name: string }>;
const NANHAI = '南海诸岛';
const PROVINCES = china.features.filter((f) => f.properties.name !== NANHAI);

/**
 * The 南海诸岛 feature is an inset drawn in lon/lat space east of Taiwan (the usual layout of
 * China maps) as degenerate polygons; as lines it projects and fits like the rest.
 */
function nanhaiAsLines(): Feature<MultiLineString> {
  const feature = china.features.find((f) => f.properties.name === NANHAI);
  const polygons = feature?.geometry.type === 'MultiPolygon' ? feature.geometry.coordinates : [];
  return {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiLineString', coordinates: polygons.flat(1) },
  };
}

/** Drop points closer than `step` (Manhattan) to the previous one, rounding to `unit`. */
function thin(points: readonly [number, number][], unit: number, step: number) {
  const out: [number, number][] = [];
  for (const [x, y] of points) {
    const p: [number, number] = [Math.round(x / unit) * unit, Math.round(y / unit) * unit];
    const last = out.at(-1);
    if (!last || Math.abs(p[0] - last[0]) + Math.abs(p[1] - last[1]) >= step) out.push(p);
  }
  return out;
}

/** Write one ring or line as relative path data (`M x y l dx dy …`). */
function lineToPath(line: readonly [number, number][], closed: boolean): string {
  const fmt = (n: number) => String(Math.round(n * 10) / 10);
  let d = '';
  line.forEach(([x, y], i) => {
    const prev = line[i - 1];
    d += prev ? `l${fmt(x - prev[0])} ${fmt(y - prev[1])}` : `M${fmt(x)} ${fmt(y)}`;
  });
  return closed ? `${d}z` : d;
}

/**
 * Serialize projected geometry as compact path data: whole pixels, steps under 2 px dropped;
 * a ring too small for that (澳门) keeps tenths of a pixel.
 */
function toPathData(feature: Feature, stream: (sink: GeoStream) => GeoStream, closed: boolean) {
  let d = '';
  let line: [number, number][] = [];
  const sink: GeoStream = {
    point: (x, y) => {
      line.push([x, y]);
    },
    lineStart: () => {
      line = [];
    },
    lineEnd: () => {
      const coarse = thin(line, 1, 2);
      const kept = coarse.length >= (closed ? 3 : 2) ? coarse : thin(line, 0.1, 0.1);
      if (kept.length >= 2) d += lineToPath(kept, closed);
    },
    polygonStart: () => {},
    polygonEnd: () => {},
    sphere: () => {},
  };
  geoStream(feature, stream(sink));
  return d.replaceAll(' -', '-');
}

/**
 * Project China's province outlines into a `width`×`height` frame with a Mercator projection:
 * the whole country with the 南海诸岛 inset, or, given `focus`, a detail view of that box.
 */
export function createChinaMap(width: number, height: number, focus?: LonLatBox): BaseMap {
  const pad = 8;
  const projection = geoMercator().precision(0);
  const inset = nanhaiAsLines();
  if (focus) {
    const [[w, s], [e, n]] = focus;
    const box: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [w, s],
          [w, n],
          [e, n],
          [e, s],
          [w, s],
        ],
      ],
    };
    projection.fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      box,
    );
    projection.clipExtent([
      [0, 0],
      [width, height],
    ]);
  } else {
    const all: FeatureCollection = { type: 'FeatureCollection', features: [...PROVINCES, inset] };
    projection.fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      all,
    );
  }
  const stream = (sink: GeoStream) => projection.stream(sink);
  return {
    width,
    height,
    provinces: PROVINCES.map((f) => ({ name: f.properties.name, d: toPathData(f, stream, true) })),
    nanhai: focus ? '' : toPathData(inset, stream, false),
    project: (lon, lat) => {
      const p = projection([lon, lat]);
      if (!p || p[0] < 0 || p[1] < 0 || p[0] > width || p[1] > height) return null;
      return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
    },
  };
}
