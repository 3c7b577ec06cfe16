import { type Place, type PlaceLevel, PlaceLevelSchema } from '../schemas/place';
import type { Visit } from '../schemas/visit';
import { levelLabel } from './group-places';
import { PROVINCES, provinceByName } from './provinces';
import { sortVisitsByDate } from './sort-visits';

/** The questions a list of trips answers: by year, origin province, destination province, level. */
export type ListFacet = 'year' | 'from' | 'to' | 'level';

/** One value of a facet: the slug of its page, its label, and where it sorts. */
interface FacetValue {
  slug: string;
  label: string;
  order: number;
}

/** One list page: the trips that have one value of a facet, newest first. */
export interface VisitListPage<T> {
  facet: ListFacet;
  slug: string;
  /** The value as the page names it: 2024年, 江苏省, 县级行政区. */
  label: string;
  /** The page, root-relative: /visits/year/2024/. */
  path: string;
  visits: T[];
}

type Listed = Pick<Visit, 'id' | 'date' | 'origin' | 'destinations'>;

/** Slug of the list of trips whose year is not known (`--02-27`, or no date). */
export const UNKNOWN_YEAR = 'unknown';
/** Slug of the list of trips from or to no province (abroad, or unresolved). */
export const NO_PROVINCE = 'other';

// The levels in DATA.md's order, largest first (the schema's own list).
const LEVELS: readonly PlaceLevel[] = PlaceLevelSchema.options;

/** What each facet is called on the pages: 按年份 … */
export const FACET_TITLES: Record<ListFacet, string> = {
  year: '按年份',
  from: '按出发地省份',
  to: '按目的地省份',
  level: '按出发地级别',
};

/** The year a trip started, or null when it is not known. */
export function tripYear(visit: Pick<Visit, 'date'>): number | null {
  const start = visit.date.start;
  return start && /^\d{4}/.test(start) ? Number(start.slice(0, 4)) : null;
}

function yearValue(visit: Pick<Visit, 'date'>): FacetValue {
  const year = tripYear(visit);
  return year === null
    ? { slug: UNKNOWN_YEAR, label: '年份不详', order: Number.MAX_SAFE_INTEGER }
    : { slug: String(year), label: `${year}年`, order: -year };
}

function provinceValue(place: Pick<Place, 'province' | 'level'>): FacetValue {
  const province = place.level === 'foreign' ? undefined : provinceByName(place.province);
  if (!province) return { slug: NO_PROVINCE, label: '境外及其他', order: PROVINCES.length };
  return { slug: province.slug, label: province.name, order: PROVINCES.indexOf(province) };
}

function levelValue(place: Pick<Place, 'level'>): FacetValue {
  return { slug: place.level, label: levelLabel(place.level), order: LEVELS.indexOf(place.level) };
}

/** The values a trip has for a facet (a trip to two provinces is listed under both). */
export function facetValues(visit: Listed, facet: ListFacet): FacetValue[] {
  if (facet === 'year') return [yearValue(visit)];
  if (facet === 'from') return [provinceValue(visit.origin)];
  if (facet === 'level') return [levelValue(visit.origin)];
  const values = visit.destinations.map(provinceValue);
  return values.filter((v, i) => values.findIndex((w) => w.slug === v.slug) === i);
}

/** The page listing the trips with one value of a facet: /visits/from/jiangsu/. */
export function visitListPath(facet: ListFacet, slug: string): string {
  return `/visits/${facet}/${slug}/`;
}

/** The list page of a trip's year, of a place's province (as origin or destination), of its level. */
export const yearListPath = (visit: Pick<Visit, 'date'>) =>
  visitListPath('year', yearValue(visit).slug);
export const provinceListPath = (facet: 'from' | 'to', place: Pick<Place, 'province' | 'level'>) =>
  visitListPath(facet, provinceValue(place).slug);
export const levelListPath = (place: Pick<Place, 'level'>) => visitListPath('level', place.level);

/**
 * Group trips into the list pages of a facet, one page per value that some trip has, in the
 * facet's order (newest year first and 年份不详 last; provinces by division code; levels from
 * province down); each page's trips newest first.
 */
export function visitLists<T extends Listed>(
  visits: readonly T[],
  facet: ListFacet,
): VisitListPage<T>[] {
  const pages = new Map<string, FacetValue & { visits: T[] }>();
  for (const visit of visits)
    for (const value of facetValues(visit, facet)) {
      const page = pages.get(value.slug) ?? { ...value, visits: [] };
      page.visits.push(visit);
      pages.set(value.slug, page);
    }
  return [...pages.values()]
    .sort((a, b) => a.order - b.order || (a.slug < b.slug ? -1 : 1))
    .map(({ slug, label, visits: list }) => ({
      facet,
      slug,
      label,
      path: visitListPath(facet, slug),
      visits: sortVisitsByDate(list, 'newest'),
    }));
}
