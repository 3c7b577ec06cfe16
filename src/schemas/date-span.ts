import { z } from 'astro/zod';

/** ISO 8601 truncated date: YYYY, YYYY-MM, YYYY-MM-DD, --MM-DD or --MM. */
export const IsoPartialSchema = z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$/);

/** A span of time as the text gives it (DATA.md `DateSpan`). */
export const DateSpanSchema = z.object({
  /** Start, ISO truncated. */
  start: IsoPartialSchema.nullable(),
  /** End, ISO truncated, or null for a single day or unknown end. */
  end: IsoPartialSchema.nullable(),
  /** The wording it came from, e.g. 11月13日至16日 or 上周. */
  text: z.string(),
  /** How precise start is. */
  precision: z.enum(['day', 'month', 'year', 'unknown']),
  /** True when part of it (usually the year) was inferred from the publication date, not stated. */
  inferred: z.boolean(),
});
export type DateSpan = z.infer<typeof DateSpanSchema>;
