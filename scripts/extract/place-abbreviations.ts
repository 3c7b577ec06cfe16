/**
 * Regional compounds of one-character abbreviations: 沪苏通 → 上海市, 苏州市, 南通市; 苏锡常;
 * 嘉昆太; 沪苏浙皖 (苏 is 江苏 among provinces). A run counts only with evidence that it is one:
 * three characters or more, or a following word like 核心, 一体化, 大桥, 两地, or standing alone
 * between punctuation; never an ordinary word (通常, 太湖, 温泉) or a repeated character (常常).
 * A lone character only between a travel word and a visit word (赴沪学习, 来杭考察).
 */
import type { Place } from '../../src/schemas';
import data from '../data/place-abbreviations.json' with { type: 'json' };
import { readingsOf } from '../lib/gazetteer';
import { wordAt } from './frames/vocabulary';

/** A run of abbreviations and the places it stands for. */
export interface AbbreviationHit {
  start: number;
  end: number;
  places: Place[];
}

/** Full names to places (each full name of the table is unique in the gazetteer). */
const placesOf = (names: readonly string[]): Place[] =>
  names.flatMap((n) => readingsOf(n).find((r) => r.via === 'full')?.entry.place ?? []);
const SENSES = new Map(
  Object.entries(data.abbreviations).map(([c, names]) => [c, placesOf(names)]),
);
const COMPOUNDS = Object.entries(data.compounds).map(([w, names]) => [w, placesOf(names)] as const);
/** The compounds by their first character: most positions of a text start none. */
const COMPOUNDS_BY_FIRST = Map.groupBy(COMPOUNDS, ([w]) => w[0] ?? '');
const BOUNDARY = /[\s，。、；：！？,.;:!?“”"'‘’《》〈〉（）()【】[\]—…·]/u;
const MAX_RUN = 6;

const isProvincial = (c: string): boolean =>
  (SENSES.get(c) ?? []).every((p) => p.level === 'province');

// A run the text calls provinces: 苏青两省, 苏黔省际 (苏 is 江苏, 青 is 青海 there).
const PROVINCES_AFTER = /^(?:两|三|四|五|六|几|各)?省/u;

/** Expand a run, taking province senses when another member is province-only (沪苏浙皖) or the text says 两省. */
function expand(run: string, after = ''): Place[] {
  const chars = [...run];
  const saysProvinces = PROVINCES_AFTER.test(after);
  return chars.flatMap((c) => {
    const senses = SENSES.get(c) ?? [];
    const provincial = saysProvinces || chars.some((o) => o !== c && isProvincial(o));
    return (provincial ? senses.find((p) => p.level === 'province') : undefined) ?? senses[0] ?? [];
  });
}

const followed = (text: string, end: number): boolean =>
  data.followedBy.some((w) => text.startsWith(w, end));
const isOrdinary = (run: string): boolean =>
  new Set(run).size < run.length || data.notAbbreviations.some((w) => run.includes(w));

/** Tell whether a whole run (not followed by a trigger word) stands alone as a compound. */
function standsAlone(text: string, i: number, end: number): boolean {
  if (end - i >= 3) return true;
  const left =
    i === 0 || BOUNDARY.test(text[i - 1] ?? '') || data.precededBy.some((w) => text.endsWith(w, i));
  return left && (end === text.length || BOUNDARY.test(text[end] ?? ''));
}

/** True when a delegation's name starts at `at` (党政代表团, 考察团): 津党政代表团 names 天津's. */
const delegationAt = (text: string, at: number): boolean =>
  wordAt('delegationModifiers', text, at) !== null || wordAt('delegationHeads', text, at) !== null;

/**
 * Read one abbreviation between a travel word and a visit word (赴沪学习, 来杭考察, 在京期间), or
 * opening a delegation's name at the start of a phrase (津党政代表团赴粤).
 */
function singleAt(text: string, i: number): AbbreviationHit | null {
  const senses = SENSES.get(text[i] ?? '') ?? [];
  const [place] = senses;
  if (senses.length !== 1 || !place) return null;
  const opens = i === 0 || BOUNDARY.test(text[i - 1] ?? '');
  if (opens && delegationAt(text, i + 1)) return { start: i, end: i + 1, places: [place] };
  if (!data.singleAfter.includes(text[i - 1] ?? '')) return null;
  const next = text[i + 1] ?? '';
  const closes =
    next === '' || BOUNDARY.test(next) || data.singleBefore.some((w) => text.startsWith(w, i + 1));
  return closes ? { start: i, end: i + 1, places: [place] } : null;
}

/** Find a run of abbreviations starting at `i` (only where a run starts), with evidence. */
export function abbreviationAt(text: string, i: number): AbbreviationHit | null {
  for (const [word, places] of COMPOUNDS_BY_FIRST.get(text[i] ?? '') ?? [])
    if (text.startsWith(word, i)) return { start: i, end: i + word.length, places };
  if (!SENSES.has(text[i] ?? '') || SENSES.has(text[i - 1] ?? '')) return null;
  let runEnd = i;
  while (runEnd < text.length && runEnd - i < MAX_RUN && SENSES.has(text[runEnd] ?? '')) runEnd++;
  // The longest part followed by a trigger word first: 沪苏通|长江大桥, not 沪苏通长.
  for (let end = runEnd; end >= i + 2; end--) {
    if (followed(text, end) && !isOrdinary(text.slice(i, end)))
      return { start: i, end, places: expand(text.slice(i, end), text.slice(end)) };
  }
  const run = text.slice(i, runEnd);
  if (run.length === 1) return singleAt(text, i);
  return run.length >= 2 && !isOrdinary(run) && standsAlone(text, i, runEnd)
    ? { start: i, end: runEnd, places: expand(run, text.slice(runEnd)) }
    : null;
}
