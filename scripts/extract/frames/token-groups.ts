/**
 * Reading groups out of a sentence's tokens: officials listed together (市委书记A，市长B), places
 * listed together (上海、苏州和杭州), the report's own place (我市, 我旗).
 */
import type { Place } from '../../../src/schemas';
import siteWords from '../../data/site-words.json' with { type: 'json' };
import type { OfficialMention, PlaceMention } from '../types';
import type { Token } from './tokens';
import { isWord } from './vocabulary';

/** Officials named together, and the token span they take (first, last inclusive). */
export interface OfficialGroup {
  officials: OfficialMention[];
  first: number;
  last: number;
}

/** Places listed together after a position, and where the list ends (exclusive). */
export interface PlaceList {
  /** Each item's places, qualifiers dropped (广东深圳 → 深圳市). */
  items: PlaceItem[];
  /** Token index after the list. */
  end: number;
}

/** One item of a place list. */
export interface PlaceItem {
  place: Place;
  /** The mention as the text writes it. */
  mention: PlaceMention;
  /** Token index of the item's first token. */
  first: number;
  /** Token index after the item. */
  end: number;
  /** True when a name runs on after the place (霍邱|绿色融合发展中心): the place locates a site. */
  opensSite: boolean;
}

const isSeparator = (t: Token | undefined): boolean =>
  t !== undefined &&
  (t.text === '、' || t.text === '，' || t.text === ',' || isWord('listSeparators', t.text));
const isListJoin = (t: Token | undefined): boolean =>
  t !== undefined && (t.text === '、' || isWord('listSeparators', t.text));

// Words allowed right after a group's last name: 等, 同志, 等人, 等领导.
const GROUP_TAIL = new Set(['等', '同志', '等人', '等同志', '等领导', '分别']);

/**
 * Skips what may stand between a group and its verb after token `i`: 等, 同志, a date or time
 * (李家超今日（21日）下午率领…), a bracket; the index of the next other token.
 */
export function skipGroupTail(tokens: readonly Token[], i: number): number {
  let k = i;
  for (;;) {
    const t = tokens[k];
    if (t === undefined) return k;
    if (GROUP_TAIL.has(t.text) || t.kind === 'date' || (t.kind === 'word' && t.pos === 't')) k++;
    else if (t.text === '（' || t.text === '(') {
      const close = tokens.findIndex((x, j) => j > k && (x.text === '）' || x.text === ')'));
      if (close < 0 || close - k > 6) return k;
      k = close + 1;
    } else return k;
  }
}

/** Groups of officials: runs of official tokens joined only by separators, each once. */
export function officialGroups(tokens: readonly Token[]): OfficialGroup[] {
  const groups: OfficialGroup[] = [];
  let open: OfficialGroup | null = null;
  tokens.forEach((t, i) => {
    if (t.kind === 'official' && t.official) {
      const joined = open !== null && tokens.slice(open.last + 1, i).every(isSeparator);
      if (open && joined) {
        open.officials.push(t.official);
        open.last = i;
      } else {
        open = { officials: [t.official], first: i, last: i };
        groups.push(open);
      }
    }
  });
  return groups;
}

/** The group that ends right before token `i` (等 and 同志 between allowed), or null. */
export function groupBefore(groups: readonly OfficialGroup[], tokens: readonly Token[], i: number) {
  return groups.find((g) => skipGroupTail(tokens, g.last + 1) === i) ?? null;
}

/** The report's own place word at `i` (我市, 本县, 我+旗): its length in tokens, or 0. */
export function homeWordAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i]?.text ?? '';
  if (isWord('homeWords', t)) return 1;
  const next = tokens[i + 1]?.text ?? '';
  return (t === '我' || t === '本') && isWord('homeWords', t + next) ? 2 : 0;
}

/**
 * The deepest place of a chain of adjacent place tokens from `i`, each inside the one before
 * (兴安盟|阿尔山市 → 阿尔山市); 上海江苏浙江 written without marks is three places, not a chain.
 */
export function placeRunAt(
  tokens: readonly Token[],
  i: number,
): { place: Place; end: number } | null {
  let k = i;
  let place: Place | null = null;
  while (tokens[k]?.kind === 'place') {
    const next = tokens[k]?.place?.places.at(-1) ?? null;
    if (place && next && !inside(next, place)) break;
    place = next ?? place;
    k++;
  }
  return place ? { place, end: k } : null;
}

/** True when `a` lies inside `b` (a county of its prefecture or province). */
const inside = (a: Place, b: Place) => a.parent === b.name || a.province === b.name;

/** Places listed from token `i`: A、B和C, each item a run of places; stops at anything else. */
export function placeListAt(tokens: readonly Token[], i: number): PlaceList {
  const items: PlaceItem[] = [];
  let k = i;
  for (;;) {
    const run = placeRunAt(tokens, k);
    // 湘湖（闻堰）: a name with the place it lies in in brackets after it.
    const glossed = run ? null : bracketedPlaceAt(tokens, k);
    if (glossed) {
      items.push(glossed);
      k = glossed.end;
      if (!isListJoin(tokens[k]) || tokens[k + 1]?.kind !== 'place') break;
      k++;
      continue;
    }
    if (!run) break;
    const mention = tokens[run.end - 1]?.place as PlaceMention;
    // 沪苏杭: one token standing for several places.
    const listed = mention.places.length > 1 && run.end - k === 1 ? mention.places : [run.place];
    const next = tokens[run.end];
    const opensSite =
      next?.kind === 'word' && /^\p{Script=Han}/u.test(next.text) && !endsItem(next);
    for (const place of listed) items.push({ place, mention, first: k, end: run.end, opensSite });
    k = run.end;
    // A place written right after another it does not lie in is the next of the list.
    if (tokens[k]?.kind === 'place') continue;
    if (!isListJoin(tokens[k]) || tokens[k + 1]?.kind !== 'place') break;
    k++;
  }
  return { items, end: k };
}

/** A word of a name followed by its place in brackets (湘湖（闻堰）), as a list item, or null. */
function bracketedPlaceAt(tokens: readonly Token[], k: number): PlaceItem | null {
  const [name, open, inner, close] = tokens.slice(k, k + 4);
  if (name?.kind !== 'word' || !/^\p{Script=Han}{2,4}$/u.test(name.text)) return null;
  if (
    !['（', '('].includes(open?.text ?? '') ||
    inner?.kind !== 'place' ||
    !['）', ')'].includes(close?.text ?? '')
  )
    return null;
  const mention = inner.place as PlaceMention;
  const place = mention.places.at(-1);
  return place ? { place, mention, first: k, end: k + 4, opensSite: false } : null;
}

/** True for a word that may follow a destination: a trip or study word, 等, 进行, 期间 … */
function endsItem(t: Token): boolean {
  return (
    isWord('study', t.text) ||
    isWord('moves', t.text) ||
    isWord('siteListEnds', t.text) ||
    isWord('during', t.text) ||
    isWord('listSeparators', t.text) ||
    isWord('host', t.text) ||
    // 赴寿光市重点学习…, 赴温州市详细了解…: a clause goes on after the place, no name does.
    siteWords.clauseOpenings.includes(t.text) ||
    ['等', '等地', '一带', '地区', '两地', '三地', '各地', '市', '进行', '开展', '了'].includes(
      t.text,
    )
  );
}
