/**
 * A trip's people: who led it (率, 带队, 团长; else the officials its party is named after; else the
 * delegation's officials named first), who went along, who received it. A title written without
 * its place (市长王琪) is the delegation's own for those who travel.
 */
import type { Place } from '../../../src/schemas';
import { titleName } from '../../lib/short-names';
import type { OfficialMention } from '../types';
import type { Trip } from './assemble';
import { explicitPlace } from './frames';
import { type Role, type RoleContext, rolesIn, sideOf } from './roles';
import type { Sentence } from './sentences';

/** The people of a trip. */
export interface TripPeople {
  leaders: OfficialMention[];
  members: OfficialMention[];
  hosts: OfficialMention[];
}

/** Unique by name, first kept. */
const unique = (list: readonly OfficialMention[]) =>
  list.filter((o, i) => list.findIndex((x) => x.name === o.name) === i);

/** The place as a title writes it: 恩施州 (委副书记) for 恩施土家族苗族自治州. */
const spoken = (place: Place): string => titleName(place.name, place.level);

/** A traveller whose title names no place of its own, moved to the delegation's place. */
function ofOrigin(
  o: OfficialMention,
  sentence: Sentence | undefined,
  origin: Place,
  ownSide: boolean,
): OfficialMention {
  if ((sentence && explicitPlace(sentence, o)) || ownSide) return o;
  const own = o.place ? spoken(o.place) : '';
  const title =
    own && o.title.startsWith(own)
      ? spoken(origin) + o.title.slice(own.length)
      : spoken(origin) + o.title;
  return { ...o, place: origin, title };
}

/** Reads the leaders, members and hosts of a trip from its sentences. */
export function tripPeople(
  trip: Trip,
  destinations: readonly Place[],
  sentences: readonly Sentence[],
  hostReport: boolean,
  /** Leaders of the article's other trips: they travel elsewhere and receive no one here. */
  elsewhere: ReadonlySet<string> = new Set(),
  mentioned = false,
): TripPeople {
  const ctx: RoleContext = {
    origin: trip.origin,
    destinations,
    frames: trip.frames,
    hostReport,
    mentioned,
  };
  const roles: [OfficialMention, Role, Sentence][] = sentences.flatMap((s) =>
    [...rolesIn(s, ctx)].map(([o, r]) => [o, r, s] as [OfficialMention, Role, Sentence]),
  );
  const sentenceOf = (o: OfficialMention) =>
    sentences.find((s) => s.paragraph === o.paragraph && s.start <= o.start && o.end <= s.end);
  const led = unique(trip.frames.flatMap((f) => f.subject?.leaders ?? []));
  const party = unique(trip.frames.flatMap((f) => f.subject?.party ?? [])).filter(
    (o) => sideOf(o.place, ctx) !== 'destination',
  );
  // Where no one is said to lead: the delegation's officials named first, doing what it does.
  const first = roles.filter(([o, r]) => r === 'other' && sideOf(o.place, ctx) === 'origin');
  const firstSentence = first[0]?.[2];
  // Not for a trip only mentioned: who speaks of it now (林志强强调，上月县党政代表团赴…) did not lead it.
  const fallback = mentioned ? [] : first.filter(([, , s]) => s === firstSentence).map(([o]) => o);
  const moved = (o: OfficialMention) =>
    ofOrigin(o, sentenceOf(o), trip.origin, sideOf(o.place, ctx) === 'origin');
  const leaders = (led.length > 0 ? led : party.length > 0 ? party : fallback).map(moved);
  const leading = new Set(leaders.map((o) => o.name));
  const members = unique(
    roles.filter(([o, r]) => r === 'member' && !leading.has(o.name)).map(([o]) => o),
  ).map(moved);
  const travelling = new Set([...leading, ...members.map((o) => o.name)]);
  const hosts = unique(
    roles
      .filter(([o, r]) => r === 'host' && !travelling.has(o.name) && !elsewhere.has(o.name))
      .map(([o]) => o),
  );
  return { leaders: unique(leaders), members, hosts };
}
