import type { APIRoute } from 'astro';
import { OfficialEntitySchema } from '../../schemas/official';
import { jsonResponse } from '../../utils/export-json';
import { loadSiteData } from '../../utils/site-data';

/** dist/data/officials.json: every official, keys in the schema's order. */
export const GET: APIRoute = async () =>
  jsonResponse((await loadSiteData()).officials.map((o) => OfficialEntitySchema.parse(o)));
