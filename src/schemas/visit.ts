import { z } from 'astro/zod';
import { DateSpanSchema } from './date-span';
import { PersonSchema } from './official';
import { PlaceSchema } from './place';

/** A passage of the article that supports a visit. */
export const EvidenceSchema = z.object({
  /** Index into the article's `paragraphs` (0-based; the page anchor is #p-N). */
  paragraph: z.number().int().nonnegative(),
  /** The sentence or passage, simplified. */
  text: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** One stop of a trip. */
export const StopSchema = z.object({
  /** Where. */
  place: PlaceSchema,
  /** When, if the text says. */
  date: DateSpanSchema.nullable(),
  /** Companies, parks, institutions seen there. */
  sites: z.array(z.string()),
  /** Paragraphs of the article about this stop. */
  paragraphs: z.array(z.number().int().nonnegative()),
});
export type Stop = z.infer<typeof StopSchema>;

/** A delegation's trip with all its stops (DATA.md visits.json). */
export const VisitSchema = z.object({
  /** Stable ASCII slug, also the page's path segment. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The article it comes from. */
  article: z.string(),
  /** Other articles that report the same trip. */
  alsoReportedIn: z.array(z.string()),
  /** The delegation as the text names it, simplified. */
  delegation: z.string(),
  /** Where the delegation comes from. */
  origin: PlaceSchema,
  /** Who led it. */
  leaders: z.array(PersonSchema),
  /** Other named members. */
  members: z.array(PersonSchema),
  /** Destinations in the order of the trip. */
  destinations: z.array(PlaceSchema),
  /** The route, stop by stop. */
  stops: z.array(StopSchema),
  /** The whole trip. */
  date: DateSpanSchema,
  /** Officials of the destinations who received them. */
  hosts: z.array(PersonSchema),
  /** Companies, parks, institutions visited. */
  sites: z.array(z.string()),
  /** Labels of the sector vocabulary. */
  sectors: z.array(z.string()),
  /** True when the article mentions the trip only in passing. */
  mentionedOnly: z.boolean(),
  /** Passages that report it. */
  evidence: z.array(EvidenceSchema),
  /** The visit's page. */
  url: z.string(),
});
export type Visit = z.infer<typeof VisitSchema>;
