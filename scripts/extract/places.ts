/**
 * Place recognition: full names (昆山市), short names where the text names the place (昆山, not
 * 南通 in 南通过), chains (长沙望城区), towns after a county (昆山陆家镇), abbreviations (沪苏通)
 * and foreign places (纽约). Where candidates overlap the longer wins (内蒙古 over 河内).
 */
import type { Place } from '../../src/schemas';
import rules from '../data/place-name-rules.json' with { type: 'json' };
import { foreignAt, foreignPlace } from './foreign-places';
import { abbreviationAt } from './place-abbreviations';
import { readChain, townAt } from './place-chain';
import type { PlaceContext } from './place-context';
import {
  type Candidate,
  gazetteerAt,
  inJointName,
  isGuess,
  type PlaceMatch,
  resolveChain,
} from './place-match';
import { findTowns } from './towns';
import type { PlaceResolver } from './types';

export type { PlaceContext } from './place-context';
export type { PlaceMatch } from './place-match';

/** Find the longest candidate at `i`: gazetteer, then foreign, then abbreviation on ties. */
function candidateAt(text: string, i: number): Candidate | null {
  const found: Candidate[] = [];
  const g = gazetteerAt(text, i);
  if (g) found.push(g);
  const f = foreignAt(text, i);
  if (f) {
    const surface = text.slice(i, f.end);
    const build = () => ({
      start: i,
      end: f.end,
      surface,
      places: [f.place],
      qualifiers: f.country ? [f.country] : [],
      via: 'foreign' as const,
    });
    found.push({ start: i, end: f.end, build });
  }
  const a = abbreviationAt(text, i);
  if (a) {
    const surface = text.slice(i, a.end);
    const build = () => ({
      start: i,
      end: a.end,
      surface,
      places: a.places,
      qualifiers: [],
      via: 'abbreviation' as const,
    });
    found.push({ start: i, end: a.end, build });
  }
  return found.reduce<Candidate | null>((best, c) => (!best || c.end > best.end ? c : best), null);
}

/** A town as a match at `start`. */
function townMatch(text: string, start: number, town: Place, qualifiers: Place[]): PlaceMatch {
  const end = start + town.name.length;
  return { start, end, surface: text.slice(start, end), places: [town], qualifiers, via: 'full' };
}

/** 昆山市周庄镇、锦溪镇: a town listed right after a town shares its county. */
function listedTown(text: string, previous: PlaceMatch | undefined, i: number): PlaceMatch | null {
  const town = previous?.places.length === 1 ? previous.places[0] : undefined;
  if (!previous || town?.level !== 'town' || previous.end !== i) return null;
  const gap = /^(?:、|和|与|及)/u.exec(text.slice(i))?.[0];
  const name = gap ? townAt(text, i + gap.length) : null;
  if (!name || name === town.name) return null;
  return townMatch(text, i + (gap?.length ?? 0), { ...town, name }, []);
}

/** A town the article names elsewhere with its county (在周庄镇 after 昆山市周庄镇), by its full name. */
function seenTown(text: string, i: number, seen: readonly Place[] = []): PlaceMatch | null {
  const town = seen.find((p) => p.level === 'town' && text.startsWith(p.name, i));
  return town ? townMatch(text, i, town, []) : null;
}

/** A foreign city the article names after its country (韩国昌原市), named again alone (昌原市, 昌原). */
function seenForeign(text: string, i: number, seen: readonly Place[] = []): PlaceMatch | null {
  for (const p of seen) {
    if (p.level !== 'foreign' || !p.name.endsWith('市') || foreignPlace(p.name)) continue;
    const short = p.name.slice(0, -1);
    const surface = text.startsWith(p.name, i) ? p.name : text.startsWith(short, i) ? short : null;
    if (surface)
      return {
        start: i,
        end: i + surface.length,
        surface,
        places: [p],
        qualifiers: [],
        via: 'foreign',
      };
  }
  return null;
}

const COMPANY = new RegExp(
  `^[\\p{Script=Han}A-Za-z0-9（）()]{1,20}?(?:${rules.companyEnds.join('|')})`,
  'u',
);
/** True when a place opens a registered company's full name (东莞市|宏景新材料有限公司). */
function opensCompanyName(text: string, match: PlaceMatch): boolean {
  return match.via !== 'foreign' && COMPANY.test(text.slice(match.end, match.end + 26));
}

/** Separators of the items of a list of places (赴晋中、和顺; 来到铁岭和民权). */
const LIST_SEPARATORS = new Set(['、', '和', '及', '与']);

/**
 * True when the name from `c.start` to `c.end` is an item of a list of places: a place ends right
 * before the separator before it, or one starts right after the separator after it.
 */
function listedAt(paragraph: string, c: { start: number; end: number }, previous?: PlaceMatch) {
  const before = LIST_SEPARATORS.has(paragraph[c.start - 1] ?? '') && previous?.end === c.start - 1;
  const after =
    LIST_SEPARATORS.has(paragraph[c.end] ?? '') && readChain(paragraph, c.end + 1) !== null;
  return before || after;
}

