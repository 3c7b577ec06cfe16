/**
 * The page types of a built site, each with one concrete path chosen from the site's own
 * exports (data/*.json), so the browser tests follow whatever the seeds produce.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Exported {
  id: string;
  url: string;
}
interface VisitRecord extends Exported {
  date: { start: string | null };
  evidence: unknown[];
  leaders: unknown[];
  origin: { name: string };
}
/** A trip as trips.json has it: the passages are its main report's (reports[0]) in visits.json. */
interface TripRecord extends Omit<VisitRecord, 'evidence'> {
  reports: string[];
}
interface ArticleRecord extends Exported {
  title: string;
  script: string;
}
interface PlaceRecord extends Exported {
  name: string;
  visitsOut: string[];
  visitsIn: string[];
  officials: string[];
}
interface OfficialRecord extends Exported {
  name: string;
  visitsLed: string[];
  visitsHosted: string[];
}

/** A page type and the path (without the base) of one page of that type. */
export interface PageType {
  /** Short name used in test titles: home, visit, place … */
  name: string;
  /** Root-relative path, e.g. `/visits/x/`. */
  path: string;
}

/** Reads one of the site's JSON exports. */
export function readExport<T>(site: string, name: string): T[] {
  return JSON.parse(readFileSync(join(site, 'data', `${name}.json`), 'utf8')) as T[];
}

/** The trip with the most evidence passages (the longest visit page): its main report's, in visits.json. */
export function longestVisit(site: string): TripRecord {
  const visits = new Map(readExport<VisitRecord>(site, 'visits').map((v) => [v.id, v]));
  const passages = (t: TripRecord) => visits.get(t.reports[0] ?? '')?.evidence.length ?? 0;
  const trips = readExport<TripRecord>(site, 'trips');
  return [...trips].sort((a, b) => passages(b) - passages(a))[0] as TripRecord;
}

/** Articles whose text came in traditional characters. */
export function traditionalArticles(site: string): ArticleRecord[] {
  return readExport<ArticleRecord>(site, 'articles').filter((a) => a.script === 'traditional');
}

/** The slug of the first province map page the site has. */
function provinceSlug(site: string): string {
  const [first] = readdirSync(join(site, 'map')).sort();
  if (!first) throw new Error(`${site}: no province map page`);
  return first;
}

/** The year of a trip's list page (`unknown` when its year is not known). */
const yearOf = (visit: { date?: { start: string | null } }) =>
  /^\d{4}/.exec(visit.date?.start ?? '')?.[0] ?? 'unknown';

/** One page of every page type the site has (search excluded unless asked for). */
export function pageTypes(site: string, { withSearch = false } = {}): PageType[] {
  const visit = longestVisit(site);
  const articles = readExport<ArticleRecord>(site, 'articles');
  const article = traditionalArticles(site)[0] ?? articles[0];
  const places = readExport<PlaceRecord>(site, 'places');
  const place =
    places.find((p) => p.visitsOut.length > 0 && p.visitsIn.length > 0) ??
    places.find((p) => p.visitsOut.length + p.visitsIn.length > 0);
  const officials = readExport<OfficialRecord>(site, 'officials');
  const official =
    officials.find((o) => o.visitsLed.length > 0 && o.visitsHosted.length > 0) ?? officials[0];
  const sector = readExport<Exported & { visits: string[] }>(site, 'sectors').find(
    (s) => s.visits.length > 0,
  );
  if (!article || !place || !official || !sector) throw new Error(`${site}: exports are empty`);
  const types: PageType[] = [
    { name: 'home', path: '/' },
    { name: 'visits index', path: '/visits/' },
    { name: 'visit', path: visit.url },
    { name: 'articles index', path: '/articles/' },
    { name: 'article', path: article.url },
    { name: 'places index', path: '/places/' },
    { name: 'place', path: place.url },
    { name: 'officials index', path: '/officials/' },
    { name: 'official', path: official.url },
    { name: 'sectors index', path: '/sectors/' },
    { name: 'sector', path: sector.url },
    { name: 'timeline', path: '/timeline/' },
    { name: 'timeline year', path: `/timeline/${yearOf(visit)}/` },
    { name: 'network', path: '/network/' },
    { name: 'province map', path: `/map/${provinceSlug(site)}/` },
    { name: 'visit list', path: `/visits/year/${yearOf(visit)}/` },
    { name: 'data', path: '/data/' },
    { name: 'about', path: '/about/' },
    { name: '404', path: '/no-such-page/' },
  ];
  if (withSearch) types.push({ name: 'search', path: '/search/' });
  return types;
}
