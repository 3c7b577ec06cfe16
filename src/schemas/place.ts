import { z } from 'astro/zod';

/** Administrative level of a place, as DATA.md defines it. */
export const PlaceLevelSchema = z.enum([
  'province',
  'municipality',
  'prefecture',
  'county',
  'district',
  'town',
  'foreign',
]);
export type PlaceLevel = z.infer<typeof PlaceLevelSchema>;

/** A place as it appears inside visits, articles and officials (DATA.md `Place`). */
export const PlaceSchema = z.object({
  /** Full official simplified name, e.g. 昆山市. */
  name: z.string().min(1),
  /** Administrative level. */
  level: PlaceLevelSchema,
  /** Full name of the parent division (苏州市 for 昆山市), null for provinces and foreign places. */
  parent: z.string().nullable(),
  /** Full name of the province-level division (江苏省; 上海市 for 上海市 itself). */
  province: z.string().nullable(),
  /** Six-digit administrative division code where the gazetteer has it. */
  code: z
    .string()
    .regex(/^\d{6}$/)
    .nullable(),
  /** Latitude of the place's centre (WGS-84-ish, from the coordinate table). */
  lat: z.number().nullable(),
  /** Longitude of the place's centre. */
  lon: z.number().nullable(),
});
export type Place = z.infer<typeof PlaceSchema>;

/** A place as exported in places.json: the place plus what names it. */
export const PlaceEntitySchema = PlaceSchema.extend({
  /** Stable ASCII slug, also the page's path segment. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Visits that started here (it learned from others). */
  visitsOut: z.array(z.string()),
  /** Visits that came here (others learned from it). */
  visitsIn: z.array(z.string()),
  /** Articles that name the place. */
  articles: z.array(z.string()),
  /** Slugs of officials whose title belongs to this place. */
  officials: z.array(z.string()),
  /** The place's page, relative to the site root. */
  url: z.string(),
});
export type PlaceEntity = z.infer<typeof PlaceEntitySchema>;
