/**
 * Who travels, read from a sentence's tokens: delegations as written (大庆市党政考察团, 我省党政代表团),
 * officials who lead them (X率, 由X带队, 在X率领下, 以X为团长) and parties (X、Y一行).
 */
import type { Place } from '../../../src/schemas';
import type { OfficialMention } from '../types';
import {
  groupBefore,
  homeWordAt,
  type OfficialGroup,
  officialGroups,
  placeRunAt,
  skipGroupTail,
} from './token-groups';
import type { Token } from './tokens';
import { isWord, wordsOf } from './vocabulary';

/** A delegation, its leaders and its place, as one sentence names them. */
export interface Subject {
  /** The delegation as written (大庆市党政考察团), or null for a party (X一行) or leaders alone. */
  delegation: string | null;
  /** The delegation's own place as the sentence writes it, or null. */
  origin: Place | null;
  /** True for 我省/我市 (the report's own place). */
  home: boolean;
  /** The level alone written for it (县 of 上月县党政代表团赴…): the report's own place if of that level. */
  homeLevel?: string;
  /** Officials said to lead it (率, 带队, 团长). */
  leaders: OfficialMention[];
  /** Officials the party is named after (X、Y一行, X及代表团成员). */
  party: OfficialMention[];
  /** Token indexes it spans. */
  first: number;
  last: number;
}

const HEADS = wordsOf('delegationHeads');

/** True when a string is made of delegation modifiers only (党政, 党政企, 学习考察). */
function isModifiers(text: string): boolean {
  let rest = text;
  while (rest !== '') {
    const m = wordsOf('delegationModifiers').find((w) => rest.endsWith(w));
    if (!m) return false;
    rest = rest.slice(0, rest.length - m.length);
  }
  return true;
}

/** True for a token that is a delegation's name or ends with one (党政代表团, 考察团; not 合唱团). */
function isHead(text: string): boolean {
  const head = HEADS.find((h) => text.endsWith(h));
  return head !== undefined && isModifiers(text.slice(0, text.length - head.length));
}

/** Delegations written in the sentence, each with the place written right before it. */
function delegations(tokens: readonly Token[]): Subject[] {
  const found: Subject[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !isHead(t.text)) return;
    // Modifiers before the head, also where the segmenter cut one (党|政企代表团).
    const head = HEADS.find((h) => t.text.endsWith(h)) ?? '';
    let written = t.text.slice(0, t.text.length - head.length);
    let j = i - 1;
    while (j >= 0 && isModifiers((tokens[j]?.text ?? '') + written) && tokens[j]?.kind === 'word') {
      written = (tokens[j]?.text ?? '') + written;
      j--;
    }
    const ownLevel = levelAlone(tokens, j);
    const home =
      homeWordAt(tokens, j) === 1 || homeWordAt(tokens, j - 1) === 2 || ownLevel !== null;
    const first = home ? (homeWordAt(tokens, j - 1) === 2 ? j - 1 : j) : j + 1;
    const name = tokens
      .slice(j + 1, i + 1)
      .map((x) => x.text)
      .join('');
    const runs = home ? [] : originRuns(tokens, j);
    if (runs.length === 0) {
      const delegation = tokens
        .slice(first, i + 1)
        .map((x) => x.text)
        .join('');
      const level = ownLevel === null ? {} : { homeLevel: ownLevel };
      found.push({
        delegation,
        origin: null,
        home,
        ...level,
        leaders: [],
        party: [],
        first,
        last: i,
      });
      return;
    }
    // 汝城县、平远县党政代表团先后来我区: one delegation from each place of the list.
    const listStart = runs[0]?.first ?? j;
    for (const run of runs) {
      const delegation =
        tokens
          .slice(run.first, run.end)
          .map((x) => x.text)
          .join('') + name;
      found.push({
        delegation,
        origin: run.place,
        home,
        leaders: [],
        party: [],
        first: listStart,
        last: i,
      });
    }
  });
  return found;
}

const LEVELS_ALONE = new Set(['省', '市', '县', '区', '州', '旗', '盟']);

/**
 * 上月县党政代表团赴…, 市考察团: a level written alone before a delegation, where a clause starts (after
 * a mark, a time or an adverb), stands for the report's own place, as 我县 does; the level, or null.
 */
function levelAlone(tokens: readonly Token[], j: number): string | null {
  const t = tokens[j];
  if (t?.kind !== 'word' || !LEVELS_ALONE.has(t.text)) return null;
  const before = tokens[j - 1];
  const opens =
    before === undefined ||
    before.kind === 'punct' ||
    before.kind === 'date' ||
    (before.kind === 'word' && /^[dtpc]/u.test(before.pos));
  return opens ? t.text : null;
}

/**
 * The places written right before a delegation ending at token `j`: one run of places (兴安盟阿尔山市),
 * or a list of runs joined by 、 (湖南省汝城县、广东省平远县), each the place of a delegation of its own.
 */
function originRuns(
  tokens: readonly Token[],
  j: number,
): { place: Place; first: number; end: number }[] {
  const runs: { place: Place; first: number; end: number }[] = [];
  let end = j + 1;
  while (tokens[end - 1]?.kind === 'place') {
    let k = end - 1;
    while (tokens[k - 1]?.kind === 'place') k--;
    const place = placeRunAt(tokens, k)?.place;
    if (!place) break;
    runs.unshift({ place, first: k, end });
    if (tokens[k - 1]?.text !== '、' || tokens[k - 2]?.kind !== 'place') break;
    end = k - 1;
  }
  return runs;
}

