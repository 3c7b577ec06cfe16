import type { APIRoute } from 'astro';
import { TripSchema } from '../../schemas/trip';
import { jsonResponse } from '../../utils/export-json';
import { loadSiteData } from '../../utils/site-data';

/** dist/data/trips.json: every trip once, however many reports tell it, with each report's visit. */
export const GET: APIRoute = async () =>
  jsonResponse((await loadSiteData()).visits.map((t) => TripSchema.parse(t)));
