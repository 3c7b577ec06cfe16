/**
 * Finds the visits of an article from its sentences: reads each sentence's event frames, groups
 * them into trips, and reads each trip's passages, stops, sites, people and dates. Sentences that
 * speak of a delegation or a trip but give no visit are returned too, so that none is lost silently.
 */
import type { DateSpan, Evidence, Place, Visit } from '../../../src/schemas';
import { compareIsoDates, monthIndex } from '../date-calendar';
import { isRelativeDate } from '../date-relative';
import type { OfficialMention } from '../types';
import { assembleTrips, leadNames, type Trip } from './assemble';
import { toldAsBackground } from './background';
import { type DestinationResolver, readFrames } from './frames';
import { isOwnProvince, isProvince, isWithin, overlaps, shortOf } from './place-relations';
import type { Sentence } from './sentences';
import { ownerAt } from './site-owner';
import { findSites, isHeading } from './sites';
import { tripSentences } from './trip-passages';
import { tripPeople } from './trip-people';
import { citiesReached, isBroad, type StopDraft, tripStops } from './trip-stops';
import { isWord } from './vocabulary';

/** A visit before it gets its id, url and cross-article links. */
export type VisitDraft = Omit<Visit, 'id' | 'url' | 'alsoReportedIn'>;

/** What the visit finder reads. */
export interface VisitInput {
  id: string;
  published: string | null;
  /** The title's sentences (paragraph -1) and the text's. */
  sentences: readonly Sentence[];
  /** The report's own place (outlet, byline, address, 我市), or null. */
  homePlace: Place | null;
  /** True for a host's own report (来我市考察). */
  hostReport: boolean;
  /** The article's paragraphs. */
  paragraphs: readonly string[];
}

/** What the visit finder needs besides the article: the sector tagger. */
export interface VisitOptions {
  /** Sector labels of a visit's passages; `party` names its delegation (place, leaders). */
  tagSectors: (texts: readonly string[], party: readonly string[]) => string[];
}

/** The visits found, and the sentences about a trip that gave none. */
export interface VisitFindings {
  visits: VisitDraft[];
  unrecognised: Sentence[];
}

/** A span standing for "the article's date" when the text gives none. */
export function publishedSpan(published: string | null): DateSpan {
  if (published === null)
    return { start: null, end: null, text: '', precision: 'unknown', inferred: false };
  const precision = published.length >= 10 ? 'day' : published.length >= 7 ? 'month' : 'year';
  return { start: published, end: null, text: '', precision, inferred: true };
}

/** 来晋考察: a one-character abbreviation is the article's place that opens with it, where it names one. */
function destinationResolver(sentences: readonly Sentence[]): DestinationResolver {
  const written = sentences.flatMap((s) => s.places.filter((m) => m.via !== 'abbreviation'));
  return (item) => {
    const { mention, place } = item;
    if (mention.via !== 'abbreviation' || mention.surface.length !== 1) return place;
    if (written.some((m) => m.places.some((p) => p.name === place.name))) return place;
    const opening = [
      ...new Map(written.flatMap((m) => m.places).map((p) => [p.name, p])).values(),
    ].filter((p) => p.level !== 'province' && shortOf(p).startsWith(mention.surface));
    return opening.length === 1 && opening[0] ? opening[0] : place;
  };
}

/** The place the text names most that sends no delegation: the host's own, where nothing else says. */
function guessHome(sentences: readonly Sentence[], trips: readonly Trip[]): Place | null {
  const counts = new Map<string, { place: Place; n: number }>();
  for (const s of sentences)
    for (const m of s.places) {
      const p = m.places.at(-1);
      if (!p || m.via === 'abbreviation' || p.level === 'province' || p.level === 'foreign')
        continue;
      if (trips.some((t) => overlaps(p, t.origin))) continue;
      counts.set(p.name, { place: p, n: (counts.get(p.name)?.n ?? 0) + 1 });
    }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.place ?? null;
}