/** True when `受…委托` wraps the group: its officials sent the delegation, they did not lead it. */
function entrusts(tokens: readonly Token[], g: OfficialGroup): boolean {
  const before = tokens[g.first - 1]?.text ?? '';
  const after = tokens.slice(g.last + 1, g.last + 4).map((t) => t.text);
  return isWord('entrustBefore', before) && after.some((w) => isWord('entrust', w));
}

/** Officials who lead, each group with the token index of its lead word. */
function leadGroups(tokens: readonly Token[], groups: readonly OfficialGroup[]) {
  const found: { group: OfficialGroup; at: number }[] = [];
  tokens.forEach((t, i) => {
    const lead = isWord('lead', t.text) || isWord('leadAfter', t.text);
    // 在X的带领下: 的 between the group and the lead word.
    const at = lead && tokens[i - 1]?.text === '的' ? i - 1 : i;
    const g = lead ? groupBefore(groups, tokens, at) : null;
    if (g && !entrusts(tokens, g)) found.push({ group: g, at: i });
    // 以X为团长, X担任副团长: a lead role after the name.
    if (isWord('leadRoles', t.text) && isWord('leadRoleVerbs', tokens[i - 1]?.text ?? '')) {
      const r = groupBefore(groups, tokens, i - 1);
      if (r) found.push({ group: r, at: i });
    }
  });
  return found;
}

/** Parties named after officials: X、Y一行; X及代表团成员. */
function parties(tokens: readonly Token[], groups: readonly OfficialGroup[]) {
  const found: { group: OfficialGroup; at: number }[] = [];
  tokens.forEach((t, i) => {
    const g = groupBefore(groups, tokens, i);
    if (!g) return;
    const joinsDelegation = isWord('listSeparators', t.text) && isHead(tokens[i + 1]?.text ?? '');
    if (isWord('party', t.text) || joinsDelegation) found.push({ group: g, at: i });
  });
  return found;
}

/**
 * The subjects of a sentence: each delegation with the leaders and party named right before it
 * (X率领Y代表团, 由X带队的Y代表团), and leaders or parties with no delegation written.
 */
export function readSubjects(tokens: readonly Token[]): Subject[] {
  const groups = officialGroups(tokens);
  const subjects = delegations(tokens);
  const loose: Subject[] = [];
  // Where each delegation's own words start (its `first` grows to take in its leaders).
  const heads = new Map(subjects.map((s) => [s, s.first]));
  const attach = (g: OfficialGroup, at: number, role: 'leaders' | 'party') => {
    // The delegation this group leads: the next one written within its clause, else the one before.
    const next = subjects.find((s) => {
      const head = heads.get(s) ?? s.first;
      return head > g.last && !clauseBreak(tokens, at, head);
    });
    const prev = [...subjects]
      .reverse()
      .find((s) => s.last < g.first && !clauseBreak(tokens, s.last, g.first));
    const s = next ?? prev;
    if (s) {
      s[role].push(...g.officials.filter((o) => !s[role].includes(o)));
      s.first = Math.min(s.first, g.first);
      return;
    }
    const same = loose.find((l) => l.first === g.first);
    const target = same ?? {
      delegation: null,
      origin: null,
      home: false,
      leaders: [],
      party: [],
      first: g.first,
      last: skipGroupTail(tokens, at),
    };
    target[role].push(...g.officials.filter((o) => !target[role].includes(o)));
    if (!same) loose.push(target);
  };
  for (const { group, at } of leadGroups(tokens, groups)) attach(group, at, 'leaders');
  for (const { group, at } of parties(tokens, groups)) attach(group, at, 'party');
  return [...subjects, ...loose, ...homeActors(tokens, [...subjects, ...loose])].sort(
    (a, b) => a.first - b.first,
  );
}

/**
 * 我县今年5月赴温州…, 我市日前组团赴…: the report's own place as the one who goes (a time, an adverb
 * or 组团 between it and the movement word), where no delegation or leader is written before it.
 */
function homeActors(tokens: readonly Token[], written: readonly Subject[]): Subject[] {
  const found: Subject[] = [];
  tokens.forEach((_, i) => {
    const n = homeWordAt(tokens, i);
    if (n === 0 || written.some((s) => s.first <= i && i <= s.last)) return;
    let k = i + n;
    while (
      tokens[k] &&
      (tokens[k]?.kind === 'date' ||
        (tokens[k]?.kind === 'word' && /^[dt]/u.test(tokens[k]?.pos ?? '')) ||
        isWord('sender', tokens[k]?.text ?? ''))
    )
      k++;
    if (k - i > 4 || !isWord('moves', tokens[k]?.text ?? '')) return;
    found.push({
      delegation: null,
      origin: null,
      home: true,
      leaders: [],
      party: [],
      first: i,
      last: i + n - 1,
    });
  });
  return found;
}

/** True when a semicolon or a full clause lies between two token indexes. */
function clauseBreak(tokens: readonly Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((t) => t.text === '；' || t.text === ';');
}
