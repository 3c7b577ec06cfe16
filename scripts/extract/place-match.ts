/**
 * Matching names of the gazetteer where the text really names a place: chains (长沙望城区) and towns
 * after them (昆山陆家镇), not a short name cut by an ordinary word (经常州, 南通过), a street (北京西路),
 * a phrase (长治久安), or a remote county's short name that happens to appear (创新和 → 新和).
 */
import type { Place } from '../../src/schemas';
import rules from '../data/place-name-rules.json' with { type: 'json' };
import { type GazetteerEntry, isWithin } from '../lib/gazetteer';
import { type ChainLink, readChain, townAt } from './place-chain';
import {
  chooseReading,
  contextScorer,
  levelRank,
  type PlaceContext,
  plausibleReadings,
} from './place-context';
import type { PlaceMention } from './types';

/** A mention with the places that qualify it: 长沙市 in 长沙望城区, 广东省 in 广东深圳. */
export interface PlaceMatch extends PlaceMention {
  qualifiers: Place[];
  /**
   * The name is a full name, or a short one that no other place has (临夏州, not 临夏 of the
   * prefecture, the city and the county): the article writes this place, not one of several.
   */
  exact?: boolean;
}

/** A span found at a position, resolved once reached (then the context is known): null to drop. */
export interface Candidate {
  start: number;
  end: number;
  /** The match, given what the article names; `listed`: whether it is an item of a list of places. */
  build: (ctx: PlaceContext, listed?: () => boolean) => PlaceMatch | null;
}

