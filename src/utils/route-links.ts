import type { NetworkEdge } from './network';

/** Write a node key as an id part: place slugs as they are, other keys by their code points. */
const idPart = (key: string) =>
  /^[a-z0-9-]+$/.test(key)
    ? key
    : `x${[...key].map((c) => (c.codePointAt(0) ?? 0).toString(36)).join('')}`;

/** The anchor of a route's row in the network table: route-wuxi--nantong. */
export function routeId(from: string, to: string): string {
  return `route-${idPart(from)}--${idPart(to)}`;
}

/**
 * Where an arrow of the network leads: the trip's page when the route has one trip, else the
 * route's row in the network's table (which lists all its trips), on the page `tablePage` gives
 * for the row's id (the table is paginated: /network/, /network/routes/2/ …).
 */
export function routeHref(
  edge: NetworkEdge,
  tripUrl: (id: string) => string | undefined,
  tablePage: (routeId: string) => string = () => '/network/',
): string {
  const only = edge.visits.length === 1 ? tripUrl(edge.visits[0] ?? '') : undefined;
  const id = routeId(edge.from, edge.to);
  return only ?? `${tablePage(id)}#${id}`;
}
