import type { OfficialEntity } from '../schemas/official';
import type { PlaceEntity } from '../schemas/place';
import type { SectorEntity } from '../schemas/sector';
import type { Trip } from '../schemas/trip';
import { writeRequest } from '../scripts/search/url-state';
import { once } from './memo';
import { CARDS_PER_PAGE, pageCount, QUOTED_PER_PAGE, ROWS_PER_PAGE } from './paginate';
import type { SiteData } from './site-data';
import { sortVisitsByDate } from './sort-visits';

/**
 * The lists of a place, official or sector page (its trips in each role, its officials, its
 * articles), each cut into pages (paginate.ts): the first page of every list on the entity's own
 * page, section by section; page n of a list at `<entity url><list>/<n>/`.
 */
export interface EntityList<T = unknown> {
  /** Its path segment (/places/x/out/2/) and, with `visits-`…, its section's id. */
  key: string;
  /** Its section's anchor id on the entity page: visits-out, articles … */
  section: string;
  /** Its heading, without the count. */
  title: string;
  /** What it counts: 次考察, 篇报道, 人, 项. */
  unit: string;
  /** Its items, in order. */
  items: readonly T[];
  /** Items a page. */
  size: number;
  /**
   * Where the items after the first page are, when not on pages of their own: a search that
   * lists them all (a sector's articles: the search's 报道 of that 领域). Without it, page n of
   * the list is built at `<entity url><key>/<n>/`.
   */
  rest?: { href: string; label: string };
}

/** Trips of a list of ids, newest first (an id that is no trip's is left out). */
const tripsOf = (data: SiteData, ids: readonly string[]): Trip[] =>
  sortVisitsByDate(
    ids.flatMap((id) => data.visit.get(id) ?? []),
    'newest',
  );

const visitsList = (key: string, title: string, trips: Trip[]): EntityList<Trip> => ({
  key,
  section: `visits-${key}`,
  title,
  unit: '次考察',
  items: trips,
  size: CARDS_PER_PAGE,
});

/** A place's lists: trips out and in, its officials, the articles that name it. */
export function placeLists(data: SiteData, place: PlaceEntity) {
  return {
    out: visitsList('out', `外出考察：${place.name}向谁学习`, tripsOf(data, place.visitsOut)),
    in: visitsList('in', `来访考察：谁向${place.name}学习`, tripsOf(data, place.visitsIn)),
    officials: {
      key: 'officials',
      section: 'officials',
      title: '当地官员',
      unit: '人',
      items: place.officials,
      size: ROWS_PER_PAGE,
    } satisfies EntityList<string>,
    articles: {
      key: 'articles',
      section: 'articles',
      title: '提及它的报道',
      unit: '篇报道',
      items: place.articles,
      size: QUOTED_PER_PAGE,
    } satisfies EntityList<string>,
  };
}

/** An official's lists: titles as reported, trips led, hosted and joined, articles. */
export function officialLists(data: SiteData, official: OfficialEntity) {
  return {
    titles: {
      key: 'titles',
      section: 'titles',
      title: '报道中的职务',
      unit: '项',
      items: official.titles,
      size: QUOTED_PER_PAGE,
    } satisfies EntityList<OfficialEntity['titles'][number]>,
    led: visitsList('led', '带队的考察', tripsOf(data, official.visitsLed)),
    hosted: visitsList('hosted', '接待的考察', tripsOf(data, official.visitsHosted)),
    joined: visitsList('joined', '参加的考察', tripsOf(data, official.visitsJoined)),
    articles: {
      key: 'articles',
      section: 'articles',
      title: '提及其的报道',
      unit: '篇报道',
      items: official.articles,
      size: ROWS_PER_PAGE,
    } satisfies EntityList<string>,
  };
}

/**
 * A sector's lists: its trips, and the articles with one of its keywords. The articles' first
 * page is on the sector's page; the rest are the search's articles of that sector (the `sector`
 * filter of an article page is its sectors, search-facets.ts), not pages of their own: nearly
 * every article names a common sector, and pages of them quoted a sentence each that the
 * articles themselves hold.
 */
export function sectorLists(data: SiteData, sector: SectorEntity) {
  return {
    visits: {
      ...visitsList('visits', '相关考察', tripsOf(data, sector.visits)),
      section: 'visits',
    },
    articles: {
      key: 'articles',
      section: 'articles',
      title: '相关报道',
      unit: '篇报道',
      items: sector.articles,
      size: QUOTED_PER_PAGE,
      rest: {
        href: `/search/${writeRequest({ q: '', filters: { type: ['报道'], sector: [sector.label] } })}`,
        label: `在搜索中查看全部 ${sector.articles.length} 篇标注“${sector.label}”的报道`,
      },
    } satisfies EntityList<string>,
  };
}

/** The lists of every entity, computed once a build (by entity, for its page and its list pages). */
const memo = <E extends object, R>(lists: (data: SiteData, entity: E) => R) => {
  const byData = once((_: SiteData) => new WeakMap<E, R>());
  return (data: SiteData, entity: E): R => {
    const cache = byData(data);
    if (!cache.has(entity)) cache.set(entity, lists(data, entity));
    return cache.get(entity) as R;
  };
};
export const placeListsOf = memo(placeLists);
export const officialListsOf = memo(officialLists);
export const sectorListsOf = memo(sectorLists);

/** The pages after the first of an entity's lists: { list, page } for every list page to build. */
export function laterPages(lists: Record<string, EntityList>): { list: string; page: number }[] {
  return Object.values(lists).flatMap((l) =>
    l.rest
      ? []
      : Array.from({ length: pageCount(l.items.length, l.size) - 1 }, (_, i) => ({
          list: l.key,
          page: i + 2,
        })),
  );
}
