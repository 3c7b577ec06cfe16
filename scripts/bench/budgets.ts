/** The budgets of issue 6, checked against a bench result; a budget without its figures is not checked (ok: null). */
import type { BenchResult, BudgetResult, SizeResult } from './results';

const KB = 1024;
const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
const bySize = (r: BenchResult, n: number): SizeResult | undefined =>
  r.sizes.find((s) => s.articles === n);

/** Visit and article pages: ≤ 40 KB of HTML + CSS as downloaded (gzip), 0 bytes of JavaScript, at every size. */
function pageBudgets(r: BenchResult): BudgetResult[] {
  return (['visit', 'article'] as const).flatMap((type) => {
    const rows = r.sizes.flatMap((s) => {
      const f = s.pageTypes[type];
      return f ? [{ n: s.articles, f }] : [];
    });
    const worst = rows.reduce<(typeof rows)[number] | null>(
      (a, b) => (a === null || b.f.htmlPlusCssGzipBytesMax > a.f.htmlPlusCssGzipBytesMax ? b : a),
      null,
    );
    const js = Math.max(0, ...rows.map((x) => x.f.jsBytes));
    return [
      {
        name: `${type} pages: HTML + CSS ≤ 40 KB (gzip)`,
        limit: '40 KB',
        actual: worst
          ? `${kb(worst.f.htmlPlusCssGzipBytesMax)} (${worst.f.heaviestPage} at ${worst.n}; raw ${kb(worst.f.htmlPlusCssBytesMax)})`
          : 'no pages',
        ok: worst ? worst.f.htmlPlusCssGzipBytesMax <= 40 * KB : null,
      },
      {
        name: `${type} pages: 0 bytes of JavaScript`,
        limit: '0 B',
        actual: rows.length > 0 ? `${js} B` : 'no pages',
        ok: rows.length > 0 ? js === 0 : null,
      },
    ];
  });
}

/**
 * Search: bytes transferred before the first results of a first search for a place or a person (the
 * largest of them); the sector word and the word on every page are reported, not budgeted.
 */
function searchBudget(r: BenchResult): BudgetResult {
  const name =
    'search: bytes fetched before the first results ≤ 300 KB (first search for a place, a person)';
  const budgeted = r.search?.firstQueries.filter((q) => q.budgeted) ?? [];
  const worst = budgeted.reduce<(typeof budgeted)[number] | null>(
    (a, b) => (a === null || b.bytes > a.bytes ? b : a),
    null,
  );
  if (!r.search || !worst) return { name, limit: '300 KB', actual: 'not measured', ok: null };
  return {
    name,
    limit: '300 KB',
    actual: `${kb(worst.bytes)} (${worst.kind} “${worst.q}”, ${r.search.mode})`,
    ok: worst.bytes <= 300 * KB,
  };
}

/** The search page within a ratio of the bare Pagefind API (issue 12): first ≤ 1.2×, next ≤ 1.5×. */
export const SEARCH_RATIO_LIMITS = { first: 1.2, next: 1.5 } as const;

/**
 * Search against the bare engine, on the same dist in the same run: for names (places, people)
 * and broad words alike, the median of each group's page-to-engine ratio, first queries (cold)
 * and next ones (warm). Budgets on ratios, not on milliseconds, so that a loaded machine slows both.
 */
function searchRatioBudgets(r: BenchResult): BudgetResult[] {
  return (['first', 'next'] as const).flatMap((when) =>
    (['name', 'broad'] as const).map((group) => {
      const limit = SEARCH_RATIO_LIMITS[when];
      const name = `search page ≤ ${limit}× the bare Pagefind API, ${when} queries, ${group === 'name' ? 'names and places' : 'broad words'}`;
      const row = r.search?.ratio?.[when === 'first' ? 'firstByGroup' : 'nextByGroup'][group];
      if (!row || row.bareMs === 0)
        return { name, limit: `${limit}×`, actual: 'not measured', ok: null };
      return {
        name,
        limit: `${limit}×`,
        actual: `${row.ratio.toFixed(2)}× (${Math.round(row.pageMs)} / ${Math.round(row.bareMs)} ms; ${row.q})`,
        ok: row.ratio <= limit,
      };
    }),
  );
}

/**
 * The bare API's time for broad words on this build at most half that on another index of the
 * same corpus (--before-dist: every page's whole text), first queries (cold: start-up included)
 * and next ones (warm: the engine's own work), when that was measured. Sums over the broad words.
 */
function indexBudget(r: BenchResult): BudgetResult[] {
  const c = r.indexComparison;
  if (!c) return [];
  const sumOf = (rows: typeof c.before) =>
    rows.filter((x) => x.group === 'broad').reduce((s, x) => s + x.ms, 0);
  const pairs = [
    ['first queries (cold)', c.before, c.after],
    ['next queries (warm)', c.beforeNext, c.afterNext],
  ] as const;
  return pairs.map(([when, beforeRows, afterRows]) => {
    const before = sumOf(beforeRows);
    const after = sumOf(afterRows);
    return {
      name: `bare Pagefind API, broad words, ${when}: at most half the time on the index of every page`,
      limit: '0.5×',
      actual: `${before > 0 ? (after / before).toFixed(2) : '–'}× (${Math.round(after)} / ${Math.round(before)} ms)`,
      ok: before > 0 ? after <= before / 2 : null,
    };
  });
}

