/**
 * The event frames of a sentence: who (a delegation, its leaders) went where (destinations), when,
 * received by whom. One frame a predicate and subject; a clause (up to ；) shares its subject.
 */
import type { Place } from '../../../src/schemas';
import type { DateMention, OfficialMention } from '../types';
import { type Predicate, readPredicates } from './predicates';
import type { Sentence } from './sentences';
import { readSubjects, type Subject } from './subjects';
import { officialGroups, type PlaceItem } from './token-groups';
import type { Token } from './tokens';
import { isWord } from './vocabulary';

/** One reported action of a delegation, read from one clause. */
export interface Frame {
  sentence: Sentence;
  kind: Predicate['kind'] | 'subject';
  verb: string;
  subject: Subject | null;
  /** The delegation's place, as far as the clause tells it. */
  origin: Place | null;
  /** True when the delegation is the report's own (我省党政代表团). */
  originHome: boolean;
  /** The level written alone for the report's own place (县党政代表团), or null. */
  originHomeLevel: string | null;
  /** True when leaders are named with titles that write no place (省委书记X率团前往). */
  bareLed: boolean;
  /** Places the delegation goes to or is at. */
  destinations: Place[];
  /** Places named only as the place of a site (前往霍邱|绿色融合发展中心). */
  siteAreas: Place[];
  /** True when the destination is the report's own place (来我市). */
  home: boolean;
  /** For a meeting: the officials who receive. */
  hosts: OfficialMention[];
  /** For a reception: the place that receives (昆山已接待了…). */
  receiver: Place | null;
  date: DateMention | null;
  planned: boolean;
  invited: boolean;
  /**
   * True for a group of the delegation led apart, told with no delegation of its own (第一组由X带队，
   * 赴A市): its place is part of where the delegation went.
   */
  group: boolean;
  subordinate: boolean;
  /** Token index of the verb in the sentence. */
  at: number;
}

/** Splits a sentence's tokens into clauses at semicolons, keeping token indexes. */
function clauses(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  tokens.forEach((t, i) => {
    if (t.text === '；' || t.text === ';') {
      out.push([from, i]);
      from = i + 1;
    }
  });
  out.push([from, tokens.length]);
  return out;
}

/** True when the official's title writes its own place (江阴市委书记, not 市委书记). */
export function explicitPlace(sentence: Sentence, o: OfficialMention): boolean {
  const from = o.titleStart ?? o.start;
  return sentence.places.some((p) => p.start >= from && p.end <= o.start);
}

/** The subject's place: written before the delegation, or its leaders' (explicit titles first). */
function originOf(sentence: Sentence, tokens: readonly Token[], s: Subject): Place | null {
  if (s.origin) return s.origin;
  const people = [...s.leaders, ...s.party];
  const explicit = people.find((o) => o.place && explicitPlace(sentence, o));
  if (explicit?.place) return explicit.place;
  // 昆山由市委书记陈丽艳带队，赴…: a place opening the clause is its subject.
  const opening = tokens.slice(0, s.first).filter((t) => t.kind !== 'punct' && t.kind !== 'date');
  const lead = opening[0];
  if (lead?.kind === 'place' && opening.length <= 2) return lead.place?.places.at(-1) ?? null;
  // 市委书记X率团: a title without its place says nothing of the delegation's place here.
  return null;
}

const before = (
  tokens: readonly Token[],
  from: number,
  to: number,
  cls: Parameters<typeof isWord>[0],
) => tokens.slice(Math.max(0, from), to).some((t) => isWord(cls, t.text));

/** The date nearest before the verb in the sentence, else its first. */
function dateOf(tokens: readonly Token[], at: number): DateMention | null {
  const dates = tokens.filter((t) => t.kind === 'date' && t.date);
  return (
    (dates.filter((_, k) => tokens.indexOf(dates[k] as Token) < at).at(-1) ?? dates[0])?.date ??
    null
  );
}

