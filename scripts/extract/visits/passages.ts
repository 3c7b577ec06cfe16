/** Which paragraphs of an article report a visit, and which of them belong to each stop. */
import type { Place } from '../../../src/schemas';
import { readingsOf } from '../../lib/gazetteer';
import type { PlaceMention } from '../types';
import { type ArticleContext, isProvince, isWithin } from './context';
import { placeListAt } from './place-lists';

/** What identifies a visit in the text: its places and leaders. */
export interface VisitAnchor {
  /** Where the delegation comes from. */
  origin: Place;
  /** Where it went. */
  destinations: readonly Place[];
  /** Names of its leaders. */
  leaderNames: readonly string[];
  /** Paragraph of its first clue. */
  start: number;
}

const NEW_EVENT = /召开|举行|会议|大会|推进会|发布会|论坛|签约仪式/u;
const TRIP_WORDS = /代表团|考察团|一行|此行|考察|学习/u;
const TRANSITION_WORDS =
  '^在|来到|抵达|到达|走进|前往|转战|(?:先后|相继|分别|又)到|首站|第[一二三四五六七八九十\\d]+站|最后一站|随后|接着';
const TRANSITION = new RegExp(TRANSITION_WORDS, 'u');
const TRANSITIONS = new RegExp(TRANSITION_WORDS, 'gu');

/** True when the paragraph names the place (mentions are by full or short name, not abbreviation). */
function mentions(list: readonly PlaceMention[], place: Place): boolean {
  return list.some((m) => m.via !== 'abbreviation' && m.places.some((p) => isWithin(p, place)));
}

/** How strongly a paragraph speaks of a visit: its origin and leaders weigh more than destinations. */
export function affinity(ctx: ArticleContext, index: number, anchor: VisitAnchor): number {
  const text = ctx.paragraphs[index] ?? '';
  const places = ctx.places[index] ?? [];
  let score = mentions(places, anchor.origin) ? 2 : 0;
  score += anchor.leaderNames.filter((n) => text.includes(n)).length * 2;
  score += anchor.destinations.filter((d) => mentions(places, d)).length;
  return score;
}

/** True when a paragraph names the visit's delegation (无锡市党政代表团) or one of its leaders. */
function namesDelegation(ctx: ArticleContext, index: number, anchor: VisitAnchor): boolean {
  const text = ctx.paragraphs[index] ?? '';
  const short = anchor.origin.name.replace(/[市区县]$/u, '');
  const delegation = new RegExp(`${short}[市区县]?(?:党政企|党政|经贸)?(?:代表团|考察团)`, 'u');
  return delegation.test(text) || anchor.leaderNames.some((n) => text.includes(n));
}

/** True when a paragraph opens another event (a dated meeting the visit does not attend). */
function opensOtherEvent(ctx: ArticleContext, index: number, anchor: VisitAnchor): boolean {
  const text = ctx.paragraphs[index] ?? '';
  const opening = text.split(/(?<=[。！？])/u).slice(0, 2);
  const starts = opening.map((_, k) => opening.slice(0, k).join('').length);
  const datedStart = (ctx.dates[index] ?? []).some((d) =>
    starts.some((s) => d.start >= s && d.start <= s + 2),
  );
  return (
    datedStart &&
    NEW_EVENT.test(text) &&
    !TRIP_WORDS.test(text) &&
    !mentions(ctx.places[index] ?? [], anchor.origin)
  );
}