/** A budget on one figure of one size; not checked (ok: null) where that size was not run. */
function sizeBudget(
  r: BenchResult,
  n: number,
  name: string,
  limit: string,
  figure: (s: SizeResult) => { value: number; shown: string } | null,
  within: (value: number) => boolean,
): BudgetResult {
  const s = bySize(r, n);
  const f = s ? figure(s) : null;
  const missing = s ? 'not measured' : `size ${n} not run`;
  return { name, limit, actual: f ? f.shown : missing, ok: f ? within(f.value) : null };
}

/** Issue 15: ten thousand articles, an incremental content step, smaller pages. */
function scaleBudgets(r: BenchResult): BudgetResult[] {
  const s1000 = bySize(r, 1000);
  const MB = 1024 * 1024;
  return [
    sizeBudget(
      r,
      10000,
      'build of 10,000 articles ≤ 12 min',
      '720 s',
      (s) => ({ value: s.totalSeconds, shown: `${s.totalSeconds.toFixed(1)} s` }),
      (v) => v <= 720,
    ),
    sizeBudget(
      r,
      10000,
      'peak memory of the build of 10,000 articles ≤ 6 GB',
      '6144 MB',
      (s) => ({ value: s.peakRssMB, shown: `${Math.round(s.peakRssMB)} MB` }),
      (v) => v <= 6144,
    ),
    sizeBudget(
      r,
      10000,
      'build cost per article at 10,000 ≤ 1.2 × at 1,000',
      '1.2×',
      (s) =>
        s1000
          ? {
              value: s.buildMsPerArticle / s1000.buildMsPerArticle,
              shown: `${(s.buildMsPerArticle / s1000.buildMsPerArticle).toFixed(2)}× (${s.buildMsPerArticle.toFixed(1)} / ${s1000.buildMsPerArticle.toFixed(1)} ms)`,
            }
          : null,
      (v) => v <= 1.2,
    ),
    sizeBudget(
      r,
      1000,
      'one article added to 1,000: content step ≤ 10 % of a clean one',
      '0.10×',
      (s) =>
        s.incremental
          ? {
              value: s.incremental.contentRatio,
              shown: `${s.incremental.contentRatio.toFixed(3)}× (${(s.incremental.steps['内容'] ?? 0).toFixed(1)} / ${s.contentSeconds.toFixed(1)} s)`,
            }
          : null,
      (v) => v <= 0.1,
    ),
    sizeBudget(
      r,
      1000,
      'article pages ≤ 60 KB of HTML (median) at 1,000',
      '60 KB',
      (s) => {
        const f = s.pageTypes.article;
        return f ? { value: f.htmlBytesMedian, shown: kb(f.htmlBytesMedian) } : null;
      },
      (v) => v <= 60 * KB,
    ),
    sizeBudget(
      r,
      1000,
      'dist/ ≤ 120 KB per article at 1,000',
      '120 KB',
      (s) => ({
        value: s.distBytes / s.articles,
        shown: `${kb(s.distBytes / s.articles)} (${(s.distBytes / MB).toFixed(1)} MB)`,
      }),
      (v) => v <= 120 * KB,
    ),
  ];
}

/** Checks every budget. */
export function checkBudgets(r: BenchResult): BudgetResult[] {
  const largest = r.sizes.at(-1);
  const s100 = bySize(r, 100);
  const s1000 = bySize(r, 1000);
  const growth = s100 && s1000 ? s1000.buildMsPerArticle / s100.buildMsPerArticle : null;
  const lighthouse = Object.entries(r.lighthouse);
  const lowest = lighthouse.flatMap(([page, s]) =>
    (['performance', 'accessibility', 'best-practices', 'seo'] as const).map((c) => ({
      at: `${page} ${c}`,
      v: s[c],
    })),
  );
  const worstScore = lowest.reduce<(typeof lowest)[number] | null>(
    (a, b) => (a === null || b.v < a.v ? b : a),
    null,
  );
  return [
    ...pageBudgets(r),
    searchBudget(r),
    ...searchRatioBudgets(r),
    ...indexBudget(r),
    ...scaleBudgets(r),
    {
      name: 'build of 1,000 articles ≤ 180 s',
      limit: '180 s',
      actual: s1000 ? `${s1000.totalSeconds.toFixed(1)} s` : 'size 1000 not run',
      ok: s1000 ? s1000.totalSeconds <= 180 : null,
    },
    {
      name: 'build cost per article at 1,000 ≤ 1.5 × at 100',
      limit: '1.5×',
      actual: growth === null ? 'sizes 100 and 1000 not both run' : `${growth.toFixed(2)}×`,
      ok: growth === null ? null : growth <= 1.5,
    },
    {
      name: 'pipeline ≥ 50 articles per second on one core',
      limit: '50/s',
      actual: largest
        ? `${largest.articlesPerSecond.toFixed(1)}/s (at ${largest.articles})`
        : 'not run',
      ok: largest ? largest.articlesPerSecond >= 50 : null,
    },
    {
      name: 'Lighthouse ≥ 95 in every category (home, visit, search)',
      limit: '95',
      actual: worstScore ? `lowest ${worstScore.v} (${worstScore.at})` : 'not measured',
      ok: worstScore ? worstScore.v >= 95 && lighthouse.length === 3 : null,
    },
  ];
}
