/**
 * Turns an article's mentions into visits: trip clues are grouped by delegation, the main trips
 * get the paragraphs that report them, trips mentioned in passing get their own sentences.
 */
import type { DateSpan, Evidence, Person, Place, Stop, Visit } from '../../../src/schemas';
import type { OfficialMention } from '../types';
import { type ArticleContext, isWithin, splitSentences } from './context';
import { findTrips, type TripClue } from './find-trips';
import { findHosts, findMembers, ofOrigin, originLeaders } from './leaders';
import { assignStops, mainPassages, type VisitAnchor } from './passages';
import { listPlaces, placeListAt } from './place-lists';
import { sitesByStop } from './sites';

/** A visit before it gets its id, url and cross-article links. */
export type VisitDraft = Omit<Visit, 'id' | 'url' | 'alsoReportedIn'>;

/** What the visit finder needs besides the article: the sector tagger. */
export interface VisitOptions {
  /** Sector labels of a visit's passages; `party` names its delegation (place, leaders). */
  tagSectors: (texts: readonly string[], party: readonly string[]) => string[];
}

const MEETING = /会见|座谈|会谈|交流|考察|学习|代表团|考察团|一行/u;

/** A place's name without its level suffix (昆山 for 昆山市). */
function shortName(place: Place): string {
  return place.name.length > 2 ? place.name.replace(/[市区县]$/u, '') : place.name;
}

/** A mention as the exports write a person. */
export function toPerson(m: OfficialMention): Person {
  return { name: m.name, title: m.title, place: m.place?.name ?? null };
}

/** Unique people by name, first mention kept. */
function people(list: readonly OfficialMention[]): Person[] {
  const seen = new Set<string>();
  return list.filter((m) => !seen.has(m.name) && seen.add(m.name)).map(toPerson);
}

/** A span standing for "the article's date" when the text gives none. */
export function publishedSpan(published: string | null): DateSpan {
  if (published === null)
    return { start: null, end: null, text: '', precision: 'unknown', inferred: false };
  const precision = published.length >= 10 ? 'day' : published.length >= 7 ? 'month' : 'year';
  return { start: published, end: null, text: '', precision, inferred: true };
}

/** Groups clues of one delegation: same origin, and either both subordinate or neither. */
function groupClues(clues: readonly TripClue[]): TripClue[][] {
  const groups = new Map<string, TripClue[][]>();
  for (const clue of clues) {
    const key = `${clue.origin.name}|${clue.subordinate}`;
    const same = groups.get(key) ?? [];
    const last = same.at(-1);
    // 市委书记A率团赴浙江……市长B率另一路代表团赴广东: one origin, two groups, each led by its own.
    const led = (g: readonly TripClue[]) => g.flatMap((c) => c.leaders.map((l) => l.name));
    const names = led([clue]);
    const apart =
      last !== undefined &&
      names.length > 0 &&
      led(last).length > 0 &&
      !names.some((n) => led(last).includes(n)) &&
      !clue.destinations.some((d) => destinationsOf(last).some((p) => p.name === d.name));
    if (last === undefined || apart) same.push([clue]);
    else last.push(clue);
    groups.set(key, same);
  }
  return [...groups.values()].flat();
}

/** Destinations of a group, in the order its clues name them. */
function destinationsOf(group: readonly TripClue[]): Place[] {
  const all = group.flatMap((c) => c.destinations);
  return all.filter((p, i) => all.findIndex((q) => q.name === p.name) === i);
}

/** True for the article's own subject: an outbound trip, not subordinate, led or first reported. */
function isMain(group: readonly TripClue[], firstOutbound: number): boolean {
  const first = group[0];
  if (!first || first.subordinate || first.kind === 'reception' || first.kind === 'at-place')
    return false;
  return group.some((c) => c.leaders.length > 0) || first.clause.paragraph === firstOutbound;
}

/** Paragraphs that speak of a trip mentioned in passing: its clue, and meetings of its two places. */
function passingPassages(
  ctx: ArticleContext,
  group: readonly TripClue[],
  dests: readonly Place[],
  mainParagraphs: ReadonlySet<number>,
): number[] {
  const origin = group[0]?.origin;
  const own = new Set(group.map((c) => c.clause.paragraph));
  if (!origin) return [...own];
  ctx.paragraphs.forEach((text, i) => {
    const places = (ctx.places[i] ?? []).flatMap((m) => m.places);
    const hasOrigin = places.some((p) => isWithin(p, origin));
    const hasDest = places.some((p) => dests.some((d) => isWithin(p, d)));
    const officialOfOrigin = ctx.officials.some(
      (m) => m.paragraph === i && m.place && isWithin(m.place, origin),
    );
    if (hasOrigin && hasDest && MEETING.test(text) && officialOfOrigin && !mainParagraphs.has(i))
      own.add(i);
  });
  return [...own].sort((a, b) => a - b);
}

