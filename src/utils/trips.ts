import type { Trip } from '../schemas/trip';

/** Ids of a trip's other reports' visits: each has a page that leads to the trip's. */
export function movedVisitIds(trip: Pick<Trip, 'id' | 'reports'>): string[] {
  return [...new Set(trip.reports.map((r) => r.id))].filter((id) => id !== trip.id);
}
