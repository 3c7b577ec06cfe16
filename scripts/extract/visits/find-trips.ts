/**
 * Finds the clauses that report a trip: `X党政代表团赴A、B考察`, `由…带队…前往A`, `X已接待了A、B等考察团`,
 * `在X，Y代表团…`, `…代表团来我市考察`. Each clue names an origin, destinations and, where the
 * clause says, leaders and a date.
 */
import type { Place } from '../../../src/schemas';
import type { DateMention, OfficialMention, PlaceMention } from '../types';
import {
  type ArticleContext,
  type Clause,
  isWithin,
  mentionsIn,
  splitClauses,
  splitSentences,
} from './context';
import { leadersOfClause } from './leaders';
import { listPlaces, placeListAt } from './place-lists';

/** A clause that reports a trip. */
export interface TripClue {
  /** How the trip is reported. */
  kind: 'outbound' | 'reception' | 'at-place' | 'home';
  /** The clause itself. */
  clause: Clause;
  /** The sentence holding it. */
  sentence: Clause;
  /** Where the delegation comes from. */
  origin: Place;
  /** The delegation as written (or made from the origin). */
  delegation: string;
  /** Destinations named in the clause, qualifiers dropped. */
  destinations: Place[];
  /** Leaders named in the clause. */
  leaders: OfficialMention[];
  /** The date the sentence gives, if any. */
  date: DateMention | null;
  /** True when the clause is subordinate (`继…后`): the trip is mentioned in passing. */
  subordinate: boolean;
}

const MOVE = /(奔赴|远赴|赶赴|前往|来到|走进|抵达|莅临|出访|访问|赴|抵|到|来|在)/gu;
const MOVE_TEST = /奔赴|远赴|赶赴|前往|来到|走进|抵达|莅临|出访|赴|抵/u;
const STUDY = /考察|学习|调研|对接|交流|取经|观摩|参观|走访|访问|走亲戚|招商|推介|座谈/u;
const DELEGATION =
  /(?:党政企|党政军|党政|经贸|政企|友好|考察学习|学习考察|学习)?(?:代表团|考察团|学习团|调研组|调研团)/gu;
const HOME = /(?:来|到|赴|走进|莅临|在)(?:我市|我区|我县|我州|我镇|本市|本区|本县)/u;
/** The outlet's own place as a delegation's (我县党政代表团). */
const OWN = /(?:我|本)[省市区县州旗镇]$/u;
/** After `代表团在X`: the delegation studies there (在福建学习考察, 在香港考察访问), not 在X期间. */
const STUDY_AT =
  /^(?:进行|开展)?(?:学习考察|考察学习|考察访问|考察调研|考察|调研|学习|参观|访问|交流)/u;
const RECEPTION = /(?:接待|迎来)了?/gu;

/** True when a place mention is the start of an official's title (江阴市委书记), not a subject. */
function inTitle(text: string, m: PlaceMention): boolean {
  const after = text.slice(m.end);
  const office = /^(?:委|长|人大|政协|政府|党委|纪委|领导|副)/u;
  const shortOffice =
    /^(?:[省市区县州镇]委|[省市区县州镇]长|[省市区县州]人大|[省市区县州]政协|[省市区县州]政府|镇党委)/u;
  return /[省市区县州镇]$/u.test(m.surface) ? office.test(after) : shortOffice.test(after);
}

/** The delegation phrase of a clause and the place written right before it, if any. */
function delegationOf(
  clause: Clause,
  text: string,
  mentions: readonly PlaceMention[],
  before: number,
  home: Place | null,
): { name: string; origin: Place | null; start: number } | null {
  for (const m of text.slice(clause.start, before).matchAll(DELEGATION)) {
    const at = clause.start + m.index;
    if (home && OWN.test(text.slice(clause.start, at)))
      return { name: home.name + m[0], origin: home, start: at };
    // 宜宾市党政代表团, 恩施州的代表团; not 在宁波，代表团 (a comma ends the place's phrase).
    const own = mentions.filter(
      (p) =>
        p.end <= at &&
        at - p.end <= 1 &&
        !/[，。、；：！？]/u.test(text.slice(p.end, at)) &&
        !inTitle(text, p),
    );
    const last = own.at(-1);
    if (!last) return { name: m[0], origin: null, start: at };
    const chain = mentions.filter((p) => p.start >= clause.start && p.end <= last.end);
    let first = last;
    for (let i = chain.indexOf(last) - 1; i >= 0; i--) {
      const prev = chain[i];
      if (!prev || prev.end !== first.start) break;
      first = prev;
    }
    const origin = listPlaces([first, last]).at(-1) ?? null;
    return { name: text.slice(first.start, at) + m[0], origin, start: at };
  }
  return null;
}

