import { z } from 'astro/zod';
import { VisitSchema } from './visit';

/**
 * One trip however many reports tell it (trips.json): the visit fields merged over its reports,
 * `article`, `stops` and `evidence` those of its main report, and every report's own visit.
 */
export const TripSchema = VisitSchema.extend({
  /** The visit each report gives of this trip, the main report first (its id is the trip's). */
  reports: z.array(VisitSchema).min(1),
});
export type Trip = z.infer<typeof TripSchema>;

/**
 * A trip as exported in trips.json: the trip's fields without its passages (they are its main
 * report's, in that visit's `evidence` in visits.json), and its reports as the ids of their
 * visits in visits.json (each report's visit is there in full, once).
 */
export const TripExportSchema = VisitSchema.omit({ evidence: true }).extend({
  /** The ids of the visits each report gives of this trip (visits.json), the main report first. */
  reports: z.array(z.string()).min(1),
});
export type TripExport = z.infer<typeof TripExportSchema>;

/** Return a trip as trips.json exports it: no passages, its reports as visit ids. */
export function toTripExport(trip: Trip): TripExport {
  return TripExportSchema.parse({ ...trip, reports: trip.reports.map((r) => r.id) });
}