/** Sentences of the paragraphs that name the origin (all of a main visit's paragraph otherwise). */
function evidenceOf(
  ctx: ArticleContext,
  paragraphs: readonly number[],
  group: readonly TripClue[],
  whole: boolean,
): Evidence[] {
  return paragraphs.flatMap((i) => {
    const text = ctx.paragraphs[i] ?? '';
    if (whole) return [{ paragraph: i, text }];
    const clueSentences = group.filter((c) => c.clause.paragraph === i).map((c) => c.sentence.text);
    const origin = group[0]?.origin;
    const short = origin?.name.replace(/[市区县]$/u, '') ?? '';
    const named = splitSentences(text, i)
      .map((s) => s.text)
      .filter((s) => short.length >= 2 && s.includes(short));
    const picked = [...new Set([...clueSentences, ...named])];
    return picked.length > 0 ? [{ paragraph: i, text: picked.join('') }] : [{ paragraph: i, text }];
  });
}

/** The whole trip's dates: the stops' span when they have dates, else the clue's, else the article's. */
function tripDate(
  stops: readonly Stop[],
  group: readonly TripClue[],
  published: string | null,
): DateSpan {
  const stated = group.find((c) => c.date)?.date?.span;
  if (stated?.precision === 'day') return stated; // 5月20日至24日 says it all
  const dated = stops
    .map((s) => s.date)
    .filter((d): d is DateSpan => d !== null && d.start !== null);
  const first = dated[0];
  const last = dated.at(-1);
  if (first && last && first !== last) {
    return { ...first, end: last.end ?? last.start, text: `${first.text}……${last.text}` };
  }
  return stated ?? first ?? publishedSpan(published);
}

// 代表团其后转赴澳门, 代表团一行随后前往东莞: the delegation itself moves on to a further place.
const MOVES_ON = /代表团(?:一行)?[^，。；！？]{0,4}?(?:转赴|转战|前往|赶赴|奔赴|抵达)/gu;

/** Places a main visit's own paragraphs say the delegation moved on to, beyond its clue's. */
function laterDestinations(
  ctx: ArticleContext,
  paragraphs: readonly number[],
  known: readonly Place[],
  origin: Place,
): Place[] {
  const found: Place[] = [];
  for (const i of paragraphs) {
    const text = ctx.paragraphs[i] ?? '';
    for (const m of text.matchAll(MOVES_ON)) {
      const list = placeListAt(ctx.places[i] ?? [], text, m.index + m[0].length);
      for (const p of listPlaces(list)) {
        const covered = [...known, ...found].some((d) => isWithin(p, d) || isWithin(d, p));
        if (!covered && !isWithin(p, origin) && !isWithin(origin, p)) found.push(p);
      }
    }
  }
  return found;
}

// 市领导A、B分别参加考察: after two groups of one origin, its members went with each.
const SPREAD = /分别(?:参加|随团|随同)/u;

/** Members named with 分别参加 in the paragraphs of the other main groups of the same origin. */
function sharedMembers(
  ctx: ArticleContext,
  group: readonly TripClue[],
  mains: readonly (readonly TripClue[])[],
  mainOwned: readonly number[][],
): OfficialMention[] {
  const origin = group[0]?.origin;
  if (!origin || !mains.includes(group)) return [];
  const siblings = mains.filter((g) => g !== group && g[0]?.origin.name === origin.name);
  const paragraphs = siblings.flatMap((g) => mainOwned[mains.indexOf(g)] ?? []);
  return findMembers(ctx, new Set(paragraphs), origin).filter((m) => {
    const text = ctx.paragraphs[m.paragraph] ?? '';
    const sentence = splitSentences(text, m.paragraph).find(
      (c) => c.start <= m.start && c.end >= m.end,
    );
    return sentence !== undefined && SPREAD.test(sentence.text);
  });
}

