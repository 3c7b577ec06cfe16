/** Paragraphs about one stop: arrival, sites, hosts (陪同), a talk and a quote. */
import { placeAndTitle } from './people';
import type { Random } from './random';
import { chineseNumber, fill, listNames } from './template';
import type { Stop, Trip } from './trip';
import { STOP_HEADINGS } from './vocabulary';

const ARRIVALS = [
  '{day}日，代表团来到此行的第{ord}站——{dest}。',
  '{day}日上午，代表团一行抵达{dest}。',
  '随后，代表团转赴{dest}。',
];

const SITE_VISITS = [
  '在{dest}，代表团一行先后走进{sites}，详细了解{s1}、{s2}等产业发展情况。',
  '代表团实地考察了{sites}，深入了解{dest}推进{s1}、发展{s2}的经验做法。',
  '在{site}，{leader}仔细询问企业{s1}生产运营、项目建设等情况，勉励企业加大研发投入、拓展合作空间。',
];

const TALKS = [
  '座谈会上，{hostFull}介绍了{dest}经济社会发展情况。{leader}表示，{dest}在{s1}、{s2}等方面的做法值得认真学习借鉴，希望两地进一步加强交流合作，在{s3}等领域实现优势互补、共赢发展。',
  '“{dest}与{home}产业互补性强，可以加快推进{s1}产业链跨区域布局，实现双方共赢发展。”{leader}说。',
  '两地召开交流座谈会。{hostFull}对代表团的到来表示欢迎，他说，{dest}将以此次考察为契机，与{home}在{s1}、{s2}等领域深化合作。',
];

/** Says who received the delegation: 吴江区委副书记、区长王国荣，区政协主席曹雪娟等陪同考察。 */
export function hostSentence(stop: Stop): string {
  const [first, ...rest] = stop.hosts;
  if (!first) return '';
  const others = rest.map((h) => `${h.title}${h.name}`);
  return `${[`${placeAndTitle(stop.place.short, first.title)}${first.name}`, ...others].join('，')}等陪同考察。`;
}

/** Makes the paragraphs of the `index`-th stop (heading first in long reports). */
export function stopParagraphs(rng: Random, trip: Trip, stop: Stop, index: number): string[] {
  const leader = trip.leaders[0]?.name ?? '';
  const host = stop.hosts[0];
  const slots = {
    day: stop.day,
    ord: chineseNumber(index + 1),
    dest: stop.place.short,
    home: trip.home.short,
    sites: listNames(stop.sites, rng.chance(0.5)),
    site: stop.sites[0] ?? stop.place.short,
    leader,
    hostFull: host
      ? `${placeAndTitle(stop.place.short, host.title)}${host.name}`
      : stop.place.short,
    s1: stop.sectors[0] ?? '产业',
    s2: stop.sectors[1] ?? '科技创新',
    s3: stop.sectors[2] ?? '人才',
    n: index + 1,
  };
  const out: string[] = [];
  if (rng.chance(0.3)) out.push(fill(rng.pick(STOP_HEADINGS), slots));
  out.push(
    fill(rng.pick(index === 0 ? ARRIVALS.slice(0, 2) : ARRIVALS), slots) +
      (rng.chance(0.6) ? hostSentence(stop) : ''),
  );
  out.push(fill(rng.pick(SITE_VISITS), slots));
  if (rng.chance(0.7)) out.push(fill(rng.pick(TALKS), slots));
  return out;
}
