/** The opening of a report: its headline and the lead sentence that states the trip. */

import { placeAndTitle } from './people';
import type { Random } from './random';
import { fill, listNames } from './template';
import type { Trip } from './trip';
import { PURPOSES, REGIONS } from './vocabulary';

// Lead sentences as the seeds write them; {lead} is 苏州市委书记张三, {dests} 南通、泰州.
const LEADS = [
  '{date}，由{lead}带队的{home}党政代表团赴{dests}学习考察，{purpose}。',
  '{date}，{lead}，{second}率{home}党政代表团赴{dests}考察，{purpose}。',
  '近日，{home}党政代表团在{lead}带领下，先后来到{dests}，{purpose}。',
  '{date}，由{lead}率领的{home}党政代表团，先后奔赴{provinces}{count}地学习考察，{purpose}。',
  '刚刚过去的一周，由{lead}带队的{home}党政代表团利用{days}天时间前往{dests}进行交流学习。',
];

const TITLES = [
  '{home}党政代表团赴{dests}学习考察',
  '{name}率{homeShort}党政代表团赴{dest}考察',
  '{homeShort}党政代表团赴“{region}”考察见闻',
  '向{dest}“取经”：{homeShort}党政代表团学习考察侧记',
  '{homeShort}党政代表团到{dest}学习考察 深化两地交流合作',
];

/** The trip's dates as a report writes them: 11月13日至16日, sometimes with the year. */
export function tripDate(rng: Random, trip: Trip): string {
  const year = rng.chance(0.25) ? `${trip.year}年` : '';
  const span = trip.lastDay > trip.firstDay ? `至${trip.lastDay}日` : '';
  return `${year}${trip.month}月${trip.firstDay}日${span}`;
}

/** Says who led, with the home place before the title: 昆山市委书记陈丽艳. */
const withPlace = (trip: Trip, i: number): string => {
  const o = trip.leaders[i];
  return o ? `${placeAndTitle(trip.home.short, o.title)}${o.name}` : '';
};

/** Makes the lead sentence of a trip. */
export function leadSentence(rng: Random, trip: Trip, sectors: readonly string[]): string {
  const dests = trip.stops.map((s) =>
    s.place.province !== trip.home.province && rng.chance(0.4)
      ? `${s.place.provinceShort}${s.place.short}`
      : s.place.short,
  );
  // {second} needs a second leader; 3省4地 needs more than one stop.
  const usable = LEADS.filter(
    (l) =>
      (trip.leaders.length > 1 || !l.includes('{second}')) &&
      (trip.stops.length > 1 || !l.includes('{count}')),
  );
  const template = rng.pick(usable);
  const second = trip.leaders[1];
  return fill(template, {
    date: tripDate(rng, trip),
    lead: withPlace(trip, 0),
    second: second ? `${placeAndTitle(trip.home.short, second.title)}${second.name}` : '',
    home: trip.home.name,
    dests: listNames(dests, rng.chance(0.5)),
    provinces: listNames([...new Set(trip.stops.map((s) => s.place.provinceShort))]),
    count: trip.stops.length,
    days: trip.lastDay - trip.firstDay + 1,
    purpose: fill(rng.pick(PURPOSES), { s1: sectors[0] ?? '产业', s2: sectors[1] ?? '创新' }),
  });
}

/** Makes a headline for a report of the trip. */
export function headline(rng: Random, trip: Trip): string {
  const dest = trip.stops[0]?.place.short ?? '';
  return fill(rng.pick(TITLES), {
    home: trip.home.name,
    homeShort: trip.home.short,
    name: trip.leaders[0]?.name ?? '',
    dest,
    dests: listNames(trip.stops.map((s) => s.place.short)),
    region: rng.pick(REGIONS),
  });
}
