/** Generated officials: names from the surname list, titles that fit the level of their place. */
import surnames from '../../data/surnames.json' with { type: 'json' };
import { createRandom, type Random } from './random';
import { GIVEN_NAME_CHARS } from './vocabulary';

/** An official as a report names them. */
export interface Official {
  /** 陈丽艳. */
  name: string;
  /** 市委书记, 市委副书记、市长 … without the place. */
  title: string;
}

/** Makes a name: a surname (now and then a 复姓) and one or two given-name characters. */
export function makeName(rng: Random): string {
  const surname = rng.chance(0.02) ? rng.pick(surnames.double) : rng.pick(surnames.single);
  const given = rng.chance(0.7) ? 2 : 1;
  return surname + Array.from({ length: given }, () => rng.pick(GIVEN_NAME_CHARS)).join('');
}

/** The level word of a place name for titles: 市 (苏州市, 昆山市), 县, 区, 旗, 州. */
export function levelWord(placeName: string): string {
  const last = placeName.at(-1) ?? '市';
  return '市县区旗州'.includes(last) ? last : '市';
}

/** Titles of a place's leaders, most senior first: 市委书记, 市委副书记、市长, … */
export function leaderTitles(placeName: string): string[] {
  const l = levelWord(placeName);
  const head = l === '旗' ? '旗长' : `${l}长`;
  return [
    `${l}委书记`,
    `${l}委副书记、${head}`,
    `${l}人大常委会主任`,
    `${l}政协主席`,
    `${l}委常委、常务副${head}`,
    `${l}委常委、秘书长`,
    `副${head}`,
  ];
}

/** Puts a place before a title without doubling its level: 鼓楼区 + 区委书记 → 鼓楼区委书记 (but 乾县县委书记). */
export function placeAndTitle(place: string, title: string): string {
  return place.length > 2 && place.at(-1) === title[0] ? place.slice(0, -1) + title : place + title;
}

/** A string's hash, as a seed: the same place and term always give the same roster. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 0x01000193);
  return h >>> 0;
}

/** Years a place keeps its leaders: one roster a term (a 党代会 every five years). */
const TERM_YEARS = 5;

/**
 * A place's leaders in the term that holds `year`, most senior first, one a title: the same
 * people lead its delegations and receive others all term long, as in real reports (陈丽艳 leads
 * 昆山's trips of that year and hosts those that come to 昆山), and new people the next term.
 */
export function rosterOf(corpusSeed: number, placeName: string, year: number): Official[] {
  const term = Math.floor(year / TERM_YEARS);
  const rng = createRandom(hashOf(`${corpusSeed}|${placeName}|${term}`));
  const titles = leaderTitles(placeName);
  const names = new Set<string>();
  while (names.size < titles.length) names.add(makeName(rng));
  return [...names].map((name, i) => ({ name, title: titles[i] ?? '副市长' }));
}

/**
 * The `n` leading officials of a place in `year`: the most senior of its roster, now and then one
 * ranked lower in place of the second (a deputy who leads or receives instead).
 */
export function makeOfficials(
  rng: Random,
  corpusSeed: number,
  placeName: string,
  year: number,
  n: number,
): Official[] {
  const roster = rosterOf(corpusSeed, placeName, year);
  const picked = roster.slice(0, n);
  if (n >= 2 && rng.chance(0.3)) picked[1] = rng.pick(roster.slice(n)) ?? picked[1];
  return picked.filter((o): o is Official => o !== undefined);
}