/** The sentence's date nearest before `pos`, else its first date. */
function dateFor(dates: readonly DateMention[], sentence: Clause, pos: number): DateMention | null {
  const inside = mentionsIn(dates, sentence.start, sentence.end);
  return inside.filter((d) => d.start < pos).at(-1) ?? inside[0] ?? null;
}

/** Names the delegation from its origin when the text does not. */
function madeName(origin: Place, written: string | null): string {
  if (written === null) return `${origin.name}考察团`;
  return /^(?:党政|经贸|政企|友好|考察|学习|代表|调研)/u.test(written)
    ? origin.name + written
    : written;
}

/** Finds outbound trips (`赴`, `前往`, `来到` …) in one clause. */
function outbound(ctx: ArticleContext, clause: Clause, sentence: Clause): TripClue[] {
  const text = ctx.paragraphs[clause.paragraph] ?? '';
  const places = ctx.places[clause.paragraph] ?? [];
  const clues: TripClue[] = [];
  for (const verb of clause.text.matchAll(MOVE)) {
    const at = clause.start + verb.index;
    const after = at + verb[0].length;
    const home = HOME.exec(text.slice(at, clause.end));
    const list = placeListAt(mentionsIn(places, clause.start, clause.end), text, after);
    if (list.length === 0 && !(home && home.index === 0)) continue;
    const tail = text.slice(list.at(-1)?.end ?? after, clause.end);
    const delegation = delegationOf(clause, text, places, at, ctx.homePlace);
    if (verb[0].length === 1 && verb[0] !== '赴' && delegation === null) continue; // 到/来 alone is too common
    // 在 moves nobody: only a delegation studying at the place (代表团在福建学习考察) is a trip.
    if (
      verb[0] === '在' &&
      !STUDY_AT.test(home && home.index === 0 ? text.slice(at + home[0].length) : tail)
    )
      continue;
    if (!STUDY.test(tail.slice(0, 24)) && delegation === null) continue;
    if (/^[得达回受遇]$/u.test(text.charAt(at - 1))) continue; // 得到, 达到, 回到 are not trips
    const leaders = leadersOfClause(ctx, clause, at);
    // The subject of the clause (昆山由…带队，赴…): a place before any earlier movement verb.
    // A bare 代表团 is the article's own delegation, already found: no subject then.
    const subject =
      delegation !== null && delegation.origin === null
        ? undefined
        : mentionsIn(places, clause.start, at).find(
            (m) => !inTitle(text, m) && !MOVE_TEST.test(text.slice(clause.start, m.start)),
          );
    const origin =
      delegation?.origin ??
      subject?.places.at(-1) ??
      leaders.map((l) => l.place).find((p): p is Place => p !== null) ??
      null;
    if (origin === null) continue;
    const destinations =
      home && home.index === 0 && ctx.homePlace
        ? [ctx.homePlace]
        : listPlaces(list).filter((p) => p.name !== origin.name && !isWithin(p, origin));
    if (destinations.length === 0) continue;
    clues.push({
      kind: home && home.index === 0 ? 'home' : 'outbound',
      clause,
      sentence,
      origin,
      delegation: madeName(origin, delegation?.name ?? null),
      destinations,
      leaders,
      date: dateFor(ctx.dates[clause.paragraph] ?? [], sentence, at),
      // 这是继今年4月X党政代表团前往Y考察后…: a trip named to date another one.
      subordinate:
        /(?:^|[，、是])继(?!续)/u.test(text.slice(clause.start, at)) &&
        text.slice(at, clause.end).includes('后'),
    });
    break; // one trip per clause
  }
  return clues;
}

/** Finds `X已接待了A、B等考察团`: one mentioned trip per visiting place. */
function reception(ctx: ArticleContext, clause: Clause, sentence: Clause): TripClue[] {
  const text = ctx.paragraphs[clause.paragraph] ?? '';
  const places = mentionsIn(ctx.places[clause.paragraph] ?? [], clause.start, clause.end);
  for (const verb of clause.text.matchAll(RECEPTION)) {
    const at = clause.start + verb.index;
    const list = placeListAt(places, text, at + verb[0].length);
    const tail = text.slice(list.at(-1)?.end ?? at, clause.end);
    if (list.length === 0 || !/^等?[^，。]{0,6}(?:代表团|考察团|学习团)/u.test(tail)) continue;
    const host = places
      .filter((m) => m.end <= at && !inTitle(text, m))
      .at(-1)
      ?.places.at(-1);
    if (!host) continue;
    return listPlaces(list)
      .filter((p) => p.name !== host.name)
      .map((origin) => ({
        kind: 'reception' as const,
        clause,
        sentence,
        origin,
        delegation: `${origin.name}考察团`,
        destinations: [host],
        leaders: [],
        date: dateFor(ctx.dates[clause.paragraph] ?? [], sentence, at),
        subordinate: false,
      }));
  }
  return [];
}

