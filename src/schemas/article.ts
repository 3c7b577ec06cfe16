import { z } from 'astro/zod';
import { PersonSchema } from './official';
import { PlaceSchema } from './place';

/** One repair of known damage: what stood in the text and what it became. */
export const RepairSchema = z.object({
  /** The damaged text as it came. */
  from: z.string(),
  /** The repaired text. */
  to: z.string(),
});
export type Repair = z.infer<typeof RepairSchema>;

/** An article as exported in articles.json (DATA.md), keys in the contract's order. */
export const ArticleSchema = z.object({
  /** The seed file's stem. */
  id: z.string().min(1),
  /** Title: from meta.yaml, else the text, else made from the first visit. */
  title: z.string(),
  /** The title the outlet first gave it (原标题), if stated. */
  originalTitle: z.string().nullable(),
  /** Publisher. */
  outlet: z.string().nullable(),
  /** Reporter line as printed. */
  byline: z.string().nullable(),
  /** Publication date, ISO truncated. */
  published: z.string().nullable(),
  /** Script of the text as it came. */
  script: z.enum(['simplified', 'traditional']),
  /** The article's page. */
  url: z.string(),
  /** Where it was published, if known. */
  sourceUrl: z.string().nullable(),
  /** Normalized body, simplified. */
  paragraphs: z.array(z.string()),
  /** What was set aside as boilerplate. */
  boilerplate: z.array(z.string()),
  /** Repairs made. */
  repairs: z.array(RepairSchema),
  /** Ids of the visits found in it. */
  visits: z.array(z.string()),
  /** Places named in it. */
  places: z.array(PlaceSchema),
  /** Officials named in it. */
  officials: z.array(PersonSchema),
  /** Sector labels of its passages. */
  sectors: z.array(z.string()),
});
export type Article = z.infer<typeof ArticleSchema>;

/** What the site keeps of an article beyond the export: the original text and its provenance. */
export const ArticleRecordSchema = ArticleSchema.extend({
  /** The text exactly as it came (decoded only), for the 原文 view. */
  original: z.string(),
  /** Editors named in the footer (责编). */
  editors: z.array(z.string()),
  /** Curator's note from meta.yaml. */
  note: z.string().nullable(),
  /** Encoding the file was read in. */
  encoding: z.string(),
  /** Neither meta.yaml nor the text gave a headline: the title was made from the first visit. */
  titleMade: z.boolean(),
});
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;
