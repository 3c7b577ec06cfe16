/**
 * The trigger words of the visit finder (scripts/data/triggers.json) as sets, and with the sector
 * keywords as nodejieba user words so that each comes out of segmentation as one token.
 */
import sectors from '../../data/sectors.json' with { type: 'json' };
import triggers from '../../data/triggers.json' with { type: 'json' };

/** A class of trigger words. */
export type WordClass = Exclude<keyof typeof triggers, 'source'>;

const sets = new Map<WordClass, ReadonlySet<string>>(
  (Object.keys(triggers) as (keyof typeof triggers)[])
    .filter((k): k is WordClass => k !== 'source')
    .map((k) => [k, new Set(triggers[k] as string[])]),
);

/** True when `word` is one of the class's words. */
export function isWord(cls: WordClass, word: string): boolean {
  return sets.get(cls)?.has(word) ?? false;
}

/** The class's words, longest first (for matching at a position). */
export function wordsOf(cls: WordClass): readonly string[] {
  return [...(sets.get(cls) ?? [])].sort((a, b) => b.length - a.length);
}

/** The word of the class that `text` starts with at `at`, longest first, or null. */
export function wordAt(cls: WordClass, text: string, at: number): string | null {
  return wordsOf(cls).find((w) => text.startsWith(w, at)) ?? null;
}

/** The word of the class that `text` ends with before `at`, longest first, or null. */
export function wordBefore(cls: WordClass, text: string, at: number): string | null {
  return wordsOf(cls).find((w) => at >= w.length && text.startsWith(w, at - w.length)) ?? null;
}

// Words whose jieba weight must beat the ordinary words they overlap (代表|团 → 代表团).
const WHOLE: readonly WordClass[] = [
  'delegationHeads',
  'party',
  'groups',
  'lead',
  'leadAfter',
  'leadRoles',
  'moves',
  'study',
  'host',
  'member',
  'homeWords',
  'siteListEnds',
];

/**
 * nodejieba user-dictionary lines (`word freq tag`): the trigger words of two characters or more,
 * which must beat the words they overlap, and the sector keywords of three Han characters or more
 * (碳中和, 新能源汽车, 低空经济), newer than jieba's dictionary, which it would otherwise cut
 * (碳中|和 and a 和 read as a conjunction: 舟山碳中和产业园 is one site).
 */
export function segmenterDictLines(): string[] {
  const words = new Set(WHOLE.flatMap((c) => wordsOf(c)).filter((w) => w.length >= 2));
  const keywords = sectors.sectors
    .flatMap((s) => s.keywords)
    .filter((k) => /^\p{Script=Han}{3,}$/u.test(k) && !words.has(k));
  return [
    ...[...words].sort().map((w) => `${w} 200000 n`),
    ...[...new Set(keywords)].sort().map((k) => `${k} 20000 n`),
  ];
}