/** Resolves a place as a destination (来晋: 晋江 where the article names it, not 山西). */
export type DestinationResolver = (item: PlaceItem) => Place;

/** Reads the frames of one sentence. */
export function readFrames(
  sentence: Sentence,
  resolve: DestinationResolver = (x) => x.place,
): Frame[] {
  const frames: Frame[] = [];
  for (const [from, to] of clauses(sentence.tokens)) {
    const tokens = sentence.tokens.slice(from, to);
    const subjects = readSubjects(tokens);
    const preds = readPredicates(tokens);
    const base = (p: Predicate | null, s: Subject | null): Frame => ({
      sentence,
      kind: p?.kind ?? 'subject',
      verb: p?.verb ?? '',
      subject: s,
      origin: s ? originOf(sentence, tokens, s) : null,
      originHome: s?.home ?? false,
      originHomeLevel: s?.homeLevel ?? null,
      bareLed: s !== null && s.origin === null && [...s.leaders, ...s.party].length > 0,
      destinations: p ? p.places.filter((x) => !x.opensSite).map(resolve) : [],
      siteAreas: p ? p.places.filter((x) => x.opensSite).map(resolve) : [],
      home: p?.home ?? false,
      hosts: [],
      receiver: null,
      date: dateOf(tokens, p?.at ?? tokens.length),
      planned: p ? before(tokens, p.at - 3, p.at, 'planned') : false,
      // 邀请X明年率团来访 is no trip yet; 应X邀请，…访问 is one (the invitation accepted).
      invited: p ? invitedOnly(tokens, p.at) : false,
      group:
        p !== null &&
        s !== null &&
        s.delegation === null &&
        s.leaders.length > 0 &&
        before(tokens, 0, s.first, 'groups'),
      subordinate:
        p !== null &&
        before(tokens, 0, p.at, 'subordinate') &&
        before(tokens, p.end, tokens.length, 'subordinateEnd'),
      at: from + (p?.at ?? subjects[0]?.first ?? 0),
    });
    let shared: Subject[] = [];
    let previous: Frame | null = null;
    let cursor = 0;
    for (const p of preds) {
      if (p.kind === 'includes' && previous) {
        addIncluded(previous, p);
        continue;
      }
      if (p.kind === 'reception') {
        frames.push(...receptionFrames(base(p, null), tokens, p));
        continue;
      }
      if (p.kind === 'meet') {
        frames.push(meetingFrame(base(p, null), tokens, p, subjects));
        continue;
      }
      const cursorBefore = cursor;
      const own = subjects.filter((s) => s.last < p.at && s.first >= cursor);
      if (own.length > 0) shared = own;
      // 考察湖北省 tells a trip only with its delegation: 对接上海 alone is no trip.
      if (p.kind === 'study' && shared.length === 0) continue;
      cursor = p.end;
      // A clause without a delegation goes on with the one in focus only when it opens with its
      // verb (随后赴…, 此次来梅河口…), not when something else is its subject (游客来到南通…).
      if (shared.length === 0 && !opensWithVerb(tokens, cursorBefore, p.at)) continue;
      const made = (shared.length > 0 ? shared : [null]).map((s) => base(p, s));
      frames.push(...made);
      previous = made[0] ?? null;
    }
    const used = new Set(frames.map((f) => f.subject));
    // X、Y带队，Z会见了代表团一行: leaders named before a meeting still lead the delegation met.
    const meets = preds.some((p) => p.kind === 'meet');
    for (const s of subjects)
      if (!used.has(s) && (!meets || s.leaders.length > 0)) frames.push(base(null, s));
  }
  return frames;
}

/** True when an invitation stands before the verb at `at` and no word accepting it (应…邀请). */
function invitedOnly(tokens: readonly Token[], at: number): boolean {
  const invite = tokens.findIndex((t, k) => k < at && isWord('invite', t.text));
  if (invite < 0) return false;
  return !tokens.slice(0, invite + 1).some((t) => isWord('inviteAccepted', t.text));
}

