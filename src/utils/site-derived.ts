import type { Trip } from '../schemas/trip';
import { buildDate } from './build-date';
import { once } from './memo';
import { buildNetwork, type Network } from './network';
import { layoutForce } from './network-force';
import type { NetworkLayout } from './network-layout';
import { provincesWithMaps } from './province-map';
import type { SiteData } from './site-data';
import { sortVisitsByDate } from './sort-visits';
import { groupVisitsByYear, type TimelineGroup } from './timeline';
import type { ListFacet, VisitListPage } from './visit-lists';
import { visitLists } from './visit-lists';

/**
 * What pages derive from the whole site data, computed once a build (memo.ts) and looked up by
 * every page that shows it: at 10,000 articles none of it may be recomputed per page.
 */

/** The trips, newest first (年份不详 after the dated, undated last). */
export const tripsNewestFirst = once((data: SiteData): Trip[] =>
  sortVisitsByDate(data.visits, 'newest'),
);

/** The trips, oldest first. */
export const tripsOldestFirst = once((data: SiteData): Trip[] =>
  sortVisitsByDate(data.visits, 'oldest'),
);

/** The list pages of every facet (/visits/year/2024/ …), each page's trips newest first. */
export const tripLists = once(
  (data: SiteData): Record<ListFacet, VisitListPage<Trip>[]> => ({
    year: visitLists(data.visits, 'year'),
    from: visitLists(data.visits, 'from'),
    to: visitLists(data.visits, 'to'),
    level: visitLists(data.visits, 'level'),
  }),
);

/** The date every page's citation gives as updated: the build's, from the articles (build-date.ts). */
export const siteUpdatedOf = once((data: SiteData): string | null =>
  buildDate(data.articles.map((a) => a.published)),
);

/** The whole learning network of the trips. */
export const wholeNetwork = once(
  (data: SiteData): Network => buildNetwork(data.visits, data.resolvePlace),
);

/** The provinces with a map page, in code order. */
export const mapProvinces = once((data: SiteData): string[] =>
  provincesWithMaps(wholeNetwork(data)),
);

/** The force-directed layout of the whole network (/network/), run once. */
export const networkDiagram = once(
  (data: SiteData): NetworkLayout => layoutForce(wholeNetwork(data), 640, 480),
);

/** The timeline's years (oldest first, 年份不详 last), each a page of its own (/timeline/2024/). */
export const timelineYears = once((data: SiteData): TimelineGroup<Trip>[] =>
  groupVisitsByYear(data.visits),
);

/** The path of a timeline year's page: /timeline/2024/, /timeline/unknown/. */
export const timelinePath = (group: Pick<TimelineGroup<unknown>, 'year'>): string =>
  `/timeline/${group.year ?? 'unknown'}/`;
