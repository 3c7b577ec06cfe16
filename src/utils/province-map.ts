import chinaJson from 'china-geojson/src/geojson/china.json';
import { geoBounds } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import type { LonLatBox } from './china-map';
import type { Network } from './network';
import { type Province, provinceByName } from './provinces';

const china = chinaJson as unknown as FeatureCollection<Geometry, { name: string }>;

/** The provinces that have a place in the network (each gets a map page), in code order. */
export function provincesWithMaps(network: Network): string[] {
  const found = new Set(network.nodes.flatMap((n) => provinceByName(n.province)?.code ?? []));
  return [...found].sort().flatMap((code) => {
    const p = network.nodes.map((n) => provinceByName(n.province)).find((q) => q?.code === code);
    return p ? [p.slug] : [];
  });
}

/** The part of a network that touches a province: the routes from or to its places. */
export function provinceNetwork(network: Network, province: Province): Network {
  const inside = new Set(
    network.nodes.filter((n) => n.province === province.name).map((n) => n.key),
  );
  const edges = network.edges.filter((e) => inside.has(e.from) || inside.has(e.to));
  const joined = new Set(edges.flatMap((e) => [e.from, e.to]));
  return { nodes: network.nodes.filter((n) => joined.has(n.key) || inside.has(n.key)), edges };
}

/**
 * The lon/lat box of a province's map: its outline and every place its routes join, padded by a
 * tenth (at least half a degree) so that dots and labels at the edge stay in the frame.
 */
export function provinceMapBox(province: Province, network: Network): LonLatBox | null {
  const feature = china.features.find((f) => province.name.startsWith(f.properties.name));
  if (!feature) return null;
  const [[w0, s0], [e0, n0]] = geoBounds(feature);
  const lons = [w0, e0, ...network.nodes.flatMap((n) => (n.lon === null ? [] : [n.lon]))];
  const lats = [s0, n0, ...network.nodes.flatMap((n) => (n.lat === null ? [] : [n.lat]))];
  const pad = (lo: number, hi: number) => Math.max(0.5, (hi - lo) / 10);
  const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const r = (x: number) => Math.round(x * 100) / 100;
  return [
    [r(w - pad(w, e)), r(s - pad(s, n))],
    [r(e + pad(w, e)), r(n + pad(s, n))],
  ];
}
