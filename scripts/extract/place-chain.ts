/**
 * Reading names of the gazetteer at a position, and chains of names each inside the one before:
 * 四川成都武侯区, 长沙望城区, 湖北仙桃市, 北京朝阳 (a weak short name is fine once qualified).
 */
import rules from '../data/place-name-rules.json' with { type: 'json' };
import { type GazetteerEntry, gazetteer, isWithin, type NameReading } from '../lib/gazetteer';

/** A name in the text and the divisions it may stand for. */
export interface ChainLink {
  start: number;
  end: number;
  readings: readonly NameReading[];
}

const SUFFIX_COMPOUNDS = new Set(rules.suffixCompounds);
const inside = (child: GazetteerEntry, parent: GazetteerEntry): boolean =>
  child !== parent && isWithin(child, parent.place.code ?? '');

/** List the names of the gazetteer that start at `i`, longest first. */
export function namesAt(text: string, i: number): ChainLink[] {
  const { byName, maxNameLength } = gazetteer();
  // Most positions start no name: a set of two-character prefixes rules them out at once.
  if (!namePrefixes().has(text.slice(i, i + 2))) return [];
  const links: ChainLink[] = [];
  for (let len = Math.min(maxNameLength, text.length - i); len >= 2; len--) {
    const readings = byName.get(text.slice(i, i + len));
    if (!readings) continue;
    // 义乌市场, 江南区域: the suffix belongs to the next word, only the short reading stands.
    const split = SUFFIX_COMPOUNDS.has(text.slice(i + len - 1, i + len + 1));
    const usable = split ? readings.filter((r) => r.via === 'short') : readings;
    if (usable.length) links.push({ start: i, end: i + len, readings: usable });
  }
  return links;
}

let prefixes: Set<string> | null = null;

/** The first two characters of every name of the gazetteer. */
function namePrefixes(): Set<string> {
  prefixes ??= new Set([...gazetteer().byName.keys()].map((name) => name.slice(0, 2)));
  return prefixes;
}

/** Extend a chain by the longest following name that lies inside its last link. */
function extend(text: string, chain: ChainLink[]): ChainLink[] {
  const last = chain.at(-1);
  if (!last) return chain;
  for (const next of namesAt(text, last.end)) {
    const kids = next.readings.filter((r) => last.readings.some((p) => inside(r.entry, p.entry)));
    if (!kids.length) continue;
    const parents = last.readings.filter((p) => kids.some((r) => inside(r.entry, p.entry)));
    return extend(text, [
      ...chain.slice(0, -1),
      { ...last, readings: parents },
      { ...next, readings: kids },
    ]);
  }
  return chain;
}

/** Read the longest chain of names at `i`; a lone weak name (青山, 太湖) only when `allowWeak`. */
export function readChain(text: string, i: number, allowWeak = false): ChainLink[] | null {
  for (const first of namesAt(text, i)) {
    const chain = extend(text, [first]);
    if (chain.length > 1 || allowWeak) return chain;
    const strong = first.readings.filter((r) => !r.weak);
    if (strong.length) return [{ ...first, readings: strong }];
  }
  return null;
}

/**
 * Town or township name right after a county or prefecture: 昆山陆家镇 → 陆家镇, 桐乡市乌镇, 桐庐县莪山畲族乡 →
 * 莪山畲族乡 (an ethnic township's name is longer), not 全市各镇.
 */
export function townAt(text: string, i: number): string | null {
  // 乡村, 乡镇, 乡土 are words, not a township: 江阴是依托乡村…; so are 城乡, 家乡, 下乡 (嘉兴推进城乡融合).
  const m =
    /^[\u4e00-\u9fff]{1,3}?镇|^[\u4e00-\u9fff]{2,3}?(?<![城家故回下返老还他异思梦])乡(?![村镇土亲情愁贤音])|^[\u4e00-\u9fff]{2,3}族乡/u.exec(
      text.slice(i, i + 7),
    );
  // 桐乡市乌镇: a name of one character too, but not 城镇 (县城镇化), 村镇, 小镇.
  if (m?.[0].length === 2 && /^[城村乡小集重名古新老大强各全本该]/u.test(m[0])) return null;
  // 特色小镇, 草莓小镇: a 小镇 is a project's name, not a township.
  if (m?.[0].endsWith('小镇')) return null;
  return m && !/[各全每市县区省乡镇是的了在和与及为对向]/u.test(m[0].slice(0, -1)) ? m[0] : null;
}
