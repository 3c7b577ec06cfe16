/** Lists of places as reports write them: 赴上海、苏州和杭州; 广东深圳 (a qualifier and its place). */
import type { Place } from '../../../src/schemas';
import type { PlaceMention } from '../types';
import { isWithin } from './context';

const LIST_GAP = /^(?:[、和与及]|以及)?$/u;

/** Place mentions that follow `pos` as a list (A、B和C), starting right at `pos`. */
export function placeListAt(
  mentions: readonly PlaceMention[],
  text: string,
  pos: number,
): PlaceMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const list: PlaceMention[] = [];
  let cursor = pos;
  for (const m of sorted) {
    if (m.start < cursor) continue;
    if (!LIST_GAP.test(text.slice(cursor, m.start))) break;
    list.push(m);
    cursor = m.end;
  }
  return list;
}

/** Flattens a list of mentions to places, dropping qualifiers (广东 in 广东深圳) and repeats. */
export function listPlaces(list: readonly PlaceMention[]): Place[] {
  const all = list.flatMap((m) => m.places);
  const kept = all.filter((p) => !all.some((q) => q !== p && q.name !== p.name && isWithin(q, p)));
  return kept.filter((p, i) => kept.findIndex((q) => q.name === p.name) === i);
}
