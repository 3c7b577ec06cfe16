import type { APIRoute } from 'astro';
import { PlaceEntitySchema } from '../../schemas/place';
import { jsonResponse } from '../../utils/export-json';
import { loadSiteData } from '../../utils/site-data';

/** dist/data/places.json: every place, keys in the schema's order. */
export const GET: APIRoute = async () =>
  jsonResponse((await loadSiteData()).places.map((p) => PlaceEntitySchema.parse(p)));