/** True when nothing but time, adverbs and marks stands between `from` and the verb at `at`. */
function opensWithVerb(tokens: readonly Token[], from: number, at: number): boolean {
  return tokens
    .slice(from, at)
    .every(
      (t) =>
        t.kind === 'punct' ||
        t.kind === 'date' ||
        (t.kind === 'word' &&
          (/^[dtcr]/u.test(t.pos) || isWord('planned', t.text) || t.text === '并')),
    );
}

/** Places listed after 包括/涉及: parts of a place the frame names replace it, others are added. */
function addIncluded(frame: Frame, p: Predicate): void {
  const parts = p.places.map((x) => x.place);
  const within = (a: Place, b: Place) => a.parent === b.name || a.province === b.name;
  const kept = frame.destinations.filter((d) => !parts.some((x) => within(x, d)));
  frame.destinations = [...kept, ...parts.filter((x) => !kept.some((d) => d.name === x.name))];
}

/** 昆山已接待了淮安市、义乌市等考察团: one frame a visiting place, received by the clause's subject. */
function receptionFrames(frame: Frame, tokens: readonly Token[], p: Predicate): Frame[] {
  const receiver =
    tokens
      .slice(0, p.at)
      .filter((t) => t.kind === 'place')
      .at(-1)
      ?.place?.places.at(-1) ?? null;
  return p.places.map((x) => ({ ...frame, origin: x.place, destinations: [], receiver }));
}

/**
 * 市委书记X会见了Y市党政代表团一行; X在武汉与Y率领的代表团座谈: the guests are the delegation (or
 * leaders) after the verb or after 与; the officials before them receive, at the place after 在.
 */
function meetingFrame(
  frame: Frame,
  tokens: readonly Token[],
  p: Predicate,
  subjects: readonly Subject[],
): Frame {
  // The 与 nearest before the verb: 湖北省高层与…会谈, …王晓东在武汉与…座谈.
  const withAt = tokens.findLastIndex((t, k) => k < p.at && isWord('guestMarkers', t.text));
  const groups = officialGroups(tokens);
  // 与浙江金华市委常委、义乌市委书记叶帮锐会见: officials after 与 are the guests.
  const named = groups.find((g) => withAt >= 0 && g.first > withAt && g.last < p.at);
  const guests =
    subjects.find((s) => s.first > p.at) ??
    subjects.find((s) => withAt >= 0 && s.first > withAt && s.last < p.at) ??
    (named
      ? {
          delegation: null,
          origin: null,
          home: false,
          leaders: [],
          party: named.officials,
          first: named.first,
          last: named.last,
        }
      : null);
  const limit = withAt >= 0 ? withAt : p.at;
  // Who leads a delegation before the verb (X带队，Z会见了…) is a guest too, not a host.
  const led = subjects.filter((s) => s.last < limit).flatMap((s) => s.leaders);
  const guestSet = new Set([...(guests?.leaders ?? []), ...(guests?.party ?? []), ...led]);
  const hosts = groups
    .filter((g) => g.last < limit)
    .flatMap((g) => g.officials)
    .filter((o) => !guestSet.has(o));
  const stay = tokens.findIndex(
    (t, k) => k < p.at && t.text === '在' && tokens[k + 1]?.kind === 'place',
  );
  const where = stay >= 0 ? tokens[stay + 1]?.place?.places.at(-1) : undefined;
  return {
    ...frame,
    subject: guests,
    origin: guests ? (guests.origin ?? guestPlace(guests)) : null,
    originHome: guests?.home ?? false,
    originHomeLevel: guests?.homeLevel ?? null,
    hosts,
    destinations: where ? [where] : [],
  };
}

/** The place of the first guest whose title has one. */
function guestPlace(s: Subject): Place | null {
  return [...s.leaders, ...s.party].find((o) => o.place)?.place ?? null;
}
