/**
 * What a sentence says was done: a movement to places (赴A、B, 来我市), a stay at a place (在X考察,
 * 在X期间), a meeting (会见…代表团一行, 与X座谈), a reception of several delegations (接待了A、B等考察团),
 * study of a place (考察湖北省), and places listed after 包括/涉及.
 */
import type { Place } from '../../../src/schemas';
import {
  groupBefore,
  homeWordAt,
  officialGroups,
  type PlaceItem,
  placeListAt,
} from './token-groups';
import type { Token } from './tokens';
import { isWord } from './vocabulary';

/** One predicate of a sentence. */
export interface Predicate {
  kind: 'move' | 'at' | 'meet' | 'reception' | 'study' | 'includes';
  /** Token index of the verb (of 在 for a stay). */
  at: number;
  /** Token index after the predicate's places. */
  end: number;
  verb: string;
  /** Places the predicate names, in order; for a reception, the delegations' places. */
  places: PlaceItem[];
  /** True when the place is the report's own (来我市, 在我县期间). */
  home: boolean;
}

/** Reads the places after token `i` (了 skipped): the report's own place, or a list. */
function placesAfter(tokens: readonly Token[], i: number) {
  let k = i;
  while (tokens[k]?.text === '了' || tokens[k]?.text === '到' || tokens[k]?.text === '至') k++;
  // 来到此行的第一站——南通, 首站：泰州: the place follows the words for the stop.
  const dash = tokens.findIndex((t, j) => j >= k && j < k + 6 && /^(?:——|—|：|:)$/u.test(t.text));
  if (dash > 0 && tokens.slice(k, dash).some((t) => /站$/u.test(t.text))) {
    // —— comes out of the tokenizer as two tokens.
    k = dash + 1;
    while (/^[—：:]$/u.test(tokens[k]?.text ?? '')) k++;
  }
  const home = homeWordAt(tokens, k);
  if (home > 0) return { home: true, items: [], end: k + home };
  const list = placeListAt(tokens, k);
  return { home: false, items: list.items, end: list.end };
}

/** True when a stay's place is followed by what one does at a place (期间, 考察, 进行) or a comma. */
function stayFollows(tokens: readonly Token[], end: number): boolean {
  if (['，', ','].includes(tokens[end]?.text ?? '')) return true;
  for (let k = end; k < Math.min(tokens.length, end + 5); k++) {
    const t = tokens[k];
    const w = t?.text ?? '';
    if (t?.kind === 'official' || w === '，' || w === '。') return false;
    if (isWord('during', w) || isWord('study', w) || isWord('host', w)) return true;
    if (w === '进行' || w === '开展') return true;
  }
  return false;
}

/** Moves and stays: 赴X, 来我市, 在X考察. */
function movesAndStays(tokens: readonly Token[]): Predicate[] {
  const found: Predicate[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'word') return;
    if (isWord('moves', t.text)) {
      const { home, items, end } = placesAfter(tokens, i + 1);
      if (home || items.length > 0)
        found.push({ kind: 'move', at: i, end, verb: t.text, places: items, home });
    } else if (isWord('at', t.text)) {
      const { home, items, end } = placesAfter(tokens, i + 1);
      const sites = items.some((x) => x.opensSite);
      if ((home || items.length > 0) && !sites && stayFollows(tokens, end))
        found.push({ kind: 'at', at: i, end, verb: t.text, places: items, home });
    }
  });
  return found;
}

/** 考察湖北省, 学习考察江苏: a study word with a place right after it. */
function studies(tokens: readonly Token[]): Predicate[] {
  return tokens.flatMap((t, i) => {
    if (t.kind !== 'word' || !isWord('study', t.text) || tokens[i + 1]?.kind !== 'place') return [];
    const { items, end } = placesAfter(tokens, i + 1);
    const whole = items.filter((x) => !x.opensSite);
    return whole.length > 0
      ? [{ kind: 'study' as const, at: i, end, verb: t.text, places: whole, home: false }]
      : [];
  });
}

/** 包括深圳、东莞、佛山和广州; 涉及襄阳、荆门等地: places listed as a trip's parts. */
function includes(tokens: readonly Token[]): Predicate[] {
  return tokens.flatMap((t, i) => {
    if (!isWord('includes', t.text)) return [];
    const { items, end } = placesAfter(tokens, i + 1);
    return items.length > 0
      ? [{ kind: 'includes' as const, at: i, end, verb: t.text, places: items, home: false }]
      : [];
  });
}

/** 已接待了江苏淮安市、浙江义乌市等多个考察团: one delegation from each place listed. */
function receptions(tokens: readonly Token[]): Predicate[] {
  return tokens.flatMap((t, i) => {
    if (!isWord('receptions', t.text)) return [];
    const { items, end } = placesAfter(tokens, i + 1);
    const tail = tokens.slice(end, end + 5).map((x) => x.text);
    const delegations = tail.some((w) => /团$/u.test(w));
    return items.length > 0 && delegations
      ? [{ kind: 'reception' as const, at: i, end, verb: t.text, places: items, home: false }]
      : [];
  });
}

/** Meetings: an official receiving a delegation (会见了X代表团一行, 与X率领的代表团座谈). */
function meetings(tokens: readonly Token[]): Predicate[] {
  const groups = officialGroups(tokens);
  return tokens.flatMap((t, i) => {
    if (t.kind !== 'word' || !isWord('host', t.text)) return [];
    const meets = isWord('meets', t.text);
    const hosted = groups.some((g) => g.last < i) || groupBefore(groups, tokens, i) !== null;
    return meets && hosted
      ? [{ kind: 'meet' as const, at: i, end: i + 1, verb: t.text, places: [], home: false }]
      : [];
  });
}

/** Every predicate of a sentence, in text order. */
export function readPredicates(tokens: readonly Token[]): Predicate[] {
  const all = [
    ...movesAndStays(tokens),
    ...studies(tokens),
    ...includes(tokens),
    ...receptions(tokens),
    ...meetings(tokens),
  ];
  return all.sort((a, b) => a.at - b.at);
}

/** The places of a predicate that are destinations (not a place that only locates a site). */
export function wholePlaces(p: Predicate): Place[] {
  return p.places.filter((x) => !x.opensSite).map((x) => x.place);
}
