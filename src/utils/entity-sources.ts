import type { Person } from '../schemas/official';
import type { Visit } from '../schemas/visit';
import { type FactSource, factSources } from './fact-sources';
import { isFurniture } from './furniture';
import { placeAliases } from './place-aliases';
import { locateSentence } from './sentences';

/** The text of an article by id (its paragraphs), as the site data gives it. */
type ParagraphsOf = (article: string) => readonly string[] | undefined;
/** A trip, as far as finding its sentences goes: its reports' visits. */
type Reported = { reports: readonly Visit[] };

/** How an official takes part in a trip: led it, hosted it, or was a member. */
export type TripRole = 'led' | 'hosted' | 'joined';

const PEOPLE: Record<TripRole, (r: Visit) => readonly Person[]> = {
  led: (r) => r.leaders,
  hosted: (r) => r.hosts,
  joined: (r) => r.members,
};

/**
 * The sentences, one a report, that say a trip left from a place (`out`) or came to it (`in`):
 * those naming the place (or its short name) in each report that has it as origin or destination.
 */
export function placeTripSources(
  trip: Reported,
  place: string,
  direction: 'out' | 'in',
  paragraphsOf: ParagraphsOf,
): FactSource[] {
  const states =
    direction === 'out'
      ? (r: Visit) => r.origin.name === place
      : (r: Visit) => r.destinations.some((d) => d.name === place);
  return factSources(trip.reports, paragraphsOf, states, () => placeAliases(place));
}

/** The sentences, one a report, that name an official in the role they had on a trip. */
export function personTripSources(
  trip: Reported,
  name: string,
  role: TripRole,
  paragraphsOf: ParagraphsOf,
): FactSource[] {
  const states = (r: Visit) => PEOPLE[role](r).some((p) => p.name === name);
  return factSources(trip.reports, paragraphsOf, states, () => [name]);
}

/** The sentences, one a report, holding a keyword of a sector the report's visit is tagged with. */
export function sectorTripSources(
  trip: Reported,
  label: string,
  keywords: readonly string[],
  paragraphsOf: ParagraphsOf,
): FactSource[] {
  const states = (r: Visit) => r.sectors.includes(label);
  return factSources(trip.reports, paragraphsOf, states, () => [label, ...keywords]);
}

/**
 * The first sentence of an article that names something (`needles`, e.g. a place's names or a
 * person's name), preferring one that also holds `hint` (a person's title); never page furniture.
 */
export function articleMention(
  article: string,
  paragraphs: readonly string[],
  needles: readonly string[],
  hint?: string,
): FactSource | null {
  const withHint = hint
    ? locateSentence(needles, paragraphs, [], (s) => isFurniture(s) || !s.includes(hint))
    : null;
  const found = withHint ?? locateSentence(needles, paragraphs, [], isFurniture);
  return found && { article, ...found };
}