/** True for the article's own subject rather than a trip named in passing. */
function mainOf(trips: readonly Trip[], input: VisitInput): (t: Trip) => boolean {
  const background = new Set(
    trips.filter((t) => toldAsBackground(t, trips, input.sentences, input.paragraphs)),
  );
  const first = trips.find((t) => !t.passing && !background.has(t));
  return (t) => {
    if (t.passing || background.has(t)) return false;
    if (t === first || t.frames.some((f) => f.sentence.paragraph < 0)) return true;
    if (leadNames(t).size > 0) return true;
    return t.frames.filter((f) => f.subject !== null && f.kind !== 'meet').length >= 2;
  };
}

/**
 * True when `date` can be a day of a trip the article dates `anchor`: in the anchor's month, the
 * next or the one before (a study trip lasts days, rarely weeks; a report may date its last stop
 * first). 11月中旬 and a 5日 read as January are two trips told side by side, not one of two months.
 */
function withinTrip(anchor: DateSpan, date: DateSpan): boolean {
  if (anchor.start === null || date.start === null) return true;
  const a = monthIndex(anchor.start);
  const d = monthIndex(date.start);
  if (a === null || d === null) return true;
  const yearless = anchor.start.startsWith('--') !== date.start.startsWith('--');
  const gap = yearless ? (((d % 12) - (a % 12) + 18) % 12) - 6 : d - a;
  return gap >= -1 && gap <= 1;
}

/**
 * The whole trip's dates: from its first stated date (a day's before a week's) to the latest of
 * its stops' dates after it. A stop's date outside the month the article states (or the next) is
 * another trip's, and a date before the start does not end the trip.
 */
function tripDate(trip: Trip, stops: readonly StopDraft[], published: string | null): DateSpan {
  const spans = trip.frames.flatMap((f) =>
    f.date && f.sentence.paragraph >= 0 ? [f.date.span] : [],
  );
  // 近期，A、B两地代表团先后来我区……3月6日，A…: the day a frame states before a relative word's span.
  const written = spans.filter((d) => !isRelativeDate(d.text));
  // The first date written anchors the trip (近日 or 上周 says too little to rule out a day).
  const anchor = written[0];
  const near = (d: DateSpan) => anchor === undefined || withinTrip(anchor, d);
  const stated =
    written.filter(near).find((d) => d.precision === 'day') ??
    anchor ??
    spans.find((d) => d.precision === 'day') ??
    spans[0];
  const dated = [stated, ...stops.map((s) => s.date)]
    .filter((d): d is DateSpan => d !== null && d !== undefined && d.start !== null)
    .filter(near)
    .sort((a, b) => (a.precision === 'day' ? 0 : 1) - (b.precision === 'day' ? 0 : 1));
  const first = dated[0];
  const endOf = (d: DateSpan) => (d.end ?? d.start) as string;
  const last = first
    ? dated
        .filter((d) => d !== first && compareIsoDates(endOf(d), endOf(first)) > 0)
        .reduce<DateSpan | null>(
          (latest, d) =>
            latest === null || compareIsoDates(endOf(d), endOf(latest)) > 0 ? d : latest,
          null,
        )
    : null;
  if (first && last) return { ...first, end: endOf(last), text: `${first.text}……${last.text}` };
  return stated ?? first ?? publishedSpan(published);
}

/** The delegation as the text names it, with its place where the text leaves it out. */
function delegationName(trip: Trip): string {
  const written =
    trip.delegation ?? trip.frames.find((f) => f.subject?.delegation)?.subject?.delegation;
  if (!written) return `${trip.origin.name}考察团`;
  return written.startsWith(shortOf(trip.origin)) || trip.delegation
    ? written
    : trip.origin.name + written;
}

const person = (o: OfficialMention) => ({
  name: o.name,
  title: o.title,
  place: o.place?.name ?? null,
});

/** True for a sentence that speaks of a delegation or a trip (for what was not recognised). */
function speaksOfTrip(s: Sentence): boolean {
  const words = s.tokens.filter((t) => t.kind === 'word').map((t) => t.text);
  const delegation = words.some(
    (w) => isWord('delegationHeads', w) || /(?:代表团|考察团)$/u.test(w),
  );
  const led = words.some((w) => isWord('lead', w)) && words.some((w) => isWord('moves', w));
  return delegation || led || (words.includes('一行') && words.some((w) => isWord('moves', w)));
}