const MEETS = /(?:会见|接见|会晤)了?/gu;
/** After the guests' names: 一行, 等一行, 率领的代表团 (…市委书记李华一行). */
const GUESTS_END = /^(?:等|同志)?(?:一行|率领的|带领的|率队的)/u;

/**
 * Finds `市委书记X会见了Y市党政代表团一行`: Y's trip to the host, the report's own place
 * (来我区考察 in the text or its title) or else the place of the named official who meets them.
 */
function meeting(ctx: ArticleContext, clause: Clause, sentence: Clause): TripClue[] {
  const text = ctx.paragraphs[clause.paragraph] ?? '';
  const places = ctx.places[clause.paragraph] ?? [];
  for (const verb of clause.text.matchAll(MEETS)) {
    const at = clause.start + verb.index;
    const after = at + verb[0].length;
    const delegation = delegationOf(
      { ...clause, start: after, text: text.slice(after, clause.end) },
      text,
      places,
      clause.end,
      null,
    );
    // …会见了湖北省黄冈市委书记李华一行: the guests named with their place lead the delegation.
    const guests = ctx.officials.filter(
      (m) => m.paragraph === clause.paragraph && m.start >= after && m.end <= clause.end,
    );
    const guest = guests[0];
    const party =
      guest?.place &&
      guest.start - after <= 24 &&
      !/[，。；]/u.test(text.slice(after, guest.start)) &&
      GUESTS_END.test(text.slice(guests.at(-1)?.end))
        ? guests.filter((m) => m.place !== null && guest.place && isWithin(m.place, guest.place))
        : [];
    const origin =
      delegation !== null && delegation.start - after <= 12
        ? delegation.origin
        : (party[0]?.place ?? null);
    if (origin === null) continue;
    const host = ctx.officials
      .filter((m) => m.paragraph === clause.paragraph && m.start >= clause.start && m.end <= at)
      .at(-1);
    // A named official meets them (not 区领导还会见了来访的…考察团, a side note).
    if (host === undefined) continue;
    const where = ctx.homeReport ? ctx.homePlace : host.place;
    if (where === null || where.name === origin.name || isWithin(where, origin)) continue;
    return [
      {
        kind: ctx.homeReport && where === ctx.homePlace ? 'home' : 'outbound',
        clause,
        sentence,
        origin,
        delegation: madeName(origin, delegation?.name ?? '党政代表团'),
        destinations: [where],
        leaders: party,
        date: dateFor(ctx.dates[clause.paragraph] ?? [], sentence, at),
        subordinate: false,
      },
    ];
  }
  return [];
}

/** Finds `在X，Y党政代表团…`: Y's delegation is at X. */
function atPlace(ctx: ArticleContext, clause: Clause, sentence: Clause): TripClue[] {
  const text = ctx.paragraphs[clause.paragraph] ?? '';
  const places = ctx.places[clause.paragraph] ?? [];
  if (text.charAt(clause.start) !== '在') return [];
  const comma = text.indexOf('，', clause.start);
  const list = placeListAt(
    mentionsIn(places, clause.start, comma < 0 ? clause.end : comma),
    text,
    clause.start + 1,
  );
  const where = listPlaces(list);
  if (where.length === 0 || !/^[，,]/u.test(text.slice(list.at(-1)?.end ?? 0))) return [];
  const delegation = delegationOf(clause, text, places, clause.end, ctx.homePlace);
  if (!delegation?.origin) return [];
  const origin = delegation.origin;
  const clue: TripClue = {
    kind: 'at-place',
    clause,
    sentence,
    origin,
    delegation: madeName(origin, delegation.name),
    destinations: where.filter((p) => p.name !== origin.name),
    leaders: [],
    date: dateFor(ctx.dates[clause.paragraph] ?? [], sentence, clause.start),
    subordinate: false,
  };
  return clue.destinations.length > 0 ? [clue] : [];
}

/** Finds every trip clue of an article, in text order. */
export function findTrips(ctx: ArticleContext): TripClue[] {
  const clues: TripClue[] = [];
  ctx.paragraphs.forEach((paragraph, index) => {
    const sentences = splitSentences(paragraph, index);
    for (const clause of splitClauses(paragraph, index)) {
      const sentence =
        sentences.find((s) => s.start <= clause.start && s.end >= clause.end) ?? clause;
      const out = outbound(ctx, clause, sentence);
      const found = out.length > 0 ? out : meeting(ctx, clause, sentence);
      clues.push(...(found.length > 0 ? found : reception(ctx, clause, sentence)));
      if (found.length === 0) clues.push(...atPlace(ctx, clause, sentence));
    }
  });
  return clues;
}
