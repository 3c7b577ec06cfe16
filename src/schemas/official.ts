import { z } from 'astro/zod';

/** A person as named in one article (DATA.md `Person`). */
export const PersonSchema = z.object({
  /** Name in simplified characters, e.g. 陈丽艳. */
  name: z.string().min(1),
  /** Title as reported, with its place made explicit: 昆山市委书记. */
  title: z.string(),
  /** Full name of the place the title belongs to, or null when the text does not say. */
  place: z.string().nullable(),
});
export type Person = z.infer<typeof PersonSchema>;

/** One title of an official as one article reported it. */
export const ReportedTitleSchema = z.object({
  /** Title as reported. */
  title: z.string(),
  /** Place the title belongs to. */
  place: z.string().nullable(),
  /** Article that reported it. */
  article: z.string(),
  /** Date of that report (ISO truncated) or null. */
  date: z.string().nullable(),
});
export type ReportedTitle = z.infer<typeof ReportedTitleSchema>;

/** An official as exported in officials.json: one person across all articles. */
export const OfficialEntitySchema = z.object({
  /** Stable ASCII slug. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Name in simplified characters. */
  name: z.string(),
  /** The most recent title reported. */
  title: z.string(),
  /** Place of the most recent title. */
  place: z.string().nullable(),
  /** Every title as each article reported it, oldest first. */
  titles: z.array(ReportedTitleSchema),
  /** Visits this person led. */
  visitsLed: z.array(z.string()),
  /** Visits this person received as a host. */
  visitsHosted: z.array(z.string()),
  /** Visits this person took part in as a member. */
  visitsJoined: z.array(z.string()),
  /** Articles naming this person. */
  articles: z.array(z.string()),
  /** The official's page. */
  url: z.string(),
});
export type OfficialEntity = z.infer<typeof OfficialEntitySchema>;
