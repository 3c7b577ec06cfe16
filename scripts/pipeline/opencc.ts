/**
 * The only importer of opencc-js: builds the converters once, at load, with the protected words of
 * scripts/data/script-protect.json as identity pairs in every dictionary group (STACK.md: 乾县 and
 * 乾安县 are broken by every preset otherwise; the tw preset writes every 著 as 着).
 */
import { ConverterFactory, type DictGroup } from 'opencc-js/core';
import { from, to } from 'opencc-js/preset';
import protect from '../data/script-protect.json' with { type: 'json' };

const keep = protect.words.map(({ word }) => [word, word] as const);

/** The dictionary groups of one preset locale, each with the protected words added. */
function groups(table: Record<string, readonly DictGroup[]>, locale: string): DictGroup[] {
  const found = table[locale];
  if (!found) throw new Error(`opencc-js has no preset for ${locale}`);
  return found.map((group) => [...group, keep]);
}

/** Converts traditional (Hong Kong or Taiwan variants) to mainland simplified, phrase-aware. */
export const toSimplified: (s: string) => string = ConverterFactory(
  groups(from, 'hk'),
  groups(from, 'tw'),
  groups(to, 'cn'),
);

/** Converts OpenCC-standard traditional to simplified without the Taiwan variant rules (著 stays). */
export const standardToSimplified: (s: string) => string = ConverterFactory(groups(to, 'cn'));

/** Converts simplified to Taiwan traditional; used only to spot simplified forms in traditional text. */
export const toTraditional: (s: string) => string = ConverterFactory(
  groups(from, 'cn'),
  groups(to, 'tw'),
);
