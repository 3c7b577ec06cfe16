/**
 * Frames to trips: the frames of one delegation (same place; two groups of it led apart are two
 * trips) become one trip; a frame that names no delegation continues the trip in focus (随后赴B).
 */
import type { Place } from '../../../src/schemas';
import type { OfficialMention } from '../types';
import type { Frame } from './frames';
import { isOwnProvince, isWithin, overlaps } from './place-relations';

/** A trip as the frames tell it, before its passages, stops, sites and people are read. */
export interface Trip {
  origin: Place;
  /** The delegation as first written with its place (大庆市党政考察团), or null. */
  delegation: string | null;
  frames: Frame[];
  /** Destinations in the order the text names them. */
  destinations: Place[];
  /** True when the report's own place is a destination (来我市) whose name the text may not say. */
  home: boolean;
  /** Places the text later gives for the report's own place (此次来梅河口参观考察). */
  homeNamed: Place[];
  /** True for a trip named only in a list of visitors or as a date mark (继…后). */
  passing: boolean;
  /** Destinations only the headline names so far: the text's more precise places replace them. */
  provisional: Set<Place>;
  /** Destinations the groups of the delegation replaced by their own places (潍坊市 by 寿光市、青州市). */
  divided: Place[];
}

/** Names of the officials said to lead a trip's delegation, over its frames. */
export function leadNames(trip: Trip): Set<string> {
  return new Set(trip.frames.flatMap((f) => (f.subject?.leaders ?? []).map((o) => o.name)));
}

const names = (list: readonly OfficialMention[]) => new Set(list.map((o) => o.name));

/** The trip of this origin that a frame continues, or null when it starts another. */
function tripFor(trips: readonly Trip[], origin: Place, f: Frame, dests: readonly Place[]) {
  const same = trips.filter((t) => t.origin.name === origin.name);
  const led = names(f.subject?.leaders ?? []);
  // 市委书记A率团赴浙江……市长B率另一路赴广东: one origin, two groups, each led by its own.
  return (
    same.find((t) => {
      const theirs = leadNames(t);
      if (led.size === 0 || theirs.size === 0 || [...led].some((n) => theirs.has(n))) return true;
      return dests.some((d) => [...t.destinations, ...t.divided].some((e) => overlaps(d, e)));
    }) ?? null
  );
}

/**
 * Adds places a frame names to a trip: new ones as destinations; one inside a destination only the
 * headline named replaces it (赴六安市 in the title, 赴六安市霍邱县、叶集区 in the text).
 */
function addDestinations(
  trip: Trip,
  places: readonly Place[],
  fromTitle = false,
  moved = true,
  group = false,
): void {
  for (const p of places) {
    if (overlaps(p, trip.origin) && !isOwnProvince(p, trip.origin)) continue;
    const at = trip.destinations.findIndex((d) => overlaps(p, d));
    const there = trip.destinations[at];
    // 赴潍坊市…第一组由X带队，赴寿光市: a group's place is the part of the destination it went to.
    if (there && group && isWithin(p, there) && p.name !== there.name) {
      trip.destinations.splice(at, 1, p);
      trip.divided.push(there);
      continue;
    }
    // Only a place gone to replaces the headline's (来浙考察 … 在杭州会见 stays 浙江).
    if (
      there &&
      moved &&
      trip.provisional.has(there) &&
      isWithin(p, there) &&
      p.name !== there.name
    ) {
      trip.destinations.splice(at, 1, p);
      trip.provisional.delete(there);
    } else if (!there) {
      trip.destinations.push(p);
      if (fromTitle) trip.provisional.add(p);
    } else if (there && trip.provisional.has(there) && !fromTitle && p.name === there.name) {
      trip.provisional.delete(there);
    }
  }
}

/**
 * The trip a clause without its delegation continues when the places it names are none of the
 * trip in focus's and all of one other trip's: 合山…到如皋学习考察。代表团一行抵达东台 after 临江…赴东台
 * goes on with 临江's trip (several delegations told in one article). Null when that is not so.
 */
function tripGoneTo(trips: readonly Trip[], current: Trip, places: readonly Place[]): Trip | null {
  const has = (t: Trip, p: Place) => t.destinations.some((d) => overlaps(p, d));
  if (places.length === 0 || current.destinations.length === 0) return null;
  if (places.some((p) => has(current, p))) return null;
  const others = trips.filter((t) => t !== current && !t.passing && places.every((p) => has(t, p)));
  return others.length === 1 ? (others[0] ?? null) : null;
}

