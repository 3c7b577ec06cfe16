import type { ArticleRecord } from '../schemas/article';
import type { Person } from '../schemas/official';
import type { Trip } from '../schemas/trip';
import type { Visit } from '../schemas/visit';
import { type FactSource, factSources, uniqueSources } from './fact-sources';
import { isFurniture } from './furniture';
import { placeAliases } from './place-aliases';
import type { VisitRole } from './resolve-entities';
import { locateSentence } from './sentences';
import type { SiteData } from './site-data';

/** A group of the trip's people: its term on the page, the people and their role. */
export interface PeopleGroup {
  term: string;
  people: Person[];
  role: VisitRole;
  /** Each person's sources, in the order of `people`. */
  sources: FactSource[][];
}

/** The sentences that say each fact of a trip, for every report that states it. */
export interface TripFacts {
  delegation: FactSource[];
  origin: FactSource[];
  date: FactSource[];
  /** Each destination's, in the order of the trip's destinations. */
  destinations: FactSource[][];
  people: PeopleGroup[];
  sites: FactSource[][];
  sectors: FactSource[][];
  /** Each stop's sites (the main report's, as the route shows them): per stop, per site. */
  stopSites: (FactSource | null)[][];
}

/**
 * Finds, for each fact a trip page shows, the sentence of each report that says it
 * (`fact-sources.ts`), once a page: the facts, the route and the list of quoted sentences read it.
 */
export function tripFacts(visit: Trip, article: ArticleRecord, data: SiteData): TripFacts {
  const paragraphsOf = (id: string) => data.article.get(id)?.paragraphs;
  const sourced = (states: (r: Visit) => boolean, words: (r: Visit) => readonly string[]) =>
    factSources(visit.reports, paragraphsOf, states, words);
  const sectorWords = (label: string) => [label, ...(data.resolveSector(label)?.keywords ?? [])];
  const named = (of: (r: Visit) => Person[], name: string) => (r: Visit) =>
    of(r).some((p) => p.name === name);
  const groups = [
    { term: '带队', people: visit.leaders, role: 'led', of: (r: Visit) => r.leaders },
    { term: '成员', people: visit.members, role: 'joined', of: (r: Visit) => r.members },
    { term: '接待', people: visit.hosts, role: 'hosted', of: (r: Visit) => r.hosts },
  ] as const;
  return {
    delegation: sourced(
      () => true,
      (r) => [r.delegation],
    ),
    origin: sourced(
      () => true,
      (r) => placeAliases(r.origin.name),
    ),
    date: sourced(
      () => true,
      (r) => [r.date.text],
    ),
    destinations: visit.destinations.map((place) =>
      sourced(
        (r) => r.destinations.some((d) => d.name === place.name),
        () => placeAliases(place.name),
      ),
    ),
    people: groups.map((g) => ({
      term: g.term,
      people: g.people,
      role: g.role,
      sources: g.people.map((person) => sourced(named(g.of, person.name), () => [person.name])),
    })),
    sites: visit.sites.map((site) =>
      sourced(
        (r) => r.sites.includes(site),
        () => [site],
      ),
    ),
    sectors: visit.sectors.map((label) =>
      sourced(
        (r) => r.sectors.includes(label),
        () => sectorWords(label),
      ),
    ),
    stopSites: visit.stops.map((stop) =>
      stop.sites.map((site) => {
        const found = locateSentence([site], article.paragraphs, stop.paragraphs, isFurniture);
        return found && { article: article.id, ...found };
      }),
    ),
  };
}

/**
 * Every sentence the trip's page cites, once each, in the order of the reports and, within a
 * report, of the article: the list under the facts that quotes them.
 */
export function citedSentences(visit: Pick<Trip, 'reports'>, facts: TripFacts): FactSource[] {
  const all = uniqueSources([
    ...facts.delegation,
    ...facts.origin,
    ...facts.date,
    ...facts.destinations.flat(),
    ...facts.people.flatMap((g) => g.sources.flat()),
    ...facts.sites.flat(),
    ...facts.sectors.flat(),
    ...facts.stopSites.flat().filter((s): s is FactSource => s !== null),
  ]);
  const order = new Map(visit.reports.map((r, i) => [r.article, i]));
  const rank = (s: FactSource) => order.get(s.article) ?? Number.MAX_SAFE_INTEGER;
  return all.sort(
    (a, b) => rank(a) - rank(b) || a.paragraph - b.paragraph || a.sentence - b.sentence,
  );
}
