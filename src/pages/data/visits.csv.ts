import type { APIRoute } from 'astro';
import { loadSiteData } from '../../utils/site-data';
import { visitsToCsv } from '../../utils/visits-csv';

/** dist/data/visits.csv: the visits (one per report) as a flat table (UTF-8 with BOM, for Excel). */
export const GET: APIRoute = async () =>
  new Response(visitsToCsv((await loadSiteData()).reports), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
