/** Makes one official of one person: within an article (articleOfficials) and across articles (mergeOfficials). */
import type { Person, ReportedTitle } from '../../src/schemas';
import type { OfficialMention } from './types';

/** One title of a person as one article reported it. */
export interface ReportedOfficial extends ReportedTitle {
  /** Name in simplified characters. */
  name: string;
}

/** One person across articles, with every title reported. */
export interface MergedOfficial {
  /** Name in simplified characters. */
  name: string;
  /** The most recent title reported. */
  title: string;
  /** Place of that title. */
  place: string | null;
  /** Every distinct title as each article reported it, oldest first (undated last). */
  titles: ReportedTitle[];
}

const shortName = (place: string) =>
  place.replace(/(特别行政区|自治区|自治州|自治县|街道|社区|省|市|区|县|旗|镇|乡|村)$/u, '');
const named = (title: string, place: string | null) =>
  place !== null && shortName(place).length >= 2 && title.includes(shortName(place));

/** True when two reports of one name can be one person: same place, or one's title names the other's place. */
export function compatibleTitles(a: ReportedTitle, b: ReportedTitle): boolean {
  if (a.place !== null && a.place === b.place) return true;
  if (a.place === null || b.place === null) return a.title === b.title;
  return named(a.title, b.place) || named(b.title, a.place);
}

const dateKey = (t: ReportedTitle) => (t.date === null || t.date.startsWith('--') ? '~' : t.date);

/**
 * Merges reports of officials into one official per person (same name, compatible place or title).
 * Only groups of the same name are compared (a map by name), so the cost grows with the reports,
 * not with reports × officials.
 */
export function mergeOfficials(reports: readonly ReportedOfficial[]): MergedOfficial[] {
  type Group = { name: string; titles: ReportedTitle[]; merged: boolean };
  const groups: Group[] = [];
  const byName = new Map<string, Group[]>();
  for (const { name, ...title } of reports) {
    const same = byName.get(name) ?? [];
    const fits = same.filter((g) => g.titles.some((t) => compatibleTitles(t, title)));
    const [first, ...rest] = fits;
    const group = first ?? { name, titles: [], merged: false };
    if (!first) {
      groups.push(group);
      same.push(group);
      byName.set(name, same);
    }
    for (const other of rest) {
      group.titles.push(...other.titles); // the new report joins two groups of one person
      other.merged = true;
      same.splice(same.indexOf(other), 1);
    }
    group.titles.push(title);
  }
  return groups
    .filter((g) => !g.merged)
    .map(({ name, titles }) => {
      const seen = new Set<string>();
      const distinct = titles
        .filter((t) => !seen.has(JSON.stringify(t)) && seen.add(JSON.stringify(t)) !== undefined)
        .sort((a, b) => (dateKey(a) < dateKey(b) ? -1 : dateKey(a) > dateKey(b) ? 1 : 0));
      const latest = distinct.filter((t) => dateKey(t) !== '~').at(-1) ?? distinct.at(-1);
      return { name, title: latest?.title ?? '', place: latest?.place ?? null, titles: distinct };
    });
}

/** Lists an article's officials once each, in order of first mention, with the fullest title given. */
export function articleOfficials(mentions: readonly OfficialMention[]): Person[] {
  const byName = new Map<string, Person>();
  for (const m of mentions) {
    const seen = byName.get(m.name);
    if (!seen || m.title.length > seen.title.length) {
      byName.set(m.name, { name: m.name, title: m.title, place: m.place?.name ?? null });
    }
  }
  return [...byName.values()];
}

/**
 * An article's officials with the place a visit gave them: a delegation's member whose bare title
 * took the host city named before it (市委副书记、市长X参加考察 after 赴深圳市) is the origin's, as
 * the visit says; only where the titles differ by nothing but the place.
 */
export function withVisitPlaces(
  officials: readonly Person[],
  travellers: readonly Person[],
): Person[] {
  return officials.map((o) => {
    const moved = travellers.find(
      (t) =>
        t.name === o.name &&
        t.place !== null &&
        o.place !== null &&
        t.place !== o.place &&
        o.title.startsWith(o.place) &&
        t.title === t.place + o.title.slice(o.place.length),
    );
    return moved ?? o;
  });
}