/** Paragraphs reporting each main visit: from its clue on, shared by affinity, up to another event. */
export function mainPassages(
  ctx: ArticleContext,
  anchors: readonly VisitAnchor[],
  excluded: ReadonlySet<number>,
): number[][] {
  const owned: number[][] = anchors.map(() => []);
  const first = Math.min(...anchors.map((a) => a.start));
  const ended = anchors.map(() => false);
  let previous = -1;
  for (let i = 0; i < ctx.paragraphs.length; i++) {
    const scores = anchors.map((a, k) => {
      if (ended[k] || (i > a.start && opensOtherEvent(ctx, i, a))) {
        ended[k] = true;
        return -1;
      }
      return affinity(ctx, i, a);
    });
    const isStart = anchors.findIndex((a) => a.start === i);
    if (i < first) {
      anchors.forEach((a, k) => {
        if (a.leaderNames.some((n) => ctx.paragraphs[i]?.includes(n))) owned[k]?.push(i);
      });
      continue;
    }
    if (excluded.has(i) && isStart < 0 && !anchors.some((a) => namesDelegation(ctx, i, a)))
      continue;
    const best = Math.max(...scores);
    let owner = best > 0 ? scores.indexOf(best) : previous;
    if (isStart >= 0) owner = isStart;
    if (owner >= 0 && (scores[owner] ?? -1) >= 0 && i >= (anchors[owner]?.start ?? 0)) {
      owned[owner]?.push(i);
      previous = owner;
    }
    anchors.forEach((a, k) => {
      // A paragraph that names two delegations (or holds both clues) belongs to both.
      if (k !== owner && i >= a.start && (a.start === i || (scores[k] ?? 0) >= 2))
        owned[k]?.push(i);
    });
  }
  return owned.map((list) => [...new Set(list)].sort((a, b) => a - b));
}

/** A stop as found in the text, before dates and sites are attached. */
export interface StopDraft {
  /** Where. */
  place: Place;
  /** Paragraphs about it. */
  paragraphs: number[];
  /** The paragraph where the route reaches it. */
  first: number;
  /** The paragraph that tells the arrival (来到此行的第二站——泰州), whose date is the stop's. */
  arrival: number | null;
  /** Offset in that paragraph of the sentence telling the arrival (0 when it opens it). */
  arrivalAt?: number;
}

/**
 * The places listed after a transition verb of a sentence (先后来到广州、深圳), or []. With `fits`,
 * the first verb whose list holds a place that fits: 在山东期间，代表团先后来到济南市历城区 lists
 * 济南 after 来到, not after 在.
 */
function listedAfterVerb(
  named: readonly PlaceMention[],
  text: string,
  sentence: string,
  at: number,
  fits?: (p: Place) => boolean,
) {
  let first: PlaceMention[] | null = null;
  for (const verb of sentence.matchAll(TRANSITIONS)) {
    const list = placeListAt(named, text, at + verb.index + verb[0].length);
    if (!fits) return list;
    first ??= list;
    if (list.some((m) => m.places.some(fits))) return list;
  }
  return first ?? [];
}

// 代表团赴新加坡: the delegation sets off for one place; 赴深圳、东莞 restates the whole trip.
const SETS_OFF = /转赴|赶赴|赴/gu;

/** The one place a sentence says the delegation set off for, or []. */
function goesToOne(named: readonly PlaceMention[], text: string, sentence: string): PlaceMention[] {
  for (const verb of sentence.matchAll(SETS_OFF)) {
    const list = placeListAt(named, text, verb.index + verb[0].length);
    if (list.length > 0) return list.length === 1 ? list : [];
  }
  return [];
}

/** The city a district belongs to (济南市 for 历城区), from the gazetteer. */
function cityOf(district: Place): Place | undefined {
  return readingsOf(district.parent ?? '')
    .map((r) => r.entry.place)
    .find((p) => p.name === district.parent && p.province === district.province);
}

// The stops of a trip to a province are its cities and counties (a district stands for its city).
const STOP_LEVELS = new Set(['municipality', 'prefecture', 'county']);

/** True for a heading: a short line without a full stop. */
function isHeading(text: string): boolean {
  return text.length <= 32 && !/[。]$/u.test(text);
}