/** The headings of the text told while a main trip is in focus (after its first frame, before another trip's). */
function headingsOf(
  trip: Trip,
  trips: readonly Trip[],
  sentences: readonly Sentence[],
): Sentence[] {
  const first = Math.min(
    ...trip.frames.filter((f) => f.sentence.paragraph >= 0).map((f) => f.sentence.index),
  );
  const next = Math.min(
    ...trips
      .filter((t) => t !== trip)
      .flatMap((t) => t.frames.map((f) => f.sentence.index))
      .filter((i) => i > first),
  );
  return sentences.filter((s) => s.index > first && s.index < next && isHeading(s));
}

/**
 * The texts a trip's sectors are read from: a main trip's paragraphs, from its first frame's to the
 * next trip's (a feature story's sections included); a trip named in passing, the paragraphs no
 * other trip is told in (仙桃市党政代表团到江阴学习考察。…), else its own sentences.
 */
function sectorTexts(
  trip: Trip,
  trips: readonly Trip[],
  sentences: readonly Sentence[],
  input: VisitInput,
  isMain: (t: Trip) => boolean,
): string[] {
  const own = [...new Set(sentences.map((s) => s.paragraph))].filter((i) => i >= 0);
  // A paragraph only this trip's frames stand in is about it (在昆山，长沙望城区党政代表团实地感受…).
  const owns = (i: number) =>
    trip.frames.some((f) => f.sentence.paragraph === i) &&
    trips.every((t) => t === trip || !t.frames.some((f) => f.sentence.paragraph === i));
  if (!isMain(trip)) {
    const opened = own.filter(owns);
    return opened.length > 0
      ? opened.map((i) => input.paragraphs[i] ?? '')
      : sentences.map((s) => s.text);
  }
  const first = Math.min(...own);
  const later = trips
    .filter((t) => t !== trip && isMain(t))
    .flatMap((t) => t.frames.map((f) => f.sentence.paragraph))
    .filter((i) => i > first);
  const end = Math.min(input.paragraphs.length, ...later);
  const span = input.paragraphs.map((_, i) => i).filter((i) => i >= first && i < end);
  return [...new Set([...own, ...span])]
    .sort((a, b) => a - b)
    .map((i) => input.paragraphs[i] ?? '');
}

/**
 * 走进美的集团全球创新中心……在美的集团，企业副总裁介绍…: a place named again only as where
 * something happened, and the start of a site of the trip, is that site's owner, not one more site.
 */
function withoutOwners<T extends { stops: StopDraft[]; unplaced: string[] }>(
  found: T,
  restated: ReadonlySet<string>,
): T {
  const all = [...found.stops.flatMap((st) => st.sites), ...found.unplaced];
  const owner = (name: string) =>
    restated.has(name) && all.some((other) => other !== name && other.startsWith(name));
  for (const st of found.stops) st.sites = st.sites.filter((n) => !owner(n));
  return { ...found, unplaced: found.unplaced.filter((n) => !owner(n)) };
}

/** True when two trips go to a common place (both to the report's own, or to overlapping ones). */
const sameGoal = (a: Trip, b: Trip): boolean =>
  (a.home && b.home) || a.destinations.some((d) => b.destinations.some((e) => overlaps(d, e)));

/**
 * A roundup's lead (我市先后接待了重庆、吉林、青海三地的党政考察团) names delegations by the larger
 * places of those the text then tells one by one (重庆市万州区…, 吉林省集安市…): a trip led by nobody,
 * from a place another trip of the article sets out from inside, to a place that trip goes to, is
 * that trip told in summary, not one more.
 */
function withoutSummaries(trips: readonly Trip[]): Trip[] {
  return trips.filter(
    (t) =>
      leadNames(t).size > 0 ||
      !trips.some(
        (u) =>
          u !== t &&
          u.origin.name !== t.origin.name &&
          isWithin(u.origin, t.origin) &&
          sameGoal(t, u),
      ),
  );
}