/** Groups the frames of an article (the title's first, then the text's in order) into trips. */
export function assembleTrips(
  frames: readonly Frame[],
  home: Place | null,
  hostReport: boolean,
): Trip[] {
  const trips: Trip[] = [];
  const pending: Frame[] = [];
  let current: Trip | null = null;
  for (const f of frames) {
    // 多个考察团: a delegation named with nothing of its own adds nothing to a trip.
    const bare = f.kind === 'subject' && !f.origin && !f.originHome && !f.bareLed;
    if (f.invited || bare) continue;
    // 市委书记X率团赴…, in the delegation's own paper: the paper's place is the delegation's.
    // 市长B率另一路代表团赴…: a group of the delegation in focus, led apart (a trip of its own when
    // its leaders and places are its own; tripFor decides).
    // 陈丽艳一行考察了…: a party named after a trip's leader is that trip's delegation.
    const ledBefore = f.bareLed
      ? trips.find((t) =>
          [...(f.subject?.leaders ?? []), ...(f.subject?.party ?? [])].some((o) =>
            leadNames(t).has(o.name),
          ),
        )
      : undefined;
    const own: Place | null =
      f.bareLed && !hostReport
        ? (ledBefore?.origin ?? (current as Trip | null)?.origin ?? home)
        : null;
    // 我省党政代表团 where the paper's place is unknown: the delegation its headline named.
    // 县党政代表团 is the report's own place only where that place is a 县.
    const ownHome = (p: Place | null | undefined) =>
      p && (f.originHomeLevel === null || p.name.endsWith(f.originHomeLevel)) ? p : null;
    const origin: Place | null = f.originHome
      ? (ownHome(home) ?? ownHome((current as Trip | null)?.origin) ?? null)
      : (f.origin ?? own);
    if (f.kind === 'reception') {
      const receiver = f.receiver ?? home;
      if (!origin || !receiver || overlaps(origin, receiver)) continue;
      const t = tripFor(trips, origin, f, [receiver]) ?? start(trips, origin, f, true);
      t.frames.push(f);
      addDestinations(t, [receiver]);
      continue;
    }
    if (origin) {
      const named = [...f.destinations, ...(f.home && home ? [home] : [])];
      let dests: Place[] = named.filter((d) => !overlaps(d, origin) || isOwnProvince(d, origin));
      const known = tripFor(trips, origin, f, dests);
      // 赴宁阳县东疏镇赵茂村: the place of the sites is where the delegation went.
      if (dests.length === 0 && !f.home) dests = f.siteAreas.filter((d) => !overlaps(d, origin));
      const reaches: boolean =
        dests.length > 0 || f.home || (f.kind === 'meet' && f.hosts.length > 0);
      const t: Trip | null = known ?? (reaches ? start(trips, origin, f, f.subordinate) : null);
      if (!t) {
        pending.push(f);
        continue;
      }
      t.frames.push(f);
      t.home ||= f.home;
      const moved = f.kind === 'move' || f.kind === 'study';
      addDestinations(
        t,
        dests,
        f.sentence.paragraph < 0,
        moved,
        f.group && moved && known !== null,
      );
      if (!f.subordinate) current = t;
    } else if (current) {
      // A clause without its delegation continues the trip in focus (随后赴宁阳县蒋集镇), or the
      // trip its leaders lead (市委书记陈丽艳率队赴深圳…).
      const named = new Set(
        [...(f.subject?.leaders ?? []), ...(f.subject?.party ?? [])].map((o) => o.name),
      );
      const led = trips.find((t) => [...leadNames(t)].some((n) => named.has(n)));
      if (led) current = led;
      else current = tripGoneTo(trips, current, f.destinations) ?? current;
      current.frames.push(f);
      if (current.home && home === null && f.verb !== '' && ['来', '来到', '莅临'].includes(f.verb))
        current.homeNamed.push(...f.destinations);
      else addDestinations(current, f.kind === 'meet' ? [] : f.destinations);
    }
  }
  // A delegation named before its trip is told (a headline 湖北省恩施州考察团…): its frames join it.
  for (const f of pending) {
    const t =
      trips.find((x) => x.origin.name === (f.originHome ? home : f.origin)?.name) ??
      (f.bareLed ? trips.find((x) => !x.passing) : undefined);
    if (t) t.frames.push(f);
  }
  return trips;
}

/** Starts a trip from its first frame. */
function start(trips: Trip[], origin: Place, f: Frame, passing: boolean): Trip {
  const written = f.subject?.origin ? f.subject.delegation : null;
  const t: Trip = {
    origin,
    delegation: written,
    frames: [],
    destinations: [],
    home: false,
    homeNamed: [],
    passing,
    provisional: new Set(),
    divided: [],
  };
  trips.push(t);
  return t;
}