/** Splits a visit's paragraphs into stops, following the route's transitions and headings. */
export function assignStops(
  ctx: ArticleContext,
  passages: readonly number[],
  destinations: readonly Place[],
  origin: Place,
  clueParagraph: number,
): StopDraft[] {
  const broad = destinations.length > 0 && destinations.every(isProvince);
  const candidate = (written: Place): Place | undefined => {
    if (!broad) return destinations.find((d) => isWithin(written, d));
    // 济南市历城区、章丘区: a district stands for its city.
    const p = written.level === 'district' ? (cityOf(written) ?? written) : written;
    return destinations.some((d) => isWithin(p, d)) &&
      STOP_LEVELS.has(p.level) &&
      p.name !== origin.name
      ? p
      : undefined;
  };
  const fits = (p: Place) => candidate(p) !== undefined;
  const stops: StopDraft[] = [];
  let current: StopDraft | undefined;
  let afterHeading = false;
  for (const i of passages) {
    const text = ctx.paragraphs[i] ?? '';
    const heading = isHeading(text);
    const firstSentence = text.split(/[。！？]/u)[0] ?? '';
    const named0 = (ctx.places[i] ?? []).filter((m) => m.via !== 'abbreviation');
    const goes = i === clueParagraph ? [] : goesToOne(named0, text, firstSentence);
    const arriving = TRANSITION.test(firstSentence) || goes.length > 0;
    if (i !== clueParagraph && (heading || afterHeading || arriving)) {
      const named = (ctx.places[i] ?? []).filter((m) => m.via !== 'abbreviation');
      // 先后来到广州、深圳: the places listed right after the arrival are stops; else the first named.
      const after = listedAfterVerb(named, text, firstSentence, 0, broad ? fits : undefined);
      const listed = after.length > 0 ? after : goes;
      const fitting = (list: readonly PlaceMention[]) =>
        list
          .flatMap((m) => m.places)
          .map(candidate)
          .filter((p): p is Place => p !== undefined);
      const hits = fitting(listed.length > 0 ? listed : named);
      // 在江苏，代表团考察了苏州工业园区和无锡高新区: a provincial trip is at the cities the
      // paragraph names, inside site names too, when no arrival lists one.
      const spread = broad && hits.length === 0;
      const all = spread ? fitting(named) : hits;
      const reached =
        listed.length > 0 || spread
          ? [...new Map(all.map((p) => [p.name, p])).values()]
          : all.slice(0, 1);
      for (const hit of reached.filter((p) => p.name !== current?.place.name)) {
        const known = stops.find((s) => s.place.name === hit.name);
        if (current && !known && current.first === i) current.paragraphs.push(i);
        current = known ?? { place: hit, paragraphs: [], first: i, arrival: null };
        if (!known) stops.push(current);
      }
    }
    afterHeading = heading && !(ctx.places[i] ?? []).length;
    current?.paragraphs.push(i);
    if (current && current.arrival === null && i !== clueParagraph && arriving) current.arrival = i;
    if (i === clueParagraph || !broad) continue;
    // 在南京，代表团考察了…。12日，代表团来到苏州…。13日，代表团前往无锡…: stops within one paragraph.
    const named = (ctx.places[i] ?? []).filter((m) => m.via !== 'abbreviation');
    let at = 0;
    for (const sentence of text.split(/(?<=[。！？])/u)) {
      const listed = at === 0 ? [] : listedAfterVerb(named, text, sentence, at, fits);
      const hits = listed.flatMap((m) => m.places).map(candidate);
      for (const hit of hits.filter((p): p is Place => p !== undefined)) {
        if (stops.some((s) => s.place.name === hit.name)) continue;
        current = { place: hit, paragraphs: [i], first: i, arrival: i, arrivalAt: at };
        stops.push(current);
      }
      at += sentence.length;
    }
  }
  if (broad && stops.length > 0) return stops;
  const reached = destinations.map(
    (d) =>
      stops.find((s) => s.place.name === d.name) ?? {
        place: d,
        // A trip to one place: every paragraph of it is about that place.
        paragraphs:
          destinations.length === 1
            ? [...passages]
            : passages.filter((i) => mentions(ctx.places[i] ?? [], d)),
        // The clue lists every destination: where the route first names this one comes after it.
        first:
          passages.find((i) => i !== clueParagraph && mentions(ctx.places[i] ?? [], d)) ??
          passages.find((i) => mentions(ctx.places[i] ?? [], d)) ??
          clueParagraph,
        arrival: null,
      },
  );
  return reached.sort((a, b) => a.first - b.first);
}
