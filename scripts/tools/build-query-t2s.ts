/**
 * Write src/scripts/search/t2s-table.json: the traditional → simplified table the search page
 * uses for queries (the whole opencc-js t2cn bundle is 109 KB; queries need far less). Run it
 * again, and commit the result, when opencc-js or scripts/data/script-protect.json changes; a test
 * (tests/search/t2s-table.test.ts) fails while the committed table is stale.
 *
 *   tsx scripts/tools/build-query-t2s.ts
 *
 * The table says what the pipeline's own converter (scripts/pipeline/opencc.ts) does, so that a
 * converted query reads like the converted pages:
 * - `chars`: each character of OpenCC's dictionaries outside GB 2312 (the simplified character
 *   set) that the pipeline changes into a GB 2312 character, with that character, plus
 *   KEEP_CONVERTING. Characters of GB 2312 are simplified characters as well (乾, 著, 么) and stay
 *   as typed; rare characters whose simplified form is outside GB 2312 (䊷 → 䌶) are left out.
 * - `phrases`: the words of OpenCC's phrase dictionaries that the pipeline converts otherwise than
 *   the characters would give (一目瞭然 → 一目了然, 乾乾淨淨 → 干干净净).
 */
import { writeFileSync } from 'node:fs';
import type { DictGroup, DictLike } from 'opencc-js/core';
import { from, to } from 'opencc-js/preset';
import {
  applyQueryTable,
  gb2312Han,
  type QueryTable,
} from '../../src/scripts/search/traditional-query';
import { toSimplified } from '../pipeline/opencc';

/** Where the table goes. */
export const TABLE_PATH = 'src/scripts/search/t2s-table.json';

/** The source words of one dictionary (`trad simp|trad simp…`, or pairs). */
function keysOf(dict: DictLike): string[] {
  if (typeof dict !== 'string') return dict.map(([source]) => source);
  return dict.split('|').map((entry) => entry.split(' ')[0] ?? '');
}

/** The source words of the dictionaries the pipeline converts with (hk, tw, then cn). */
function sourceWords(): string[] {
  const groups: readonly DictGroup[] = [...(from.hk ?? []), ...(from.tw ?? []), ...(to.cn ?? [])];
  return groups.flatMap((group) => group.flatMap(keysOf));
}

/**
 * GB 2312 characters that are traditional forms in practice (後來, 於是, 夥伴), converted like the
 * others. The other GB 2312 characters OpenCC changes are simplified characters of their own:
 * 乾 (乾县), 著 (著名), 么 (什么), 徵 (宫商角徵羽), 吒, 拚, 捱, 榘, 薹, 袷.
 */
const KEEP_CONVERTING = new Set([...'後於夥摺菸醣麴麽']);

/** Build the table from the dictionaries' words and the pipeline's converter. */
export function makeQueryTable(
  words: readonly string[] = sourceWords(),
  convert: (s: string) => string = toSimplified,
): QueryTable {
  const simplifiedSet = gb2312Han();
  const chars = new Map<string, string>();
  for (const word of new Set(words)) {
    if ([...word].length !== 1) continue;
    const simplified = convert(word);
    if (simplified === word || !simplifiedSet.has(simplified)) continue;
    if (simplifiedSet.has(word) && !KEEP_CONVERTING.has(word)) continue;
    chars.set(word, simplified);
  }
  const sorted = [...chars].sort(([a], [b]) => (a < b ? -1 : 1));
  const table: QueryTable = { chars: sorted.map(([t, s]) => t + s).join(''), phrases: {} };
  for (const word of [...new Set(words)].sort()) {
    if ([...word].length < 2) continue;
    const simplified = convert(word);
    if (simplified !== applyQueryTable({ ...table, phrases: {} }, word)) {
      table.phrases[word] = simplified;
    }
  }
  return table;
}

/** Serialize the table as the committed file has it. */
export function serializeQueryTable(table: QueryTable): string {
  return `${JSON.stringify(table, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = makeQueryTable();
  writeFileSync(TABLE_PATH, serializeQueryTable(table));
  const chars = [...table.chars].length / 2;
  console.log(`${TABLE_PATH}: ${chars} characters, ${Object.keys(table.phrases).length} phrases`);
}
