import type { ArticleRecord } from '../schemas/article';
import type { Trip } from '../schemas/trip';
import { buildDate } from './build-date';
import type { CitedPage, CitedReport } from './citation';
import { visitTitle } from './visit-title';

/** What a citation names of an article. */
export function citedReport(a: ArticleRecord): CitedReport {
  return {
    title: a.title,
    outlet: a.outlet,
    byline: a.byline,
    published: a.published,
    sourceUrl: a.sourceUrl,
  };
}

/** The update date of every page: the build's date, from the articles' publication dates. */
export function siteUpdated(articles: readonly ArticleRecord[]): string | null {
  return buildDate(articles.map((a) => a.published));
}

/** The citation of a trip's page: its title with its date, every report it rests on. */
export function tripCitation(
  trip: Trip,
  url: string,
  articleOf: (id: string) => ArticleRecord | undefined,
  updated: string | null,
): CitedPage {
  return {
    id: trip.id,
    title: `${visitTitle(trip)}学习考察`,
    url,
    updated,
    reports: trip.reports.flatMap((r) => {
      const a = articleOf(r.article);
      return a ? [citedReport(a)] : [];
    }),
  };
}

/** The citation of an article's page (the normalized text of one report). */
export function articleCitation(a: ArticleRecord, url: string, updated: string | null): CitedPage {
  return { id: a.id, title: `${a.title}（规范化文本）`, url, updated, reports: [citedReport(a)] };
}
