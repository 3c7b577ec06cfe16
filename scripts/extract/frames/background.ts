/**
 * A trip told as the background of another event: the article leads with something else that
 * happened later (6月19日，…签约仪式在于都县举行), and the trip comes up only after it, earlier in
 * time (这一项目是我县今年5月赴温州考察的成果). Such a trip is mentioned, not reported; unless the
 * lead's event is held at the trip's destination within days of it (the trip's own last stop).
 */
import type { Trip } from './assemble';
import { isWithin } from './place-relations';
import type { Sentence } from './sentences';

/** The lead: the first paragraph of running text (a sentence mark at its end, 30 characters or more). */
export function leadParagraph(paragraphs: readonly string[]): number | null {
  const at = paragraphs.findIndex((p) => p.length >= 30 && /[。！？”」]$/u.test(p.trim()));
  return at < 0 ? null : at;
}

/** True when ISO date `a` (YYYY, YYYY-MM, YYYY-MM-DD) ends before `b` begins; false when one holds the other. */
export function endsBefore(a: string, b: string): boolean {
  if (a.startsWith('--') || b.startsWith('--')) return false;
  if (a.startsWith(b) || b.startsWith(a)) return false;
  return a < b;
}

/** True when a trip is only the background of the article's lead (see the module's comment). */
export function toldAsBackground(
  trip: Trip,
  trips: readonly Trip[],
  sentences: readonly Sentence[],
  paragraphs: readonly string[],
): boolean {
  const lead = leadParagraph(paragraphs);
  if (lead === null) return false;
  // A trip of the headline or the lead, or an article whose lead tells a trip: not this rule's.
  const toldEarly = (t: Trip) => t.frames.some((f) => f.sentence.paragraph <= lead);
  if (trips.some(toldEarly)) return false;
  const leadDate = sentences
    .filter((s) => s.paragraph === lead)
    .flatMap((s) => s.dates)
    .find((d) => d.span.start !== null)?.span;
  const own = trip.frames.find((f) => f.date?.span.start)?.date?.span;
  const ends = own?.end ?? own?.start;
  if (!leadDate?.start || !ends || !endsBefore(ends, leadDate.start)) return false;
  // 11月8日，…推介会在深圳举行 … 前一日（7日），…率代表团走访深圳: an event at the trip's destination
  // within days of it is the trip's own last stop, and the trip is the report's.
  const leadPlaces = sentences
    .filter((s) => s.paragraph === lead)
    .flatMap((s) => s.places.flatMap((m) => m.places));
  const there = leadPlaces.some((p) => trip.destinations.some((d) => isWithin(p, d)));
  return !(there && daysBetween(ends, leadDate.start) <= NEXT_DAYS);
}

/** How many days an event may follow a trip at its destination and still be part of it. */
const NEXT_DAYS = 3;

/** Days from full date `a` to full date `b` (YYYY-MM-DD), or Infinity when either is less precise. */
function daysBetween(a: string, b: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(a) || !/^\d{4}-\d{2}-\d{2}$/u.test(b))
    return Number.POSITIVE_INFINITY;
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}
