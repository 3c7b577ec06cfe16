/**
 * The project's own scorer: the exports (visits, articles) against gold annotations, field by field,
 * as `../shared/eval/score.mjs` scores them (tests/eval/score.test.ts checks that both agree).
 */
import type { Gold, GoldVisit } from './gold';
import {
  dateAgrees,
  isProvinceName,
  personKey,
  placeKey,
  sectorKey,
  siteKey,
  sitesMatch,
} from './keys';

/** A predicted visit: the fields scored. */
export interface ScoredVisit {
  article: string;
  origin: { name: string };
  destinations: readonly { name: string }[];
  leaders: readonly { name: string }[];
  hosts: readonly { name: string }[];
  sites: readonly string[];
  sectors: readonly string[];
  mentionedOnly: boolean;
  date: { start: string | null };
}

/** A predicted article: the fields scored. */
export interface ScoredArticle {
  id: string;
  places: readonly { name: string; level?: string }[];
  officials: readonly { name: string; place?: string | null }[];
}

/** Precision, recall and F1 of one field, with the counts behind them. */
export interface Prf {
  tp: number;
  pred: number;
  gold: number;
  p: number;
  r: number;
  f: number;
}

/** A gold visit and the predicted visit matched to it. */
export interface Match {
  gold: GoldVisit;
  predicted: ScoredVisit;
}

/** What was matched and what was not in one article. */
export interface ArticleOutcome {
  article: string;
  found: boolean;
  matches: Match[];
  missed: GoldVisit[];
  spurious: ScoredVisit[];
}

/** The whole score: per field, the date and place shares, per article, and the overall mean. */
export interface Score {
  rows: Record<string, Prf>;
  dates: number;
  mentions: number;
  officialPlaces: number;
  overall: number;
  articles: ArticleOutcome[];
}

/** The fields averaged into `overall`, with the date and official-place shares. */
export const CORE_FIELDS = [
  'visits',
  'destinations',
  'leaders',
  'hosts',
  'officials',
  'places',
  'sites',
] as const;

