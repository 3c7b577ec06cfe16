import type { APIRoute } from 'astro';
import { SectorEntitySchema } from '../../schemas/sector';
import { jsonResponse } from '../../utils/export-json';
import { loadSiteData } from '../../utils/site-data';

/** dist/data/sectors.json: the sector vocabulary with its visits and articles. */
export const GET: APIRoute = async () =>
  jsonResponse((await loadSiteData()).sectors.map((s) => SectorEntitySchema.parse(s)));
