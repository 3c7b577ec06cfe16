import type { Place, PlaceEntity } from '../schemas/place';
import type { Visit } from '../schemas/visit';

/** A place of the learning network. */
export interface NetworkNode {
  /** Stable key: the place's id, else its name and province. */
  key: string;
  name: string;
  /** Full name of its province-level division, null abroad. */
  province: string | null;
  /** Page of the place (root-relative), if it has one. */
  url: string | null;
  lat: number | null;
  lon: number | null;
  /** Visits that started here. */
  out: number;
  /** Visits that came here. */
  in: number;
}

/** Visits from one place to another (origin → destination). */
export interface NetworkEdge {
  from: string;
  to: string;
  /** Ids of the visits, in the order given. */
  visits: string[];
  /** True when every one of these visits is only mentioned in passing. */
  mentionedOnly: boolean;
}

/** The learning network: places as nodes, visits as edges. */
export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

type Visited = Pick<Visit, 'id' | 'origin' | 'destinations' | 'mentionedOnly'>;

/**
 * Build the network of who learned from whom: one edge per origin → destination pair (a trip
 * with three destinations gives three), counting visits. Nodes are sorted by name key,
 * edges by number of visits (most first), then by origin and destination.
 */
export function buildNetwork(
  visits: readonly Visited[],
  resolvePlace: (p: Place) => PlaceEntity | undefined,
): Network {
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  const node = (place: Place) => {
    const entity = resolvePlace(place);
    const key = entity?.id ?? `${place.name}|${place.province ?? ''}`;
    const known = nodes.get(key);
    if (known) return known;
    const created: NetworkNode = {
      key,
      name: place.name,
      province: place.level === 'foreign' ? null : place.province,
      url: entity?.url ?? null,
      lat: place.lat,
      lon: place.lon,
      out: 0,
      in: 0,
    };
    nodes.set(key, created);
    return created;
  };
  for (const visit of visits) {
    const from = node(visit.origin);
    from.out += 1;
    for (const destination of visit.destinations) {
      const to = node(destination);
      to.in += 1;
      const id = `${from.key}→${to.key}`;
      const edge = edges.get(id) ?? { from: from.key, to: to.key, visits: [], mentionedOnly: true };
      edge.visits.push(visit.id);
      edge.mentionedOnly &&= visit.mentionedOnly;
      edges.set(id, edge);
    }
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    nodes: [...nodes.values()].sort((a, b) => cmp(a.key, b.key)),
    edges: [...edges.values()].sort(
      (a, b) => b.visits.length - a.visits.length || cmp(a.from, b.from) || cmp(a.to, b.to),
    ),
  };
}

/**
 * The busiest part of a network, for a picture that keeps its size as the corpus grows: at most
 * `maxEdges` edges, those with the most visits (on a tie, those between the busiest places, then
 * by origin and destination), and the nodes they join. Nodes keep their counts in the whole
 * network; edges stay in the network's order.
 */
export function busiestPart(network: Network, maxEdges: number): Network {
  if (network.edges.length <= maxEdges) return network;
  const nodes = new Map(network.nodes.map((n) => [n.key, n]));
  const activity = (key: string) => (nodes.get(key)?.in ?? 0) + (nodes.get(key)?.out ?? 0);
  const kept = new Set(
    network.edges
      .map((edge, order) => ({ edge, order, weight: activity(edge.from) + activity(edge.to) }))
      .sort(
        (a, b) =>
          b.edge.visits.length - a.edge.visits.length || b.weight - a.weight || a.order - b.order,
      )
      .slice(0, maxEdges)
      .map((e) => e.edge),
  );
  const edges = network.edges.filter((e) => kept.has(e));
  const joined = new Set(edges.flatMap((e) => [e.from, e.to]));
  return { nodes: network.nodes.filter((n) => joined.has(n.key)), edges };
}
