import { z } from 'astro/zod';

/** A sector of the vocabulary (spec/sectors.json), as exported in sectors.json. */
export const SectorEntitySchema = z.object({
  /** Stable ASCII slug. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The label, the stable key used in visits and articles. */
  label: z.string(),
  /** Keywords that tag a passage with this sector. */
  keywords: z.array(z.string()),
  /** Visits tagged with it, most recent first. */
  visits: z.array(z.string()),
  /** Articles tagged with it. */
  articles: z.array(z.string()),
  /** The sector's page. */
  url: z.string(),
});
export type SectorEntity = z.infer<typeof SectorEntitySchema>;
