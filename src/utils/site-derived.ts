import type { ArticleRecord } from '../schemas/article';
import type { OfficialEntity } from '../schemas/official';
import type { Trip } from '../schemas/trip';
import { buildDate } from './build-date';
import { once } from './memo';
import { buildNetwork, busiestPart, type Network } from './network';
import { layoutForce } from './network-force';
import type { NetworkLayout } from './network-layout';
import { listPageSize, pagePath } from './paginate';
import { provincesWithMaps } from './province-map';
import { routeId } from './route-links';
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

/** Routes the network's diagram draws: the busiest (a picture of thousands is no picture). */
export const DIAGRAM_EDGES = 300;
/** Routes a page of the network's table lists (/network/, /network/routes/2/ …). */
export const ROUTES_PER_PAGE = listPageSize(200);

/** The force-directed layout of the network's busiest routes (/network/), run once a build. */
export const networkDiagram = once(
  (data: SiteData): NetworkLayout =>
    layoutForce(busiestPart(wholeNetwork(data), DIAGRAM_EDGES), 640, 480),
);

/** The path of page `n` of the network's table. */
export const routeTablePath = (n: number): string => pagePath('/network/', n, '/network/routes/');

/** The page of the network's table that holds each route's row, by the row's id. */
export const routeTablePages = once(
  (data: SiteData): Map<string, string> =>
    new Map(
      wholeNetwork(data).edges.map((e, i) => [
        routeId(e.from, e.to),
        routeTablePath(Math.floor(i / ROUTES_PER_PAGE) + 1),
      ]),
    ),
);

/** The timeline's years (oldest first, 年份不详 last), each a page of its own (/timeline/2024/). */
export const timelineYears = once((data: SiteData): TimelineGroup<Trip>[] =>
  groupVisitsByYear(data.visits),
);

/** The path of a timeline year's page: /timeline/2024/, /timeline/unknown/. */
export const timelinePath = (group: Pick<TimelineGroup<unknown>, 'year'>): string =>
  `/timeline/${group.year ?? 'unknown'}/`;

/** The articles, newest first by publication date; undated last, then by id. */
export const articlesNewestFirst = once((data: SiteData): ArticleRecord[] =>
  [...data.articles].sort(
    (a, b) =>
      (b.published ?? '').localeCompare(a.published ?? '') ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  ),
);

/** The officials by id: ids are pinyin slugs, so by pinyin. */
export const officialsByPinyin = once((data: SiteData): OfficialEntity[] =>
  [...data.officials].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
);
