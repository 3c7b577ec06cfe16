/** Office titles as data (scripts/data/titles.json): expands `{L}` and finds an office in a text. */
import titles from '../data/titles.json';

/** An office as a title writes it: 市委书记, 副区长, 秘书长, 市领导. */
export interface Office {
  /** The office as written. */
  text: string;
  /** The level it names (市, 区, 村 …), or null for a continuation like 秘书长. */
  level: string | null;
  /** True when the office starts with its level (市委书记), false for 副市长 or 秘书长. */
  leading: boolean;
  /** How a leading office writes its level: the level itself (市 of 市委书记), or 地 of 地委书记 (level 地区). */
  written: string;
  /** office: opens a title; continuation: only after 、 inside one; group: a list of names follows. */
  kind: 'office' | 'continuation' | 'group';
}

const table = new Map<string, Office>();
function add(template: string, kind: Office['kind']): void {
  const own = titles.levels.find((l) => template.startsWith(l)) ?? null; // 自治区主席
  const levels: (string | null)[] = template.includes('{L}') ? titles.levels : [own];
  for (const level of levels) {
    const text = level === null ? template : template.replace('{L}', level);
    const leading = level !== null && text.startsWith(level);
    if (!table.has(text))
      table.set(text, { text, level, leading, kind, written: leading ? (level ?? '') : '' });
  }
}
for (const o of titles.levelOffices) {
  const written = o.written ?? '';
  const kind = (o as { kind?: Office['kind'] }).kind ?? 'office';
  table.set(o.text, { text: o.text, level: o.level, leading: written !== '', kind, written });
}
// 香港特区政府政务司司长, 澳门特区行政长官: a prefix standing for the region's level, after its short name.
for (const prefix of titles.sarOffices.prefixes) {
  for (const office of titles.sarOffices.offices) {
    const text = prefix + office;
    const level = titles.sarOffices.level;
    table.set(text, { text, level, leading: prefix !== '', kind: 'office', written: prefix });
  }
}
for (const t of titles.offices) add(t, 'office');
// 发改委党委副书记, 办事处主任: a department's office, its place written before it.
const departmentOffices = new Set<string>();
for (const dept of titles.departmentOffices.departments)
  for (const position of titles.departmentOffices.positions) {
    add(dept + position, 'office');
    departmentOffices.add(dept + position);
  }
for (const t of titles.groups) add(t, 'group');
for (const t of titles.continuations) add(t, 'continuation');

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (offices: Office[]) =>
  offices
    .map((o) => o.text)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
const all = [...table.values()];
const openSearch = new RegExp(alternation(all.filter((o) => o.kind !== 'continuation')), 'gu');
const anySticky = new RegExp(alternation(all), 'yu');

/** Levels that the gazetteer may lack (镇, 村 …): their places may stay unresolved. */
export const SMALL_LEVELS: readonly string[] = titles.smallLevels;
/** Words that end a zone's name (工业园区, 高新区): a zone's 党工委 is an office too. */
export const ZONE_WORDS: readonly string[] = titles.zoneWords;
/** Words that start at the 长 of an office and are no title + name (长江 of 南京市长江大桥). */
export const WORDS_ACROSS: readonly string[] = titles.wordsAcross;
/** Words after which a title starts without a place of its own (由市委书记…). */
export const BOUNDARIES: readonly string[] = [...titles.boundaries].sort(
  (a, b) => b.length - a.length,
);

const levelCharacters = new Set(titles.levels.filter((l) => l.length === 1));
const hanCharacter = /\p{Script=Han}/u;

/**
 * A department's office written after its level alone (市发改委主任, 县合作交流办主任: the city's, the
 * county's), where nothing else stands before that level: the office of that level; else null.
 */
function departmentOfLevel(
  text: string,
  at: number,
  office: Office,
): { at: number; office: Office } | null {
  const level = text[at - 1] ?? '';
  if (!departmentOffices.has(office.text) || !levelCharacters.has(level)) return null;
  if (hanCharacter.test(text[at - 2] ?? '') && !BOUNDARIES.some((b) => text.endsWith(b, at - 1)))
    return null;
  const written = level + office.text;
  return { at: at - 1, office: { ...office, text: written, level, leading: true, written: level } };
}

/** Finds the next office that can open a title at or after `from`. */
export function findOpeningOffice(
  text: string,
  from: number,
): { at: number; office: Office } | null {
  openSearch.lastIndex = from;
  const m = openSearch.exec(text);
  const office = m ? table.get(m[0]) : undefined;
  if (!m || !office) return null;
  return (
    (m.index - 1 >= from ? departmentOfLevel(text, m.index, office) : null) ?? {
      at: m.index,
      office,
    }
  );
}

/** Matches any office (continuations included) exactly at `at`. */
export function officeAt(text: string, at: number): Office | null {
  anySticky.lastIndex = at;
  const m = anySticky.exec(text);
  if (m) return table.get(m[0]) ?? null;
  // 、市合作交流办主任: a department's office after its level alone.
  anySticky.lastIndex = at + 1;
  const next = levelCharacters.has(text[at] ?? '') ? anySticky.exec(text) : null;
  const office = next ? table.get(next[0]) : undefined;
  return office ? (departmentOfLevel(text, at + 1, office)?.office ?? null) : null;
}

/**
 * Writes an office with its place made explicit: 江阴市 + 市委书记 → 江阴市委书记, 江阴市 + 市长 →
 * 江阴市市长, 和田地区 + 地委书记 → 和田地委书记.
 */
export function placeTitle(placeName: string, office: Office): string {
  const { level, text, written } = office;
  const merges = office.leading && level !== null && placeName.endsWith(level);
  return merges && text[written.length] !== '长'
    ? placeName.slice(0, placeName.length - level.length) + text
    : placeName + text;
}