/** Find the places a paragraph names, in order; `context` resolves ambiguous names. */
export function findPlaces(paragraph: string, context: PlaceContext = {}): PlaceMatch[] {
  const memo = new Map<number, Candidate | null>();
  const at = (k: number): Candidate | null => {
    if (!memo.has(k)) memo.set(k, candidateAt(paragraph, k));
    return memo.get(k) ?? null;
  };
  // A longer candidate starting inside this one and ending after it wins (河内蒙古 → 内蒙古).
  const overtaken = (c: Candidate): boolean => {
    for (let k = c.start + 1; k < c.end; k++) {
      const o = at(k);
      if (o && o.end > c.end && o.end - o.start > c.end - c.start) return true;
    }
    return false;
  };
  const found: PlaceMatch[] = [];
  // What the paragraph has named so far counts as context (built only where a name starts).
  const seen = (): Place[] => [
    ...(context.seen ?? []),
    ...found.filter((m) => !isGuess(m)).flatMap((m) => [...m.qualifiers, ...m.places]),
  ];
  // The towns and foreign cities named elsewhere in the article, which this paragraph may name alone.
  const towns = (context.seen ?? []).filter((p) => p.level === 'town');
  const foreign = (context.seen ?? []).filter((p) => p.level === 'foreign');
  for (let i = 0; i < paragraph.length; ) {
    const c = at(i);
    const read =
      c && !overtaken(c)
        ? c.build({ ...context, seen: seen() }, () => listedAt(paragraph, c, found.at(-1)))
        : null;
    const town = read
      ? null
      : (listedTown(paragraph, found.at(-1), i) ??
        seenTown(paragraph, i, towns) ??
        seenForeign(paragraph, i, foreign));
    const match = read ?? town;
    if (!match) {
      i++;
      continue;
    }
    // 宁波舟山港: 舟山 is part of the port's name, not a place the text names; nor is 东莞市 of
    // 东莞市宏景新材料有限公司.
    if (!inJointName(paragraph, match, found.at(-1)) && !opensCompanyName(paragraph, match))
      found.push(match);
    i = match.end;
  }
  return found;
}

/** List the distinct places of matches, qualifiers included, in order of first mention. */
export function placesNamed(matches: readonly PlaceMatch[]): Place[] {
  const byKey = new Map<string, Place>();
  for (const p of matches.flatMap((m) => [...m.qualifiers, ...m.places])) {
    const key = `${p.code ?? ''}|${p.name}|${p.parent ?? ''}`;
    if (!byKey.has(key)) byKey.set(key, p);
  }
  return [...byKey.values()];
}

/** The places of matches written by a name of their own (PlaceContext `named`), in order. */
const placesWrittenInFull = (matches: readonly PlaceMatch[]): Place[] =>
  placesNamed(matches.filter((m) => m.exact === true));

/**
 * Find the places of every paragraph, each name resolved by all the article names. What they write
 * by a name of their own (`named`) is read from these paragraphs, never given.
 */
export function findArticlePlaces(
  paragraphs: readonly string[],
  context: Omit<PlaceContext, 'named'> = {},
): PlaceMatch[][] {
  // Only what was read without choosing settles the rest: a guess would confirm itself.
  const first = paragraphs.map((p) => findPlaces(p, context).filter((m) => !isGuess(m)));
  const seen = [...(context.seen ?? []), ...placesNamed(first.flat())];
  // The places these paragraphs write by a name of their own, which a short name they share may mean.
  const named = placesWrittenInFull(first.flat());
  const found = paragraphs.map((p) => findPlaces(p, { ...context, seen, named }));
  // 湘湖（闻堰）: a town by its short name, inside a city or county the article names.
  const areas = [...(context.seen ?? []), ...placesNamed(found.flat())];
  return found.map((mentions, i) => {
    const towns = findTowns(paragraphs[i] ?? '', areas, mentions);
    return towns.length === 0
      ? mentions
      : [...mentions, ...towns].sort((a, b) => a.start - b.start);
  });
}

/** Resolve a place as written in a title (江阴市, 吴江区, 南通, 北京朝阳) to a place, or null. */
export function resolvePlace(surface: string, context: PlaceContext = {}): Place | null {
  const s = surface.trim();
  // A town the article names with its county (昆山市周庄镇) is that town in a title (周庄镇党委书记).
  const town = context.seen?.find((p) => p.level === 'town' && p.name === s);
  if (town) return town;
  const chain = readChain(s, 0, true);
  if (chain && chain.at(-1)?.end === s.length)
    return resolveChain(chain, context).places.at(-1) ?? null;
  return foreignPlace(s);
}

/** Make a PlaceResolver bound to what is known of the article. */
export const placeResolver =
  (context: PlaceContext): PlaceResolver =>
  (surface) =>
    resolvePlace(surface, context);
