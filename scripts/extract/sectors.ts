/** Tags paragraphs with the sectors of a vocabulary (scripts/data/sectors.json) by their keywords. */
import type { SectorHit } from './types';

/** One sector of the vocabulary. */
export interface SectorEntry {
  /** The label, a stable key. */
  label: string;
  /** Words that name the sector. */
  keywords: readonly string[];
  /** Phrases in which a keyword does not count (数据显示 for 数据). */
  exclude?: readonly string[];
}

/** A sector vocabulary: the sectors in their display order. */
export interface SectorVocabulary {
  /** The sectors. */
  sectors: readonly SectorEntry[];
}

/** Options of tagSectors. */
export interface TagOptions {
  /** Keyword hits a sector needs over the paragraphs to be tagged (default 1). */
  minHits?: number;
}

const latin = /[A-Za-z]/u;
type Keyword = { keyword: string; sector: SectorEntry };

// True when a phrase excluded for the keyword's sector covers [start, end) (数据 in 数据显示).
function excluded(text: string, { keyword, sector }: Keyword, start: number): boolean {
  return (sector.exclude ?? []).some((phrase) => {
    for (let at = phrase.indexOf(keyword); at >= 0; at = phrase.indexOf(keyword, at + 1)) {
      if (text.startsWith(phrase, start - at)) return true;
    }
    return false;
  });
}

// A Latin keyword (AI) only as a word of its own, not inside MAIL or AIGC.
const glued = (text: string, keyword: string, start: number) =>
  latin.test(keyword) &&
  (latin.test(text[start - 1] ?? '') || latin.test(text[start + keyword.length] ?? ''));

const indexes = new WeakMap<SectorVocabulary, Map<string, Keyword[]>>();

/** The vocabulary's keywords by their first character (upper-cased), longest first: built once. */
function keywordIndex(vocabulary: SectorVocabulary): Map<string, Keyword[]> {
  const known = indexes.get(vocabulary);
  if (known) return known;
  const index = new Map<string, Keyword[]>();
  const all = vocabulary.sectors
    .flatMap((sector) => sector.keywords.map((keyword) => ({ keyword, sector })))
    .sort((a, b) => b.keyword.length - a.keyword.length);
  for (const k of all) {
    const first = k.keyword.charAt(0).toUpperCase();
    index.set(first, [...(index.get(first) ?? []), k]);
  }
  indexes.set(vocabulary, index);
  return index;
}

/** Finds the keyword hits of a paragraph, leftmost-longest: 大数据 counts once, exclusions skipped. */
export function findSectorHits(paragraph: string, vocabulary: SectorVocabulary): SectorHit[] {
  const byFirst = keywordIndex(vocabulary);
  const hits: SectorHit[] = [];
  for (let start = 0; start < paragraph.length; start++) {
    const keywords = byFirst.get(paragraph.charAt(start).toUpperCase());
    if (!keywords) continue;
    const hit = keywords.find(
      (k) =>
        paragraph.startsWith(k.keyword, start) &&
        !excluded(paragraph, k, start) &&
        !glued(paragraph, k.keyword, start),
    );
    if (!hit) continue;
    const end = start + hit.keyword.length;
    hits.push({ label: hit.sector.label, keyword: hit.keyword, start, end });
    start = end - 1;
  }
  return hits;
}

/** Lists the sectors the paragraphs name, in vocabulary order. */
export function tagSectors(
  paragraphs: readonly string[],
  vocabulary: SectorVocabulary,
  options: TagOptions = {},
): string[] {
  const counts = new Map<string, number>();
  for (const hit of paragraphs.flatMap((p) => findSectorHits(p, vocabulary))) {
    counts.set(hit.label, (counts.get(hit.label) ?? 0) + 1);
  }
  const min = options.minHits ?? 1;
  return vocabulary.sectors.map((s) => s.label).filter((label) => (counts.get(label) ?? 0) >= min);
}
