import type { APIRoute } from 'astro';
import { FileReportSchema } from '../../schemas/quality';
import { jsonResponse } from '../../utils/export-json';
import { loadSiteData } from '../../utils/site-data';

/** dist/data/quality.json: the build's report, one entry per input file. */
export const GET: APIRoute = async () =>
  jsonResponse((await loadSiteData()).quality.map((r) => FileReportSchema.parse(r)));
