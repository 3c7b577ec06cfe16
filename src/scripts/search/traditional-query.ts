/**
 * Traditional → simplified for queries (蘇州 → 苏州, 無錫 跨江融合發展 → 无锡 跨江融合发展). The pages
 * are simplified and Pagefind silently drops a word it does not know from a multi-word query, so
 * the whole query is converted before it is searched. The table (t2s-table.json, written by
 * scripts/tools/build-query-t2s.ts) is fetched only when the query holds a traditional character.
 */

/** Characters (traditional then simplified, pair after pair) and phrases converted as a whole. */
export interface QueryTable {
  /** `蘇苏陳陈…`: each traditional character followed by its simplified form. */
  chars: string;
  /** Words the pipeline converts otherwise than character by character. */
  phrases: Record<string, string>;
}

const HAN = /\p{Script=Han}/u;
let gb2312: Set<string> | undefined;

/**
 * Return the Han characters of GB 2312, the simplified character set, read through the GBK
 * decoder every browser has (rows 0xB0–0xF7), so that no list has to be downloaded.
 */
export function gb2312Han(): Set<string> {
  if (gb2312) return gb2312;
  const bytes: number[] = [];
  for (let lead = 0xb0; lead <= 0xf7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) bytes.push(lead, trail);
  }
  const text = new TextDecoder('gbk').decode(new Uint8Array(bytes));
  gb2312 = new Set([...text].filter((c) => HAN.test(c)));
  return gb2312;
}

/** Say whether the text holds a Han character outside GB 2312, i.e. (most likely) a traditional one. */
export function hasTraditional(text: string): boolean {
  const simplified = gb2312Han();
  return [...text].some((c) => HAN.test(c) && !simplified.has(c));
}

const parsed = new WeakMap<QueryTable, { chars: Map<string, string>; longest: number }>();

function parse(table: QueryTable): { chars: Map<string, string>; longest: number } {
  let found = parsed.get(table);
  if (!found) {
    const pairs = [...table.chars];
    const chars = new Map<string, string>();
    for (let i = 0; i + 1 < pairs.length; i += 2)
      chars.set(pairs[i] as string, pairs[i + 1] as string);
    const longest = Math.max(0, ...Object.keys(table.phrases).map((p) => [...p].length));
    found = { chars, longest };
    parsed.set(table, found);
  }
  return found;
}

/** Convert text with the table: the longest phrase at each position, else the character. */
export function applyQueryTable(table: QueryTable, text: string): string {
  const { chars, longest } = parse(table);
  const cps = [...text];
  let out = '';
  for (let i = 0; i < cps.length; ) {
    let n = Math.min(longest, cps.length - i);
    for (; n >= 2; n--) {
      const word = cps.slice(i, i + n).join('');
      if (Object.hasOwn(table.phrases, word)) {
        out += table.phrases[word];
        break;
      }
    }
    if (n >= 2) {
      i += n;
      continue;
    }
    const c = cps[i] as string;
    out += chars.get(c) ?? c;
    i += 1;
  }
  return out;
}

let table: Promise<QueryTable> | undefined;

/** Load the table (a separate chunk, fetched once). */
export function loadQueryTable(): Promise<QueryTable> {
  table ??= import('./t2s-table.json').then((m) => m.default as QueryTable);
  return table;
}

/** Convert a query to simplified when it holds a traditional character; otherwise return it as is. */
export async function toSimplifiedQuery(query: string): Promise<string> {
  if (!hasTraditional(query)) return query;
  return applyQueryTable(await loadQueryTable(), query);
}
