import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import type { Network } from './network';
import { finishLayout, type NetworkLayout, nodeRadius, type PlacedNode } from './network-layout';

/** A park-Miller generator: the same numbers for the same seed, so the layout never changes. */
function seeded(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

type Sim = SimulationNodeDatum & { key: string; r: number };

/**
 * Lay the network out as a diagram with d3-force, run to the end at build time in Node: nodes
 * repel, routes pull their ends together, a collision force keeps dots (and room for a label)
 * apart; the result is scaled to fill the frame. Deterministic: the start positions (a circle, in
 * the network's order) and d3's jitter come from `seed`; positions are rounded to tenths.
 */
export function layoutForce(
  network: Network,
  width: number,
  height: number,
  { seed = 14, fontSize = 12, ticks = 300 } = {},
): NetworkLayout {
  const count = network.nodes.length;
  const sim: Sim[] = network.nodes.map((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, count);
    return {
      key: n.key,
      r: nodeRadius(n),
      x: width / 2 + (Math.min(width, height) / 3) * Math.cos(angle),
      y: height / 2 + (Math.min(width, height) / 3) * Math.sin(angle),
    };
  });
  const links = network.edges.map((e) => ({ source: e.from, target: e.to }));
  const simulation = forceSimulation(sim)
    .randomSource(seeded(seed))
    .force('charge', forceManyBody().strength(-160))
    .force(
      'link',
      forceLink<Sim, { source: string; target: string }>(links)
        .id((d) => d.key)
        .distance(70),
    )
    .force(
      'collide',
      forceCollide<Sim>((d) => d.r + fontSize * 1.5),
    )
    .force('x', forceX(width / 2).strength(0.05))
    .force('y', forceY(height / 2).strength(0.08))
    .stop();
  simulation.tick(ticks);
  // Scale the result to fill the frame (keeping its shape), leaving room for labels at the sides.
  const [mx, my] = [fontSize * 5, fontSize * 2];
  const xs = sim.map((d) => d.x ?? 0);
  const ys = sim.map((d) => d.y ?? 0);
  const [x0, y0] = [Math.min(...xs), Math.min(...ys)];
  const span = Math.max(1e-9, Math.max(...xs) - x0, Math.max(...ys) - y0);
  const scale = Math.min(3, (width - 2 * mx) / span, (height - 2 * my) / span);
  const fitted = (v: number, lo: number, m: number, size: number, extent: number) =>
    Math.round((m + (size - 2 * m - extent * scale) / 2 + (v - lo) * scale) * 10) / 10;
  const [ex, ey] = [Math.max(...xs) - x0, Math.max(...ys) - y0];
  const placed = new Map<string, PlacedNode>(
    network.nodes.map((n, i) => {
      const d = sim[i] as Sim;
      const x = fitted(d.x ?? 0, x0, mx, width, ex);
      const y = fitted(d.y ?? 0, y0, my, height, ey);
      return [n.key, { ...n, x, y, r: d.r, label: null }];
    }),
  );
  return finishLayout(network, placed, [], { width, height, fontSize });
}
