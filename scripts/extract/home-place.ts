/**
 * The article's own place, for a host city's report (`…代表团来我区考察`): named by the outlet or
 * the byline (南通日报, 昆山市融媒体中心记者), or else the place of that level (区 for 我区) the text
 * names most, not counting places that send a delegation.
 */
import type { Place } from '../../src/schemas';
import { isWithin } from './frames/place-relations';
import { wordsOf } from './frames/vocabulary';
import type { PlaceMention } from './types';

const alternation = (words: readonly string[]) => words.join('|');

/** 来我市考察, 到我区调研, 莅临我旗: the report is the host's own; the group is the level word. */
export const HOME_REPORT = new RegExp(
  `(?:${alternation(wordsOf('moves'))})(?:${alternation(wordsOf('homeWords').map((w) => w.replace(/^([我本])(.)/u, '$1($2)')))})`,
  'u',
);
/** The level word of the first 来我X / 莅临本县 in a text (市, 县, 区 …), or undefined. */
export function homeLevel(text: string): string | undefined {
  return HOME_REPORT.exec(text)
    ?.slice(1)
    .find((g) => g !== undefined);
}
/** Words that bring a delegation to the one who writes: 来, 莅临, 前来. */
const TOWARD = ['来', '莅临', '前来', '来访'];

// The levels a level word stands for (a 市 may be a prefecture, a county-level city or a municipality).
const LEVELS: Record<string, readonly Place['level'][]> = {
  市: ['prefecture', 'county', 'municipality'],
  州: ['prefecture'],
  区: ['district'],
  县: ['county'],
  旗: ['county'],
};

// A place right before these words sends a delegation: 揭阳市党政代表团, 延边州政协考察团.
const SENDER = new RegExp(
  `^(?:${alternation(wordsOf('delegationModifiers'))})*(?:${alternation(wordsOf('delegationHeads'))}|一行)`,
  'u',
);

/** The first place named in the outlet's name or the byline that is not a province, else the province. */
export function homeOfHeader(
  header: readonly string[],
  find: (texts: readonly string[]) => PlaceMention[][],
): Place | null {
  const source = header.join('，');
  if (!source) return null;
  const named = find([source])[0]?.flatMap((m) => m.places) ?? [];
  // 江苏昆山市融媒体中心: the city; 浙江日报: the province, when it is all the name says.
  return named.find((p) => p.level !== 'province') ?? named[0] ?? null;
}

/**
 * The place of the level `来我区` names (in the text or the title) that the article names most
 * (ties: the first named), leaving out places that send a delegation; null when the article says
 * no 来我X or names none.
 */
export function homeOfText(
  paragraphs: readonly string[],
  places: readonly (readonly PlaceMention[])[],
  title?: string,
): Place | null {
  const level = [...(title ? [title] : []), ...paragraphs]
    .map(homeLevel)
    .find((w) => w !== undefined);
  if (level === undefined) return null;
  const levels = LEVELS[level] ?? [];
  const senders = new Set<string>();
  const counts = new Map<string, { place: Place; count: number; first: number }>();
  let order = 0;
  places.forEach((mentions, i) => {
    const text = paragraphs[i] ?? '';
    for (const m of mentions) {
      const place = m.places.at(-1);
      if (place === undefined || m.via === 'foreign' || m.via === 'abbreviation') continue;
      if (SENDER.test(text.slice(m.end))) senders.add(place.name);
      if (!levels.includes(place.level)) continue;
      const seen = counts.get(place.name) ?? { place, count: 0, first: order++ };
      counts.set(place.name, { ...seen, count: seen.count + 1 });
    }
  });
  const ranked = [...counts.values()]
    .filter((c) => !senders.has(c.place.name))
    .sort((a, b) => b.count - a.count || a.first - b.first);
  return ranked[0]?.place ?? null;
}

/**
 * True for a host's own report: the text or its title brings a delegation to 我市 (来我市考察), or
 * to a place of the report's own (庆阳融媒: 来庆城县、环县).
 */
export function isHostReport(
  texts: readonly string[],
  places: readonly (readonly PlaceMention[])[],
  home: Place | null,
): boolean {
  if (texts.some((t) => HOME_REPORT.test(t))) return true;
  if (home === null) return false;
  return texts.some((t, i) =>
    (places[i] ?? []).some(
      (m) => TOWARD.some((w) => t.endsWith(w, m.start)) && m.places.some((p) => isWithin(p, home)),
    ),
  );
}
