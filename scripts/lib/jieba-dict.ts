/**
 * Lines of a jieba user dictionary for places (`昆山市 ns`, `昆山 ns`), so that the segmenter keeps
 * place names whole. Weak short names (青山, 太湖) are left out: they are ordinary words too.
 */
import { writeFileSync } from 'node:fs';
import data from '../data/foreign-places.json' with { type: 'json' };
import { gazetteer } from './gazetteer';

/** List the dictionary lines: full and strong short names of divisions, foreign names; sorted. */
export function placeDictLines(): string[] {
  const words = new Set<string>();
  for (const [name, readings] of gazetteer().byName)
    if (readings.some((r) => !r.weak)) words.add(name);
  for (const [name, ...aliases] of data.countries)
    for (const n of [name, ...aliases]) if (n) words.add(n);
  for (const [name] of data.cities) words.add(String(name));
  return [...words].sort().map((w) => `${w} ns`);
}

/** Write the dictionary to `path` (nodejieba's `load({ userDict })` takes a file) and return the path. */
export function writePlaceDict(path: string): string {
  writeFileSync(path, `${placeDictLines().join('\n')}\n`);
  return path;
}
