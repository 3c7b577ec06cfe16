/** Generated officials: names from the surname list, titles that fit the level of their place. */
import surnames from '../../data/surnames.json' with { type: 'json' };
import type { Random } from './random';
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

/** Makes the `n` leading officials of a place, each with a distinct title, in order of rank. */
export function makeOfficials(rng: Random, placeName: string, n: number): Official[] {
  const titles = leaderTitles(placeName);
  const names = new Set<string>();
  while (names.size < Math.min(n, titles.length)) names.add(makeName(rng));
  return [...names].map((name, i) => ({ name, title: titles[i] ?? '副市长' }));
}