const STRADDLE = new Set(rules.straddleWords);
const BOUNDARY = /[\s，。、；：！？,.;:!?“”"'‘’《》（）()【】—…·]/u;
/** Tell whether position `i` lies inside one of the phrases that merely contain a place name. */
function insidePhrase(text: string, i: number): boolean {
  // Only the starts that cover i are tried (an indexOf from there would scan the rest of the text).
  return rules.notPlacePhrases.some((w) => {
    for (let k = Math.max(0, i - w.length + 1); k <= i; k++) if (text.startsWith(w, k)) return true;
    return false;
  });
}
const TOWN_AFTER = new Set(['prefecture', 'county', 'district']);
const isShort = (link: ChainLink): boolean => link.readings.every((r) => r.via === 'short');

/** Places of a chain, and whether the context had to choose among readings (鼓楼区 ×4). */
export interface ResolvedChain {
  places: Place[];
  guessed: boolean;
}

/** Resolve a chain: the last link by context, each earlier link as an ancestor of the next. */
export function resolveChain(chain: readonly ChainLink[], ctx: PlaceContext): ResolvedChain {
  const places: Place[] = [];
  let guessed = false;
  let child: GazetteerEntry | null = null;
  for (const link of [...chain].reverse()) {
    const below = child;
    const fitting = below
      ? link.readings.filter((r) => isWithin(below, r.entry.place.code ?? ''))
      : link.readings;
    const reading = chooseReading(fitting, ctx);
    if (!reading) break;
    guessed ||= plausibleReadings(fitting, ctx).length > 1;
    places.unshift(reading.entry.place);
    child = reading.entry;
  }
  return { places, guessed };
}

const guesses = new WeakSet<PlaceMatch>();
/** Tell whether a match's place was chosen among several readings (so it cannot settle others). */
export const isGuess = (m: PlaceMatch): boolean => guesses.has(m);

/**
 * Tell whether a lone county-level short name (望江, 新和, 江口) names the place here: only where the
 * article names the place, its parent or province, or after punctuation or a word like 的/在/赴.
 */
function countyShortHolds(text: string, chain: readonly ChainLink[], ctx: PlaceContext): boolean {
  const [link] = chain;
  if (!link || chain.length > 1 || !isShort(link)) return true;
  if (link.readings.some((r) => levelRank(r.entry.place.level) > levelRank('county'))) return true;
  if (link.readings.some(contextScorer(ctx))) return true;
  const i = link.start;
  if (opensFeatureName(text, link.end) || namesTown(text, link.end)) return false;
  return opensPlaceWord(text, i);
}

const FEATURE = new RegExp(
  `^(?:\\p{Script=Han}{1,3}?(?:${rules.featureWords.join('|')})|(?:${rules.riverWords.join('|')}))`,
  'u',
);
/** Tell whether a name ending at `end` opens the name of a natural feature: 乌兰|布和沙漠, 新安|江. */
const opensFeatureName = (text: string, end: number): boolean =>
  FEATURE.test(text.slice(end, end + 6));

/**
 * Tell whether a name ending at `end` is a town's or a village's: 凤山|镇、, 长寿|村，, 凤山|镇和平区…
 * (镇 or 村, then a mark, 的 or another place; not 太仓|镇洋, not 南京|镇江).
 */
function namesTown(text: string, end: number): boolean {
  const word = rules.townWords.find((w) => text.startsWith(w, end));
  if (!word || readChain(text, end) !== null) return false;
  const after = end + word.length;
  const next = text[after];
  return (
    next === undefined || BOUNDARY.test(next) || next === '的' || readChain(text, after) !== null
  );
}

const JOINT = rules.jointNameSuffixes;
/**
 * Tell whether a short name written right after another place's name and right before a port, bay
 * or airport is part of their joint name (宁波舟山港, 宁波杭州湾新区) rather than a place of its own.
 */
export function inJointName(
  text: string,
  match: PlaceMatch,
  previous: PlaceMatch | undefined,
): boolean {
  if (!previous || previous.end !== match.start || match.via !== 'short') return false;
  return JOINT.some((w) => text.startsWith(w, match.end));
}

/** Give the place of a town named after `parent`. */
const townOf = (name: string, parent: Place): Place => ({
  name,
  level: 'town',
  parent: parent.name,
  province: parent.province,
  code: null,
  lat: null,
  lon: null,
});

/**
 * The weak readings of a lone name (a chain of one link, read with weak names allowed) that `keep`
 * holds: full names of notStandaloneFullNames (城东区), or short names that are also words (朝阳).
 */
function weakReadings(
  chain: readonly ChainLink[] | null,
  keep: (via: string) => boolean,
): ChainLink[] | null {
  const [link] = chain ?? [];
  if (chain?.length !== 1 || !link) return null;
  const readings = link.readings.filter((r) => r.weak && keep(r.via));
  return readings.length > 0 ? [{ ...link, readings }] : null;
}

/** The readings of a chain's one link that `named` holds of a place the article names, or null. */
function withSeen(
  chain: readonly ChainLink[],
  ctx: PlaceContext,
  named: (seen: Place, reading: Place) => boolean,
): ChainLink[] | null {
  const [link] = chain;
  const readings = (link?.readings ?? []).filter((r) =>
    (ctx.seen ?? []).some((p) => p.province === r.entry.place.province && named(p, r.entry.place)),
  );
  return link && readings.length > 0 ? [{ ...link, readings }] : null;
}

/** The readings of a weak full name whose parent the article names (西宁市 for 城东区), or null. */
const withSeenParent = (chain: readonly ChainLink[], ctx: PlaceContext) =>
  withSeen(chain, ctx, (seen, reading) => seen.name === reading.parent);

/** The readings of a weak short name whose place the article names in full (朝阳市委书记 for 朝阳), or null. */
const withSeenFullName = (chain: readonly ChainLink[], ctx: PlaceContext) =>
  withSeen(chain, ctx, (seen, reading) => seen.name === reading.name);

/** True when a place's name can start at `i`: at the start, after punctuation or a word like 的/在/赴. */
function opensPlaceWord(text: string, i: number): boolean {
  return (
    i === 0 || BOUNDARY.test(text[i - 1] ?? '') || rules.placeVerbs.some((w) => text.endsWith(w, i))
  );
}

/** True when a word from `start` to `end` stands where a place is written: after 赴, 、 or ——, before 、, 。 or 考察. */
function inPlaceSlot(text: string, start: number, end: number): boolean {
  const before = opensPlaceWord(text, start);
  const after =
    end === text.length ||
    BOUNDARY.test(text[end] ?? '') ||
    rules.placeVerbs.some((w) => text.startsWith(w, end));
  return before && after;
}

/** Find a chain of gazetteer names at `i` that the text really names. */
export function gazetteerAt(text: string, i: number): Candidate | null {
  const strong = readChain(text, i);
  // Weak names are read once, and only where no strong name stands.
  const loose = strong ? null : readChain(text, i, true);
  // 城东区、城西区, 和县: a full name that is also an ordinary word, read where the article names its parent.
  const weakFull = weakReadings(loose, (via) => via === 'full');
  // 赴朝阳学习考察, 抵达山南。: a short name that is also a word, where a place is written, read where
  // the article names the place in full or lists it with other places.
  const weakShort =
    weakFull === null && loose?.[0] && inPlaceSlot(text, i, loose[0].end)
      ? weakReadings(loose, (via) => via === 'short')
      : null;
  const chain = strong ?? weakFull ?? weakShort;
  const first = chain?.[0];
  const last = chain?.at(-1);
  if (!chain || !first || !last) return null;
  // 长治久安, 宁德时代: a phrase that only contains a place name.
  if (insidePhrase(text, i)) return null;
  // 经常州, 南通过: an ordinary word straddles the short name's edge.
  if (isShort(first) && STRADDLE.has(text.slice(i - 1, i + 1))) return null;
  if (chain.length === 1 && isShort(last) && STRADDLE.has(text.slice(last.end - 1, last.end + 1)))
    return null;
  // 北京西路, 中山路: a street named after the place.
  if (isShort(last) && rules.notBefore.some((w) => text.startsWith(w, last.end))) return null;

  const town = townAt(text, last.end);
  const end = last.end + (town?.length ?? 0);
  const build = (ctx: PlaceContext, listed = () => false): PlaceMatch | null => {
    // 赴晋中、和顺考察: an item of a list of places is a place, a weak name too.
    const read = weakFull
      ? withSeenParent(weakFull, ctx)
      : weakShort
        ? (withSeenFullName(weakShort, ctx) ?? (listed() ? weakShort : null))
        : chain;
    if (!read || !countyShortHolds(text, read, ctx)) return null;
    const { places, guessed } = resolveChain(read, ctx);
    const named = places.at(-1);
    const via = isShort(last) ? 'short' : 'full';
    // Not where a word straddles its end: 阿克苏市民中心 is 阿克苏's 市民中心, not 阿克苏市 written out.
    const exact =
      (via === 'full' || last.readings.length === 1) &&
      !STRADDLE.has(text.slice(last.end - 1, last.end + 1));
    const surface = text.slice(i, last.end);
    const match: PlaceMatch =
      town && named && TOWN_AFTER.has(named.level)
        ? {
            start: i,
            end,
            surface: text.slice(i, end),
            places: [townOf(town, named)],
            qualifiers: places,
            via,
            exact,
          }
        : {
            start: i,
            end: last.end,
            surface,
            places: places.slice(-1),
            qualifiers: places.slice(0, -1),
            via,
            exact,
          };
    if (guessed) guesses.add(match);
    return match;
  };
  return { start: i, end: town ? end : last.end, build };
}
