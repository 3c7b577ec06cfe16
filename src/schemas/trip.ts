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
