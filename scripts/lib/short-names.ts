/**
 * Short names of divisions as news text writes them: 昆山 for 昆山市, 延边 for 延边朝鲜族自治州,
 * 广西 for 广西壮族自治区. Never one character (沛县 has none), never a bare banner direction.
 */
import type { PlaceLevel } from '../../src/schemas';
import rules from '../data/place-name-rules.json' with { type: 'json' };

// Longest first, so that 拉祜 is not taken for a shorter group ending the same way.
const ETHNIC = [...rules.ethnicGroups].sort((a, b) => b.length - a.length);
const AUTONOMOUS = /自治(区|州|县|旗)$/;
/** Suffixes tried in order; the first that leaves two characters or more wins. */
const SUFFIXES: Record<PlaceLevel, string[]> = {
  province: ['特别行政区', '省'],
  municipality: ['市'],
  prefecture: ['地区', '盟', '市'],
  county: ['林区', '特区', '市', '县', '旗'],
  district: ['新区', '矿区', '区'],
  town: ['镇', '乡'],
  foreign: [],
};

/** Strip trailing ethnic group names (土家族苗族) while two characters or more remain. */
export function stripEthnicGroups(base: string): string {
  let rest = base;
  for (;;) {
    const body = rest.endsWith('族') ? rest.slice(0, -1) : rest;
    const group = ETHNIC.find((g) => body.endsWith(g) && body.length - g.length >= 2);
    if (!group) return body;
    rest = body.slice(0, -group.length);
  }
}

/** Strip the level suffix of a name that is not autonomous. */
function stripSuffix(name: string, level: PlaceLevel): string | null {
  // 旗 named by a direction (土默特左旗, 乌拉特中旗) or 联合旗 has no shorter form in use.
  if (/(左|右|前|后|中|联合)旗$/.test(name)) return null;
  for (const suffix of SUFFIXES[level]) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2)
      return name.slice(0, -suffix.length);
  }
  return null;
}

/** List the short names of a division, most common first (恩施土家族苗族自治州 → 恩施, 恩施州; 石柱土家族自治县 → 石柱, 石柱县). */
export function toShortNames(name: string, level: PlaceLevel): string[] {
  const auto = AUTONOMOUS.exec(name);
  if (auto) {
    const base = stripEthnicGroups(name.slice(0, auto.index));
    if (base.length < 2) return [];
    // 恩施州, 石柱县, 莫力达瓦旗: the base with the level's character, as news and titles write it.
    return auto[1] === '区' ? [base] : [base, `${base}${auto[1]}`];
  }
  const short = stripSuffix(name, level);
  return short ? [short] : [];
}

/** The name a title writes for a division: 恩施州 (委副书记), 石柱县 (委书记), not the autonomous name in full. */
export function titleName(name: string, level: PlaceLevel): string {
  const auto = /自治(州|县|旗)$/u.exec(name);
  if (!auto) return name;
  return toShortNames(name, level).find((n) => n.endsWith(auto[1] ?? '')) ?? name;
}