/** Finds every visit of an article. */
export function findVisits(ctx: ArticleContext, options: VisitOptions): VisitDraft[] {
  const clues = findTrips(ctx);
  const groups = groupClues(clues);
  const firstOutbound =
    clues.find((c) => c.kind !== 'reception' && c.kind !== 'at-place' && !c.subordinate)?.clause
      .paragraph ?? -1;
  const mains = groups.filter((g) => isMain(g, firstOutbound));
  const anchors: VisitAnchor[] = mains.map((g) => ({
    origin: g[0]?.origin as Place,
    destinations: destinationsOf(g),
    leaderNames: g.flatMap((c) => c.leaders.map((l) => l.name)),
    start: g[0]?.clause.paragraph ?? 0,
  }));
  const passing = new Set(
    groups.filter((g) => !mains.includes(g)).flatMap((g) => g.map((c) => c.clause.paragraph)),
  );
  const mainOwned = mains.length > 0 ? mainPassages(ctx, anchors, passing) : [];
  // Words that name each delegation, so that a sentence about two trips gives each its own sites.
  const namesOf = (g: readonly TripClue[]): string[] => [
    shortName(g[0]?.origin as Place),
    ...g.flatMap((c) => c.leaders.map((l) => l.name)),
  ];
  // Paragraphs of main trips to this place: there its officials receive, they do not travel.
  const hostingParagraphs = (place: Place): Set<number> =>
    new Set(
      mains.flatMap((g, k) =>
        destinationsOf(g).some((d) => isWithin(d, place) || isWithin(place, d))
          ? (mainOwned[k] ?? [])
          : [],
      ),
    );
  return groups.map((group) => {
    const main = mains.indexOf(group);
    const origin = group[0]?.origin as Place;
    let destinations = destinationsOf(group);
    const paragraphs =
      main >= 0
        ? (mainOwned[main] ?? [])
        : passingPassages(ctx, group, destinations, hostingParagraphs(origin));
    const inVisit = new Set(paragraphs);
    if (main >= 0)
      destinations = [...destinations, ...laterDestinations(ctx, paragraphs, destinations, origin)];
    const clueParagraph = group[0]?.clause.paragraph ?? 0;
    const drafts = assignStops(ctx, paragraphs, destinations, origin, clueParagraph);
    if (drafts.length > 0 && destinations.every((d) => d.level === 'province'))
      destinations = drafts.map((s) => s.place);
    const { perStop, unplaced } = sitesByStop(
      new Map(drafts.flatMap((s) => s.paragraphs).map((i) => [i, ctx.paragraphs[i] ?? ''])),
      drafts.map((s) => ({ names: [s.place.name, shortName(s.place)], paragraphs: s.paragraphs })),
      groups.filter((g) => g !== group).flatMap(namesOf),
    );
    const stops: Stop[] = drafts.map((s, k) => ({
      place: s.place,
      date:
        s.arrival === null
          ? null
          : ((ctx.dates[s.arrival] ?? []).find(
              (d) => d.start >= (s.arrivalAt ?? 0) && d.start < (s.arrivalAt ?? 0) + 12,
            )?.span ?? null),
      sites: perStop[k] ?? [],
      paragraphs: s.paragraphs,
    }));
    // 赴浙江杭州…，市委书记A、市长B分别带队: bare titles of the leaders are the origin's.
    const clueLeaders = group.flatMap((c) => c.leaders).map((m) => ofOrigin(ctx, m, origin) ?? m);
    const leaders = clueLeaders.length > 0 ? clueLeaders : originLeaders(ctx, inVisit, origin);
    const leaderNames = new Set(leaders.map((l) => l.name));
    const members = people(
      [...findMembers(ctx, inVisit, origin), ...sharedMembers(ctx, group, mains, mainOwned)].filter(
        (m) => !leaderNames.has(m.name),
      ),
    );
    // Who travels with the delegation does not receive it.
    const travelling = new Set([...leaderNames, ...members.map((m) => m.name)]);
    const evidence = evidenceOf(ctx, paragraphs, group, main >= 0);
    return {
      article: ctx.id,
      delegation:
        group.find((c) => !c.delegation.endsWith('考察团'))?.delegation ??
        group[0]?.delegation ??
        '',
      origin,
      leaders: people(leaders),
      members,
      destinations,
      stops,
      date: tripDate(stops, group, ctx.published),
      hosts: people(
        findHosts(ctx, inVisit, origin, destinations).filter((m) => !travelling.has(m.name)),
      ),
      sites: [...new Set([...stops.flatMap((s) => s.sites), ...unplaced])],
      sectors: options.tagSectors(
        evidence.map((e) => e.text),
        [shortName(origin), ...leaders.map((l) => l.name)],
      ),
      mentionedOnly: main < 0,
      evidence,
    };
  });
}