/** Finds every visit of an article. */
export function findVisits(input: VisitInput, options: VisitOptions): VisitFindings {
  const resolve = destinationResolver(input.sentences);
  const frames = input.sentences.flatMap((s) => readFrames(s, resolve));
  const trips = withoutSummaries(
    assembleTrips(frames, input.homePlace, input.hostReport).filter(
      (t) => t.destinations.length > 0 || t.home,
    ),
  );
  const isMain = mainOf(trips, input);
  const passages = tripSentences(input.sentences, trips, isMain);
  const visits = trips.flatMap((trip): VisitDraft[] => {
    const sentences = passages.get(trip) ?? [];
    let destinations = [...trip.destinations];
    if (trip.home && input.homePlace === null) {
      const home = trip.homeNamed[0] ?? guessHome(input.sentences, trips);
      if (home && !overlaps(home, trip.origin)) destinations.push(home);
    }
    if (destinations.length === 0) return [];
    if (destinations.some(isProvince)) {
      // A feature story's headings (1. 义乌如何…) name the stops too, between its trip's first
      // frame and the next trip's.
      const cities = citiesReached(
        trip,
        [...sentences, ...headingsOf(trip, trips, input.sentences)].sort(
          (a, b) => a.index - b.index,
        ),
      );
      // A trip to provinces only: its stops are the cities it reached, in the order it did.
      if (isBroad(destinations)) destinations = cities.length > 0 ? cities : destinations;
      // 奔赴广东、云南两地 … 抵达肇庆 … 抵达昆明: each province gone to is the cities reached in it.
      else {
        const named = new Set(destinations.map((d) => d.name));
        destinations = destinations.flatMap((d) => {
          const inside = isProvince(d) ? cities.filter((c) => isWithin(c, d)) : [];
          return inside.length > 0 ? inside.filter((c) => !named.has(c.name)) : [d];
        });
      }
      // 奔赴吉林2地 of 松原市 with no place of 吉林 reached: the trip went nowhere the text says.
      destinations = destinations.filter((d) => !isOwnProvince(d, trip.origin));
      if (destinations.length === 0) return [];
    }
    // A site told of another trip's delegation in a shared sentence is not this trip's.
    const restated = new Set<string>();
    const sitesOf = (s: Sentence) =>
      findSites(s).filter((h) => {
        if (h.restated) restated.add(h.name);
        return [null, trip].includes(ownerAt(s, h.verbAt, trips));
      });
    const { stops, unplaced } = withoutOwners(
      tripStops(trip, destinations, sentences, sitesOf),
      restated,
    );
    // Who leads another trip travels with it, unless that trip sets out from here (昆山's 书记 receives
    // 义乌's delegation at home, and leads 昆山's own elsewhere).
    const away = trips.filter(
      (t) => t !== trip && !destinations.some((d) => isWithin(d, t.origin)),
    );
    const others = new Set(away.flatMap((t) => [...leadNames(t)]));
    const people = tripPeople(
      trip,
      destinations,
      sentences,
      input.hostReport || trip.home,
      others,
      !isMain(trip),
    );
    const evidence: Evidence[] = sentences.map((s) => ({ paragraph: s.paragraph, text: s.text }));
    const party = [shortOf(trip.origin), ...people.leaders.map((o) => o.name)];
    return [
      {
        article: input.id,
        delegation: delegationName(trip),
        origin: trip.origin,
        leaders: people.leaders.map(person),
        members: people.members.map(person),
        destinations,
        stops: stops.map((st) => ({
          place: st.place,
          date: st.date,
          sites: st.sites,
          paragraphs: [...new Set(st.sentences.map((s) => s.paragraph))],
        })),
        date: tripDate(trip, stops, input.published),
        hosts: people.hosts.map(person),
        sites: [...new Set([...stops.flatMap((s) => s.sites), ...unplaced])],
        sectors: options.tagSectors(sectorTexts(trip, trips, sentences, input, isMain), party),
        mentionedOnly: !isMain(trip),
        evidence,
      },
    ];
  });
  const used = new Set(trips.flatMap((t) => t.frames.map((f) => f.sentence.index)));
  const unrecognised = input.sentences.filter((s) => !used.has(s.index) && speaksOfTrip(s));
  return { visits, unrecognised };
}
