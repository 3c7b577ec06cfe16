/**
 * What each indexed page tells Pagefind besides its text: filters (page type, origin,
 * destination, official, sector, year) and meta (date, route, summary), derived from the
 * validated records so that the search page's filter options and the index agree.
 */
import type { ArticleRecord } from '../../schemas/article';
import type { OfficialEntity } from '../../schemas/official';
import type { PlaceEntity } from '../../schemas/place';
import type { SectorEntity } from '../../schemas/sector';
import type { Visit } from '../../schemas/visit';
import {
  FILTER_KEY_LIST,
  type FilterKey,
  PAGE_TYPES,
  type PageType,
} from '../../scripts/search/filter-keys';
import { formatDateSpan, formatIsoPartial } from '../../utils/format-date';
import { levelLabel } from '../../utils/group-places';

/** One page's filters and meta. */
export interface SearchFacets {
  /** Filter values by key (several values per key are allowed). */
  filters: Record<FilterKey, string[]>;
  /**
   * Meta: `date`, `route`, `summary` are shown with a result; Pagefind also searches every meta
   * field, and `people`, `route` and `sectors` boost a visit whose leaders, hosts, members, places
   * or sectors a query names (META_WEIGHTS in pagefind-api.ts), above pages that only mention them.
   */
  meta: Record<string, string>;
}

const unique = (xs: readonly string[]): string[] => [...new Set(xs.filter((x) => x.length > 0))];

/** The four-digit year of an ISO truncated date, or null (`--02-27`, null). */
function yearOf(iso: string | null): string | null {
  return iso && /^\d{4}/.test(iso) ? iso.slice(0, 4) : null;
}

function facets(
  type: PageType,
  filters: Partial<Record<FilterKey, string[]>>,
  meta: Record<string, string>,
): SearchFacets {
  const all = { type: [type], from: [], to: [], official: [], sector: [], year: [], ...filters };
  const cleaned = Object.fromEntries(Object.entries(all).map(([k, v]) => [k, unique(v)]));
  const kept = Object.fromEntries(Object.entries(meta).filter(([, v]) => v.length > 0));
  return { filters: cleaned as Record<FilterKey, string[]>, meta: kept };
}

/** Write a visit's route: 无锡市 → 南通市、泰州市. */
export function visitRoute(visit: Pick<Visit, 'origin' | 'destinations'>): string {
  const to = visit.destinations.map((p) => p.name).join('、');
  return to ? `${visit.origin.name} → ${to}` : visit.origin.name;
}

/** Facets of a visit page. */
export function visitFacets(visit: Visit): SearchFacets {
  const people = [...visit.leaders, ...visit.members, ...visit.hosts].map((p) => p.name);
  const year = yearOf(visit.date.start);
  return facets(
    '考察',
    {
      from: [visit.origin.name],
      to: visit.destinations.map((p) => p.name),
      official: people,
      sector: visit.sectors,
      year: year ? [year] : [],
    },
    {
      date: formatDateSpan(visit.date),
      route: visitRoute(visit),
      people: unique(people).join('、'),
      sectors: visit.sectors.join('、'),
    },
  );
}

/** Write an article's visits in one line: the first two routes, then how many more. */
function articleRoutes(visits: readonly Visit[]): string {
  const routes = visits.slice(0, 2).map(visitRoute).join('；');
  return visits.length > 2 ? `${routes}；另有 ${visits.length - 2} 次考察` : routes;
}

/** Facets of an article page: its own date, and the places of the visits it reports. */
export function articleFacets(article: ArticleRecord, visits: readonly Visit[]): SearchFacets {
  const year = yearOf(article.published);
  return facets(
    '报道',
    {
      from: visits.map((v) => v.origin.name),
      to: visits.flatMap((v) => v.destinations.map((p) => p.name)),
      official: article.officials.map((p) => p.name),
      sector: article.sectors,
      year: year ? [year] : [],
    },
    {
      date: article.published ? formatIsoPartial(article.published) : '',
      route: articleRoutes(visits),
      summary: article.outlet ?? '',
    },
  );
}

/** Facets of a place page. */
export function placeFacets(place: PlaceEntity): SearchFacets {
  const where = [place.province, place.parent].filter((p) => p && p !== place.name);
  return facets('地点', {}, { summary: [levelLabel(place.level), ...where].join(' · ') });
}

/** Facets of a sector's page: its label as the sector filter, its first keywords as summary. */
export function sectorFacets(sector: Pick<SectorEntity, 'label' | 'keywords'>): SearchFacets {
  const keywords = sector.keywords.slice(0, 6).join('、');
  return facets('领域', { sector: [sector.label] }, { summary: keywords && `关键词：${keywords}` });
}

/** Facets of an official's page. */
export function officialFacets(official: OfficialEntity): SearchFacets {
  return facets('人物', { official: [official.name] }, { summary: official.title });
}

const collator = new Intl.Collator('zh-CN-u-co-pinyin');
const compareValues = (a: string, b: string): number => collator.compare(a, b);

/** The filter values of `key`, the most common first (ties by pinyin). */
function byFrequency(pages: readonly SearchFacets[], key: FilterKey): string[] {
  const counts = new Map<string, number>();
  for (const page of pages)
    for (const value of unique(page.filters[key])) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.keys()].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || compareValues(a, b),
  );
}

/**
 * Collect the values of every filter over all pages, sorted for the search page's lists. With
 * `limit`, a filter with more values than that keeps only the `limit` values found on the most
 * pages (ties by pinyin): the page stays the same size as the corpus grows, and the other values
 * still work from the URL (`?official=…`) and as query words.
 */
export function filterOptions(
  pages: readonly SearchFacets[],
  limit = Number.POSITIVE_INFINITY,
): Record<FilterKey, string[]> {
  const collect = (key: FilterKey): string[] => {
    const values = byFrequency(pages, key);
    const kept = values.length <= limit ? values : values.slice(0, limit);
    return [...kept].sort(compareValues);
  };
  const options = Object.fromEntries(FILTER_KEY_LIST.map((k) => [k, collect(k)]));
  options.type = PAGE_TYPES.filter((t) => options.type?.includes(t));
  options.year = (options.year ?? []).sort().reverse();
  return options as Record<FilterKey, string[]>;
}

/** A place's name as people type it: 昆山市 → 昆山 (a two-character name such as 沙市 stays). */
const typedName = (name: string): string =>
  name.length > 2 && /[市县]$/u.test(name) ? name.slice(0, -1) : name;

/**
 * Example queries for the search page, taken from the corpus so that each finds something: the
 * most visited place (as typed, 昆山), the official on most pages, the commonest sector, the
 * busiest origin in traditional characters (when that differs: 蘇州), and a second sector quoted.
 */
export function searchExamples(
  pages: readonly SearchFacets[],
  toTraditional: (s: string) => string,
): string[] {
  const [place] = byFrequency(pages, 'to');
  const [official] = byFrequency(pages, 'official');
  const [sector, nextSector] = byFrequency(pages, 'sector');
  const origin = byFrequency(pages, 'from')
    .map(typedName)
    .find((name) => name !== (place && typedName(place)) && toTraditional(name) !== name);
  const examples = [
    place && typedName(place),
    official,
    sector,
    origin && toTraditional(origin),
    nextSector && `"${nextSector}"`,
  ];
  return unique(examples.filter((q): q is string => q !== undefined));
}