/** P, R and F1 from counts; an empty side scores 1 when the other is empty too. */
export function prf(tp: number, pred: number, gold: number): Prf {
  const p = pred ? tp / pred : gold ? 0 : 1;
  const r = gold ? tp / gold : pred ? 0 : 1;
  return { tp, pred, gold, p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const setOf = <T>(list: readonly T[] | undefined, key: (x: T) => string): Set<string> =>
  new Set((list ?? []).map(key).filter(Boolean));

/** Greedy matching: same origin, at least one shared destination, best overlap first. */
export function matchVisits(gold: readonly GoldVisit[], predicted: readonly ScoredVisit[]) {
  const pairs: { i: number; j: number; s: number }[] = [];
  gold.forEach((g, i) => {
    predicted.forEach((p, j) => {
      if (placeKey(g.origin) !== placeKey(p.origin)) return;
      const gd = setOf(g.destinations, placeKey);
      const pd = setOf(p.destinations, placeKey);
      const shared = [...gd].filter((x) => pd.has(x)).length;
      if (shared > 0) pairs.push({ i, j, s: shared / new Set([...gd, ...pd]).size });
    });
  });
  pairs.sort((a, b) => b.s - a.s); // stable: ties keep gold order, as the reference does
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const matched: { i: number; j: number }[] = [];
  for (const pr of pairs) {
    if (usedG.has(pr.i) || usedP.has(pr.j)) continue;
    usedG.add(pr.i);
    usedP.add(pr.j);
    matched.push(pr);
  }
  return { matched, usedG, usedP };
}

/** Scores exports against gold files (only articles that have a gold file count). */
export function scoreExports(
  visits: readonly ScoredVisit[],
  articles: readonly ScoredArticle[],
  golds: readonly Gold[],
): Score {
  const tally: Record<string, { tp: number; pred: number; gold: number }> = {};
  const add = (field: string, tp: number, pred: number, gold: number) => {
    const t = tally[field] ?? { tp: 0, pred: 0, gold: 0 };
    tally[field] = t;
    t.tp += tp;
    t.pred += pred;
    t.gold += gold;
  };
  const addSets = (field: string, pred: Set<string>, gold: Set<string>, optional = new Set()) => {
    const kept = [...pred].filter((x) => !(optional.has(x) && !gold.has(x)));
    add(field, kept.filter((x) => gold.has(x)).length, kept.length, gold.size);
  };
  let [dateTotal, dateRight, mentionTotal, mentionRight, offTotal, offRight] = [0, 0, 0, 0, 0, 0];
  const outcomes: ArticleOutcome[] = [];
  for (const g of golds) {
    const pv = visits.filter((v) => String(v.article) === g.article);
    const gv = g.visits ?? [];
    const { matched, usedG, usedP } = matchVisits(gv, pv);
    add('visits', matched.length, pv.length, gv.length);
    const matches: Match[] = [];
    for (const { i, j } of matched) {
      const a = gv[i] as GoldVisit;
      const b = pv[j] as ScoredVisit;
      matches.push({ gold: a, predicted: b });
      addSets('destinations', setOf(b.destinations, placeKey), setOf(a.destinations, placeKey));
      addSets('leaders', setOf(b.leaders, personKey), setOf(a.leaders, personKey));
      addSets('hosts', setOf(b.hosts, personKey), setOf(a.hosts, personKey));
      if (Array.isArray(a.sites)) {
        const { tp, pred, gold } = matchSites(b.sites, a.sites);
        add('sites', tp, pred, gold);
      }
      if (Array.isArray(a.sectors))
        addSets('sectors', setOf(b.sectors, sectorKey), setOf(a.sectors, sectorKey));
      const ok = dateAgrees(a.date?.start, b.date?.start);
      if (ok !== null) {
        dateTotal++;
        if (ok) dateRight++;
      }
      mentionTotal++;
      if (Boolean(a.mentioned_only) === Boolean(b.mentionedOnly)) mentionRight++;
    }
    const art = articles.find((x) => String(x.id) === g.article);
    const scoredPlaces = (list: readonly (string | { name: string })[]) =>
      new Set(
        list
          .filter((p) => !isProvinceName(p))
          .map(placeKey)
          .filter(Boolean),
      );
    addSets(
      'places',
      scoredPlaces(art?.places ?? []),
      scoredPlaces(g.places ?? []),
      setOf(g.places_optional, placeKey),
    );
    addSets('officials', setOf(art?.officials, personKey), setOf(g.officials, personKey));
    for (const go of g.officials ?? []) {
      const po = (art?.officials ?? []).find((o) => personKey(o) === personKey(go));
      if (!po || !go.place) continue;
      offTotal++;
      if (placeKey(po.place ?? '') === placeKey(go.place)) offRight++;
    }
    outcomes.push({
      article: g.article,
      found: art !== undefined,
      matches,
      missed: gv.filter((_, i) => !usedG.has(i)),
      spurious: pv.filter((_, j) => !usedP.has(j)),
    });
  }
  const rows = Object.fromEntries(
    Object.entries(tally).map(([k, v]) => [k, prf(v.tp, v.pred, v.gold)]),
  );
  const dates = dateTotal ? dateRight / dateTotal : 0;
  const officialPlaces = offTotal ? offRight / offTotal : 1;
  const core = CORE_FIELDS.reduce((s, k) => s + (rows[k]?.f ?? 0), 0);
  return {
    rows,
    dates,
    mentions: mentionTotal ? mentionRight / mentionTotal : 0,
    officialPlaces,
    overall: (core + dates + officialPlaces) / (CORE_FIELDS.length + 2),
    articles: outcomes,
  };
}

/** Sites matched one to one by containment (a site cut mid-word does not match). */
export function matchSites(predicted: readonly string[], gold: readonly string[]) {
  const P = [...new Set(predicted.map(siteKey).filter(Boolean))];
  const G = [...new Set(gold.map(siteKey).filter(Boolean))];
  const used = new Set<number>();
  let tp = 0;
  for (const p of P) {
    const i = G.findIndex((g, k) => !used.has(k) && sitesMatch(p, g));
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  return { tp, pred: P.length, gold: G.length };
}
