/**
 * Stable ASCII slugs of places: pinyin of the short name (昆山市 → kunshan, 望城区 → wangcheng).
 * Where the gazetteer has the same pinyin twice the highest level keeps it and the others take
 * their parent (鼓楼区 → gulou-nanjing, gulou-fuzhou; 苏州 and 宿州 → suzhou-jiangsu, suzhou-anhui)
 * or, under a parent of the same name, their suffix (长沙县 → changsha-xian). Decided by the
 * gazetteer alone, never by which articles exist.
 */
import type { Place } from '../../src/schemas';
import rules from '../data/place-name-rules.json' with { type: 'json' };
import { type GazetteerEntry, gazetteer, readingsOf } from './gazetteer';
import { levelRank } from './place-level';
import { toSlug } from './slug';

const READINGS = new Map(Object.entries(rules.slugReadings));
const baseOf = (e: GazetteerEntry): string => {
  const name = e.shortNames[0] ?? e.place.name;
  return READINGS.get(name) ?? toSlug(name);
};

/** Qualify a slug by the parent, or by the name's suffix when the parent has the same slug. */
function qualified(e: GazetteerEntry, base: string): string {
  const parent = e.parentCode ? gazetteer().byCode.get(e.parentCode) : undefined;
  const parentSlug = parent ? baseOf(parent) : '';
  const suffix = toSlug(e.place.name.slice(-1));
  return `${base}-${parentSlug && parentSlug !== base ? parentSlug : suffix}`;
}

/** Compute the slug of every gazetteer entry, by code. */
function buildSlugs(): Map<string, string> {
  const groups = new Map<string, GazetteerEntry[]>();
  for (const e of gazetteer().entries) {
    const base = baseOf(e);
    const group = groups.get(base);
    if (group) group.push(e);
    else groups.set(base, [e]);
  }
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  for (const [base, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const top = Math.max(...group.map((e) => levelRank(e.place.level)));
    const keeper =
      group.filter((e) => levelRank(e.place.level) === top).length === 1 ? top : Number.NaN;
    for (const e of group) {
      let slug =
        group.length === 1 || levelRank(e.place.level) === keeper ? base : qualified(e, base);
      if (taken.has(slug) || (slug !== base && groups.has(slug))) slug = `${slug}-${e.place.code}`;
      taken.add(slug);
      slugs.set(e.place.code ?? '', slug);
    }
  }
  return slugs;
}

let slugs: Map<string, string> | null = null;

/** Give the stable slug of a place: from the gazetteer by code, else from its name (and parent). */
export function placeToSlug(place: Place): string {
  slugs ??= buildSlugs();
  const known = place.code ? slugs.get(place.code) : undefined;
  if (known) return known;
  const parent = place.parent
    ? readingsOf(place.parent).find((r) => r.via === 'full')?.entry.place
    : undefined;
  // Towns are not in the gazetteer: 陆家镇 under 昆山市 → lujia-kunshan.
  if (place.level === 'town' && parent)
    return `${toSlug(place.name.replace(/[镇乡]$/u, ''))}-${placeToSlug(parent)}`;
  return toSlug(place.name);
}
