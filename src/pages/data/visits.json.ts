import type { APIRoute } from 'astro';
import { VisitSchema } from '../../schemas/visit';
import { jsonResponse } from '../../utils/export-json';
import { loadSiteData } from '../../utils/site-data';

/** dist/data/visits.json: every visit, one per report, keys in the schema's order. */
export const GET: APIRoute = async () =>
  jsonResponse((await loadSiteData()).reports.map((v) => VisitSchema.parse(v)));
