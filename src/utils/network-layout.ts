import type { Network, NetworkNode } from './network';

/** A node placed on the map. */
export interface PlacedNode extends NetworkNode {
  x: number;
  y: number;
  r: number;
  /** Where its label goes, or null when there is no room for it. */
  label: { x: number; y: number; anchor: 'start' | 'end' } | null;
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

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Lay the network out with `project`: dots sized by number of visits, curved arrows, and labels
 * placed right or left of their dot when they overlap no other label or dot (busiest first).
 */
export function layoutNetwork(
  network: Network,
  project: (lon: number, lat: number) => [number, number] | null,
  fontSize = 12,
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
        r: 3 + Math.min(5, Math.sqrt(node.in + node.out)),
        label: null,
      });
  }
  const taken: Box[] = [...placed.values()].map((n) => [
    n.x - n.r,
    n.y - n.r,
    n.x + n.r,
    n.y + n.r,
  ]);
  const busiest = [...placed.values()].sort(
    (a, b) => b.in + b.out - (a.in + a.out) || (a.key < b.key ? -1 : 1),
  );
  for (const n of busiest) {
    const w = n.name.length * fontSize;
    const y = n.y + fontSize * 0.35;
    const right: Box = [n.x + n.r + 2, n.y - fontSize / 2, n.x + n.r + 2 + w, n.y + fontSize / 2];
    const left: Box = [n.x - n.r - 2 - w, n.y - fontSize / 2, n.x - n.r - 2, n.y + fontSize / 2];
    const own = (b: Box) => !taken.some((t) => overlaps(t, b));
    if (own(right)) {
      n.label = { x: round(right[0]), y: round(y), anchor: 'start' };
      taken.push(right);
    } else if (own(left)) {
      n.label = { x: round(left[2]), y: round(y), anchor: 'end' };
      taken.push(left);
    }
  }
  const edges = network.edges.flatMap((e) => {
    const a = placed.get(e.from);
    const b = placed.get(e.to);
    if (!a || !b || (a.x === b.x && a.y === b.y)) return [];
    const d = arcPath(a.x, a.y, b.x, b.y, a.r + 1, b.r + 3);
    return [
      {
        from: e.from,
        to: e.to,
        d,
        width: Math.min(4, 1 + e.visits.length * 0.5),
        visits: e.visits,
        mentionedOnly: e.mentionedOnly,
      },
    ];
  });
  return { nodes: network.nodes.flatMap((n) => placed.get(n.key) ?? []), edges, unplaced };
}
