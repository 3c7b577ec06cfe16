/**
 * Choosing among the readings of an ambiguous name (通州区 in 北京 or in 南通; 鼓楼区 ×4) by what the
 * article has already named: the place itself, its parent, its province; else the higher level,
 * else the lower code.
 */
import type { Place } from '../../src/schemas';
import type { NameReading } from '../lib/gazetteer';
import { levelRank } from '../lib/place-level';

export { levelRank };

/** What is known of the article when its places are read. */
export interface PlaceContext {
  /** Places named elsewhere in the article, in any order. */
  readonly seen?: readonly Place[];
  /** Places the article is about (its origin, from the title or metadata): weigh twice. */
  readonly focus?: readonly Place[];
  /**
   * Places the article writes by a name of their own (昌吉市, 临夏州), not only by a short name
   * other places share: a short name shared with the place it lies in (昌吉 of 昌吉回族自治州 and
   * 昌吉市) may mean the one the article writes in full.
   */
  readonly named?: readonly Place[];
}

/** Codes of the places of a list and of their provinces (4-digit code prefix + 0000). */
function codesOf(places: readonly Place[] = []): { own: Set<string>; provinces: Set<string> } {
  const own = new Set(places.flatMap((p) => (p.code ? [p.code] : [])));
  return { own, provinces: new Set([...own].map((c) => `${c.slice(0, 2)}0000`)) };
}

/** Make a scorer of readings for a context: higher is more likely meant. */
export function contextScorer(ctx: PlaceContext): (r: NameReading) => number {
  const weighed = [
    { ...codesOf(ctx.focus), w: 2 },
    { ...codesOf(ctx.seen), w: 1 },
  ];
  // A place the article writes in full is meant by its short name before one it never writes so.
  const written = codesOf(ctx.named).own;
  return ({ entry }) => {
    let score = written.has(entry.place.code ?? '') ? 4 : 0;
    for (const { own, provinces, w } of weighed) {
      if (own.has(entry.place.code ?? '')) score += 4 * w;
      if (entry.parentCode && own.has(entry.parentCode)) score += 2 * w;
      if (provinces.has(entry.provinceCode)) score += w;
    }
    return score;
  };
}

/**
 * Drop readings that are not meant: 长沙 is 长沙市, not its own 长沙县 (written in full) — unless
 * the article writes that place in full and not the one it lies in (昌吉市委书记, and nowhere
 * 昌吉州 or 昌吉回族自治州: 昌吉 is 昌吉市 there).
 */
export function plausibleReadings(
  readings: readonly NameReading[],
  ctx: PlaceContext = {},
): NameReading[] {
  const codes = new Set(readings.map((r) => r.entry.place.code));
  const named = new Set((ctx.named ?? []).flatMap((p) => (p.code ? [p.code] : [])));
  return readings.filter(
    (r) =>
      r.via === 'full' ||
      !codes.has(r.entry.parentCode) ||
      (named.has(r.entry.place.code ?? '') && !named.has(r.entry.parentCode ?? '')),
  );
}

/** Pick the reading the context makes most likely; ties go to the higher level, then the lower code. */
export function chooseReading(
  readings: readonly NameReading[],
  ctx: PlaceContext,
): NameReading | null {
  const score = contextScorer(ctx);
  const ranked = plausibleReadings(readings, ctx).sort(
    (a, b) =>
      score(b) - score(a) ||
      levelRank(b.entry.place.level) - levelRank(a.entry.place.level) ||
      (a.entry.place.code ?? '').localeCompare(b.entry.place.code ?? ''),
  );
  return ranked[0] ?? null;
}
