/** Finds officials named with a title: 江阴市委书记许峰, 市长王琪, 启东市领导顾云峰、邵茂华. */
import type { Place } from '../../src/schemas';
import { titleName } from '../lib/short-names';
import { type ContextPlace, fromMentions, nearestPlace, scanPlaces } from './official-places';
import { findOpeningOffice, placeTitle, WORDS_ACROSS } from './official-titles';
import { type NameMatch, preferKnown, readName } from './person-names';
import { type Chain, readChain } from './title-chains';
import type { OfficialMention, PlaceMention, PlaceResolver } from './types';

export { articleOfficials, mergeOfficials, withVisitPlaces } from './merge-officials';
export { findRepeatedNames } from './official-repeats';

/** How findOfficials finds the place of a bare title (市委书记). */
export interface FindOfficialsOptions {
  /** Place for a bare title when its paragraph names none of its level (the article's city). */
  defaultPlace?: Place | null;
  /**
   * The article's own city in a host city's report (`…来我市考察`): there a bare title opening a
   * sentence or clause (`市委书记张国栋陪同考察`) is the host's, not the nearest place's.
   */
  homePlace?: Place | null;
  /**
   * The city of the delegation's own paper (九江日报): its bare title is that city's unless a place
   * of the same sentence claims it (`…赴温州市考察。市委副书记、市长陈立新参加考察`).
   */
  ownPlace?: Place | null;
  /** The place finder's mentions per paragraph; without them places are found with the resolver. */
  places?: readonly (readonly PlaceMention[])[];
}

type PlaceFor = (level: string, at: number) => ContextPlace | null;

// A context place as a title writes it: 恩施州 (委副书记), not 恩施土家族苗族自治州委副书记.
function spoken(own: ContextPlace): string {
  const place = own.place;
  if (!place || own.name !== place.name) return own.name;
  return titleName(place.name, place.level);
}

// Gives each office its place: the written one, else (first office or new level) the context's.
function chainTitle(
  chain: Chain,
  placeFor: PlaceFor,
): { title: string; place: ContextPlace | null } {
  const parts: string[] = [];
  let place: ContextPlace | null = null;
  let level: string | null = null;
  for (const { office, explicit, start } of chain.segments) {
    const fresh = office.level !== null && office.level !== level;
    const own = explicit ?? (fresh && office.level !== null ? placeFor(office.level, start) : null);
    parts.push(own ? placeTitle(explicit ? own.name : spoken(own), office) : office.text);
    if (own || fresh) place = own;
    level = office.level ?? level;
  }
  return { title: parts.join('、'), place };
}

// Spaces, and a short note in brackets on the post (副县长（挂职）李四, 主任（兼）王五), between a title and its name.
const BEFORE_NAME = /[ \u3000]*(?:[（(]\p{Script=Han}{1,6}[)）][ \u3000]*)?/uy;

// The name after a title, and for a list (市领导A、B、C) every name that plainly ends at 、 or a stop.
function readNames(text: string, at: number): NameMatch[] {
  BEFORE_NAME.lastIndex = at;
  const start = BEFORE_NAME.exec(text)?.[0].length ?? 0;
  const first = readName(text, at + start);
  const names = first ? [first] : [];
  for (let last = first; last && text[last.end] === '、'; ) {
    last = readName(text, last.end + 1);
    if (last?.strong) names.push(last);
    else break;
  }
  return names;
}

function officialsIn(
  text: string,
  resolve: PlaceResolver,
  context: ContextPlace[],
  placeFor: PlaceFor,
  remember: (place: ContextPlace | null, end: number) => void = () => {},
) {
  const found: { name: NameMatch; title: string; place: Place | null; titleStart: number }[] = [];
  let last: { end: number; place: Place } | null = null;
  for (let pos = 0, hit = findOpeningOffice(text, 0); hit; hit = findOpeningOffice(text, pos)) {
    const chain = readChain(text, hit, pos, resolve, context);
    const across = chain && WORDS_ACROSS.some((w) => text.startsWith(w, chain.end - 1));
    const names = chain ? readNames(text, chain.end).filter((n) => n.strong || !across) : [];
    if (!chain || names.length === 0) {
      pos = hit.at + 1;
      continue;
    }
    let { title, place: own } = chainTitle(chain, placeFor);
    let place = own?.place ?? null;
    // …新区管委会主任张三，党工委委员、管委会副主任李四: offices of no level continue the zone.
    const levelless = chain.segments.every((s) => s.office.level === null && !s.explicit);
    const between = last ? text.slice(last.end, chain.start) : '';
    if (levelless && last && /^[^。！？；]{0,12}[，、]$/u.test(between)) {
      title = last.place.name + title;
      place = last.place;
    }
    remember(own, names.at(-1)?.end ?? chain.end);
    for (const name of names) found.push({ name, title, place, titleStart: chain.start });
    const zone = /党工委|管委会/u.test(title);
    last = place && zone ? { end: names.at(-1)?.end ?? chain.end, place } : null;
    pos = names.at(-1)?.end ?? chain.end;
  }
  return found;
}

/** Finds every official named with a title in an article's paragraphs (each occurrence, in order). */
export function findOfficials(
  paragraphs: readonly string[],
  resolvePlace: PlaceResolver,
  options: FindOfficialsOptions = {},
): OfficialMention[] {
  const memory = new Map<string, ContextPlace>(); // last place named per level, over earlier paragraphs
  const found = paragraphs.flatMap((text, paragraph) => {
    const mentions = options.places?.[paragraph];
    const context = mentions ? fromMentions(text, mentions) : scanPlaces(text, resolvePlace);
    // The place of the last official read in this paragraph, and where its name ends.
    let previous: ContextPlace | null = null;
    let previousEnd = -1;
    const placeFor: PlaceFor = (level, at) => {
      const home = options.homePlace;
      // A bare title right after another official's name (…孙明远，市长李四) continues that chain.
      const continues = previousEnd >= 0 && /^[，、]$/u.test(text.slice(previousEnd, at));
      if (home?.name.endsWith(level)) {
        if (!continues) return { start: -1, end: -1, name: home.name, place: home };
        if (previous?.name.endsWith(level)) return previous;
      }
      const near = nearestPlace(context, level, at, text);
      const own = options.ownPlace;
      if (own?.name.endsWith(level) && !continues) {
        const sentence = Math.max(...['。', '！', '？', '；'].map((c) => text.lastIndexOf(c, at)));
        if (near === null || near.end <= sentence)
          return { start: -1, end: -1, name: own.name, place: own };
      }
      const fallback = options.defaultPlace?.name.endsWith(level) ? options.defaultPlace : null;
      const byDefault = fallback
        ? { start: -1, end: -1, name: fallback.name, place: fallback }
        : null;
      return near ?? byDefault ?? memory.get(level) ?? null;
    };
    const hits = officialsIn(text, resolvePlace, context, placeFor, (p, end) => {
      previous = p;
      previousEnd = end;
    });
    for (const p of context) memory.set(p.name.slice(-1), p);
    for (const p of context.filter((c) => /(街道|社区|地区)$/u.test(c.name)))
      memory.set(p.name.slice(-2), p);
    return hits.map((h) => ({ ...h, paragraph }));
  });
  const known = new Set(found.filter((f) => f.name.strong).map((f) => f.name.name));
  return found.map(({ name: raw, title, place, paragraph, titleStart }) => {
    const name = preferKnown(raw, known);
    const { start, end } = name;
    return { name: name.name, title, place, paragraph, start, end, titleStart };
  });
}
