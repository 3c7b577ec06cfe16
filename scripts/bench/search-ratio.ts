/**
 * The search page against the bare Pagefind API, side by side: medians of each query's runs, and
 * the page's time over the engine's for first queries (each cold) and next queries (warm), by kind
 * of query (names and places; broad words). Pure: the browser runs are in measure/search.ts.
 */
import { median } from './measure/stats';

/** A kind of query: a person's or a place's name, or a broad word found on many pages. */
export type QueryGroup = 'name' | 'broad';

/** The runs of one query, in ms, on the page and on the bare API (same dist, same run). */
export interface PairedRuns {
  q: string;
  group: QueryGroup;
  page: number[];
  bare: number[];
}

/** One query's medians and their ratio (page / bare). */
export interface QueryRatio {
  q: string;
  group: QueryGroup;
  pageMs: number;
  bareMs: number;
  ratio: number;
}

/** Medians and ratio of one query; ratio 0 when the bare time is 0 (not measured). */
export function queryRatio(runs: PairedRuns): QueryRatio {
  const pageMs = median(runs.page);
  const bareMs = median(runs.bare);
  return { q: runs.q, group: runs.group, pageMs, bareMs, ratio: bareMs > 0 ? pageMs / bareMs : 0 };
}

/** Per group: the median of the page's and of the engine's medians, and their ratio. */
export function groupRatios(rows: readonly QueryRatio[]): Partial<Record<QueryGroup, QueryRatio>> {
  const out: Partial<Record<QueryGroup, QueryRatio>> = {};
  for (const group of ['name', 'broad'] as const) {
    const of = rows.filter((r) => r.group === group);
    if (of.length === 0) continue;
    const pageMs = median(of.map((r) => r.pageMs));
    const bareMs = median(of.map((r) => r.bareMs));
    const q = of.map((r) => r.q).join('、');
    out[group] = { q, group, pageMs, bareMs, ratio: bareMs > 0 ? pageMs / bareMs : 0 };
  }
  return out;
}

/** The largest ratio of a list (the one a budget is checked on); 0 for none. */
export function worstRatio(rows: readonly QueryRatio[]): QueryRatio | null {
  return rows.reduce<QueryRatio | null>((a, b) => (a === null || b.ratio > a.ratio ? b : a), null);
}
