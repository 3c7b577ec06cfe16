/** Reads a title as a chain of offices joined by 、 (无锡市委常委、江阴市委书记), each with the place written before it. */

import type { Place } from '../../src/schemas';
import type { ContextPlace } from './official-places';
import {
  BOUNDARIES,
  findOpeningOffice,
  type Office,
  officeAt,
  SMALL_LEVELS,
  ZONE_WORDS,
} from './official-titles';
import type { PlaceResolver } from './types';

/** One office of a title, with the place written before it if any. */
export interface Segment {
  /** The office. */
  office: Office;
  /** Offset of the segment (of its place when one is written). */
  start: number;
  /** Offset after the office. */
  end: number;
  /** The place written before the office (江阴 of 江阴市委书记), or null for a bare office. */
  explicit: ContextPlace | null;
}

/** A whole title: 启东市委副书记、市长. */
export interface Chain {
  /** Offset of the title. */
  start: number;
  /** Offset after it. */
  end: number;
  /** Its offices in order. */
  segments: Segment[];
}

const hanTail = /\p{Script=Han}+$/u;
// The longest place name a title writes before its office: 双江拉祜族佤族布朗族傣族自治县 has 15
// characters, 黔西南布依族苗族自治州 11 (its 州委书记 follows the full name).
const LONGEST_PLACE = 16;
// A small place's name starts after a larger place or a linking character: 江阴市|华士镇, 所在的|华士镇.
const nameBreak = /[省市区县旗镇乡村的在与和及由]/u;

/** Reads the place written right before an office: a place, 'bare' after a boundary (由市委书记), else null. */
export function placeBefore(
  text: string,
  at: number,
  office: Office,
  lower: number,
  resolve: PlaceResolver,
  context: readonly ContextPlace[],
): ContextPlace | 'bare' | null {
  const written = text.slice(Math.max(lower, at - 22), at).match(hanTail)?.[0] ?? '';
  // 丰镇市政府副市长, 某县人民政府县长: the government stands between the place and the office.
  const government = /(?:人民)?政府$/u.exec(written)?.[0] ?? '';
  if (government) {
    const own = placeAtEnd(
      written.slice(0, -government.length).slice(-LONGEST_PLACE),
      at - government.length,
      office,
      resolve,
    );
    if (own) return own;
  }
  const run = written.slice(-LONGEST_PLACE);
  if (run === '') return 'bare';
  const own = placeAtEnd(run, at, office, resolve);
  if (own) return own;
  // 布拉戈维申斯克市市长: a place the article's place finder read there that the gazetteer lacks
  // (a foreign city written after its country elsewhere in the text).
  const found = context.find(
    (p) => p.place?.level === 'foreign' && p.start >= at - run.length && p.end === at,
  );
  if (found) return found;
  if (BOUNDARIES.some((b) => run.endsWith(b))) return 'bare';
  return unresolvedPlace(run, at, office.level ?? '', context);
}

// The longest end of `run` (which ends at `end`) that resolves to a place of the office's level.
function placeAtEnd(
  run: string,
  end: number,
  office: Office,
  resolve: PlaceResolver,
): ContextPlace | null {
  const level = office.level ?? '';
  for (let len = run.length; len >= 1; len--) {
    const s = run.slice(-len);
    for (const surface of office.leading ? [s + level, s] : [s]) {
      if (surface.length < 2) continue;
      const place = resolve(surface);
      if (place?.name.endsWith(level))
        return { start: end - len, end, name: shortest(surface, place, resolve), place };
    }
  }
  return null;
}

// The shortest written form that names the same place: 金华市 of 浙江金华市, 恩施州 (not its full name).
function shortest(surface: string, place: Place, resolve: PlaceResolver): string {
  for (let len = 2; len < surface.length; len++) {
    const found = resolve(surface.slice(-len));
    if (found && found.name === place.name && found.code === place.code) return surface.slice(-len);
  }
  return surface;
}

// A town, village or zone the gazetteer lacks: 枫源村党总支书记, 苏州工业园区党工委书记.
function unresolvedPlace(
  run: string,
  at: number,
  level: string,
  context: readonly ContextPlace[],
): ContextPlace | null {
  const named = context.find(
    (p) => p.place === null && p.start < at && p.end === at + level.length,
  );
  if (named && SMALL_LEVELS.includes(level)) return { ...named, end: at };
  // 锦溪镇镇长: the town's name already ends with the level the office repeats.
  const parts = (
    SMALL_LEVELS.includes(level) && run.endsWith(level) ? run.slice(0, -level.length) : run
  ).split(nameBreak);
  const tail = parts.at(-1) ?? '';
  if (SMALL_LEVELS.includes(level) && tail.length >= 2 && tail.length <= 3) {
    return { start: at - tail.length, end: at, name: tail + level, place: null };
  }
  const zone = ZONE_WORDS.find((z) => (run + level).endsWith(z));
  const name = (run.split(/[的在与和及由了]/u).at(-1) ?? '').slice(-8);
  return zone ? { start: at - name.length, end: at, name: name + level, place: null } : null;
}

function nextSegment(
  text: string,
  from: number,
  resolve: PlaceResolver,
  context: readonly ContextPlace[],
): Segment | null {
  const bare = officeAt(text, from);
  if (bare) return { office: bare, start: from, end: from + bare.text.length, explicit: null };
  const found = findOpeningOffice(text, from);
  if (!found || found.at - from > 8 || !/^\p{Script=Han}*$/u.test(text.slice(from, found.at)))
    return null;
  const place = placeBefore(text, found.at, found.office, from, resolve, context);
  if (place === null || place === 'bare') return null;
  return {
    office: found.office,
    start: place.start,
    end: found.at + found.office.text.length,
    explicit: place,
  };
}

/** Reads the title whose (first) office was found at `first.at`, or null when it is no title (城市长期). */
export function readChain(
  text: string,
  first: { at: number; office: Office },
  lower: number,
  resolve: PlaceResolver,
  context: readonly ContextPlace[],
): Chain | null {
  const head = placeBefore(text, first.at, first.office, lower, resolve, context);
  if (head === null) return null;
  const explicit = head === 'bare' ? null : head;
  let end = first.at + first.office.text.length;
  const segments: Segment[] = [
    { office: first.office, start: explicit?.start ?? first.at, end, explicit },
  ];
  for (
    let next = text[end] === '、' ? nextSegment(text, end + 1, resolve, context) : null;
    next;
  ) {
    segments.push(next);
    end = next.end;
    next = text[end] === '、' ? nextSegment(text, end + 1, resolve, context) : null;
  }
  // 湖南省长沙市: the 长 of 省长 starts a place, so 省长 is no office here; but 市长沙建平, 市长白建平
  // are a mayor and a name: the place must be written in full (长沙市) or end where the text breaks.
  const placeAfter = (w: number) => {
    const name = text.slice(end - 1, end - 1 + w);
    const ends = /[市县区州旗盟]$/u.test(name) || !/\p{Script=Han}/u.test(text[end - 1 + w] ?? '');
    return ends && resolve(name) !== null;
  };
  if (text[end - 1] === '长' && [2, 3, 4, 5, 6, 7, 8, 9, 10].some(placeAfter)) return null;
  return { start: segments[0]?.start ?? first.at, end, segments };
}
