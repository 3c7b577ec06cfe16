import { type PlacedLabel, placeLabels } from './label-placement';
import type { Network, NetworkEdge, NetworkNode } from './network';

/** A node placed on the map. */
export interface PlacedNode extends NetworkNode {
  x: number;
  y: number;
  r: number;
  /** Where its label goes, or null when there is no room for it (shown on hover or focus). */
  label: PlacedLabel | null;
}

/** An edge drawn as a curved arrow. */
export interface PlacedEdge {
  from: string;
  to: string;
  d: string;
  width: number;
  visits: string[];
  mentionedOnly: boolean;
}

/** The network laid out on a map, and what could not be placed on it. */
export interface NetworkLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  /** Nodes without coordinates or outside the frame. */
  unplaced: NetworkNode[];
  /** The frame's size, and the labels' font size. */
  width: number;
  height: number;
  fontSize: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Return a curved arrow path from (x0, y0) to (x1, y1), bending to the left of the direction of
 * travel (so A→B and B→A do not overlap), trimmed by r0 and r1 so it starts and ends at the dots.
 */
export function arcPath(x0: number, y0: number, x1: number, y1: number, r0: number, r1: number) {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const cx = (x0 + x1) / 2 + dy * 0.2;
  const cy = (y0 + y1) / 2 - dx * 0.2;
  const trim = (px: number, py: number, qx: number, qy: number, r: number) => {
    const len = Math.hypot(qx - px, qy - py) || 1;
    return [px + ((qx - px) / len) * r, py + ((qy - py) / len) * r] as const;
  };
  const [sx, sy] = trim(x0, y0, cx, cy, r0);
  const [ex, ey] = trim(x1, y1, cx, cy, r1);
  return `M${round(sx)} ${round(sy)}Q${round(cx)} ${round(cy)} ${round(ex)} ${round(ey)}`;
}

/** The radius of a node's dot: grows with its visits, 3 to 8. */
export const nodeRadius = (n: Pick<NetworkNode, 'in' | 'out'>) =>
  3 + Math.min(5, Math.sqrt(n.in + n.out));

/** Label the placed nodes (busiest first, see placeLabels) and draw the edges between them. */
export function finishLayout(
  network: Network,
  placed: Map<string, PlacedNode>,
  unplaced: NetworkNode[],
  frame: { width: number; height: number; fontSize: number },
): NetworkLayout {
  const points = [...placed.values()].map((n) => ({ ...n, weight: n.in + n.out }));
  const labels = placeLabels(points, frame.fontSize, [0, 0, frame.width, frame.height]);
  for (const n of placed.values()) n.label = labels.get(n.key) ?? null;
  const edges = network.edges.flatMap((e) => placeEdge(e, placed));
  const nodes = network.nodes.flatMap((n) => placed.get(n.key) ?? []);
  return { nodes, edges, unplaced, ...frame };
}

function placeEdge(e: NetworkEdge, placed: Map<string, PlacedNode>): PlacedEdge[] {
  const a = placed.get(e.from);
  const b = placed.get(e.to);
  if (!a || !b || (a.x === b.x && a.y === b.y)) return [];
  const d = arcPath(a.x, a.y, b.x, b.y, a.r + 1, b.r + 3);
  const width = Math.min(4, 1 + e.visits.length * 0.5);
  return [{ from: e.from, to: e.to, d, width, visits: e.visits, mentionedOnly: e.mentionedOnly }];
}

/**
 * Lay the network out with `project` into a `width`×`height` frame: dots sized by number of
 * visits, curved arrows, and labels placed where they overlap no other label or dot.
 */
export function layoutNetwork(
  network: Network,
  project: (lon: number, lat: number) => [number, number] | null,
  fontSize = 12,
  frame: { width: number; height: number } = { width: 800, height: 600 },
): NetworkLayout {
  const placed = new Map<string, PlacedNode>();
  const unplaced: NetworkNode[] = [];
  for (const node of network.nodes) {
    const p = node.lat !== null && node.lon !== null ? project(node.lon, node.lat) : null;
    if (!p) unplaced.push(node);
    else
      placed.set(node.key, {
        ...node,
        x: p[0],
        y: p[1],
        r: nodeRadius(node),
        label: null,
      });
  }
  return finishLayout(network, placed, unplaced, { ...frame, fontSize });
}
