import { z } from 'astro/zod';
import { RepairSchema } from './article';

/** Something the build noticed about one input file. */
export const IssueSchema = z.object({
  /** Machine-readable kind, e.g. unreadable, damaged-text, unknown-place, date-without-year. */
  kind: z.string(),
  /** Human-readable message naming the problem. */
  message: z.string(),
  /** The text concerned, if any. */
  text: z.string().nullable(),
  /** Paragraph index, if any. */
  paragraph: z.number().int().nullable(),
});
export type Issue = z.infer<typeof IssueSchema>;

/** Invisible or control characters removed from a file's text, one entry a character. */
export const RemovedCharSchema = z.object({
  /** The code point, U+XXXX. */
  char: z.string(),
  /** What it is (零宽空格, 双向控制符, NUL …). */
  name: z.string(),
  /** How many were removed. */
  count: z.number().int().positive(),
});
export type RemovedChar = z.infer<typeof RemovedCharSchema>;

/** The build's report on one input file (quality.json is an array of these). */
export const FileReportSchema = z.object({
  /** Path relative to the seeds folder. */
  file: z.string(),
  /** Article id, when the file became an article. */
  article: z.string().nullable(),
  /** ok: published; unreadable: could not be read (see reason); ignored: not an article file. */
  status: z.enum(['ok', 'unreadable', 'ignored']),
  /** Why it is not published, for unreadable or ignored files. */
  reason: z.string().nullable(),
  /** Encoding it was read in. */
  encoding: z.string().nullable(),
  /** Repairs made. */
  repairs: z.array(RepairSchema),
  /** Damage that could not be repaired (a ? or U+FFFD inside Chinese text, mixed scripts). */
  anomalies: z.array(IssueSchema),
  /** What extraction could not resolve (unknown place, date without year, visit without leader). */
  unresolved: z.array(IssueSchema),
  /** Other warnings (bad meta.yaml, invalid date). */
  warnings: z.array(IssueSchema),
  /** Invisible and control characters removed (zero-width, BOM, bidi controls, NUL …), with counts. */
  removed: z.array(RemovedCharSchema),
  /** What was done to the text as a whole (HTML read as text, long paragraphs split …): no problem. */
  notes: z.array(IssueSchema),
});
export type FileReport = z.infer<typeof FileReportSchema>;
