/** What the visit finder knows of one article: its paragraphs and every mention found in them. */
import type { Place } from '../../../src/schemas';
import type { DateMention, OfficialMention, PlaceMention } from '../types';

/** One article, with the mentions the entity extractors found in each paragraph. */
export interface ArticleContext {
  /** Article id. */
  id: string;
  /** Normalized paragraphs. */
  paragraphs: string[];
  /** Publication date, ISO truncated, or null. */
  published: string | null;
  /** Place mentions, per paragraph. */
  places: PlaceMention[][];
  /** Official mentions, all paragraphs. */
  officials: OfficialMention[];
  /** Date mentions, per paragraph. */
  dates: DateMention[][];
  /** The outlet's own place, for a host city's report (`来我市考察`), or null. */
  homePlace: Place | null;
  /** True for a host's own report: the text or its title says 来我市考察. */
  homeReport?: boolean;
}

/** A clause of a paragraph: a stretch between 。！？； with its offsets. */
export interface Clause {
  /** Paragraph index. */
  paragraph: number;
  /** Offset of the clause in the paragraph. */
  start: number;
  /** Offset after the clause (its closing mark excluded). */
  end: number;
  /** The clause's text. */
  text: string;
}

/** Splits a paragraph into clauses at sentence marks and semicolons, keeping offsets. */
export function splitClauses(paragraph: string, index: number): Clause[] {
  const clauses: Clause[] = [];
  const re = /[^。！？；!?;]+/gu;
  for (const m of paragraph.matchAll(re)) {
    const start = m.index;
    clauses.push({ paragraph: index, start, end: start + m[0].length, text: m[0] });
  }
  return clauses;
}

/** Splits a paragraph into sentences (。！？), keeping offsets; a semicolon does not end one. */
export function splitSentences(paragraph: string, index: number): Clause[] {
  const sentences: Clause[] = [];
  for (const m of paragraph.matchAll(/[^。！？!?]+[。！？!?]*/gu)) {
    sentences.push({ paragraph: index, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return sentences;
}

/** True when place `a` is `b` or lies inside it (a county of a prefecture, a city of a province). */
export function isWithin(a: Place, b: Place): boolean {
  if (a.name === b.name && a.level === b.level) return true;
  if (b.level === 'foreign' || a.level === 'foreign') return false;
  return a.parent === b.name || (a.province === b.name && a.name !== b.name);
}

/** True for provinces and autonomous regions (not the four municipalities). */
export function isProvince(p: Place): boolean {
  return p.level === 'province';
}

/** Mentions of a paragraph that fall inside [start, end). */
export function mentionsIn<T extends { start: number; end: number }>(
  list: readonly T[],
  start: number,
  end: number,
): T[] {
  return list.filter((m) => m.start >= start && m.end <= end);
}
