import table from '../data/provinces.json';

/** A province-level division: its full name, code prefix and page slug. */
export interface Province {
  /** Full name: 江苏省, 上海市, 广西壮族自治区. */
  name: string;
  /** The first two digits of its division codes (32 for 江苏省). */
  code: string;
  /** ASCII slug of its list and map pages: jiangsu. */
  slug: string;
}

/** China's 34 province-level divisions, in division-code order. */
export const PROVINCES: readonly Province[] = table.provinces;

const BY_NAME = new Map(PROVINCES.map((p) => [p.name, p]));
const BY_SLUG = new Map(PROVINCES.map((p) => [p.slug, p]));

/** Find a province by its full name (江苏省); undefined for anything else. */
export function provinceByName(name: string | null | undefined): Province | undefined {
  return name ? BY_NAME.get(name) : undefined;
}

/** Find a province by its page slug (jiangsu). */
export function provinceBySlug(slug: string): Province | undefined {
  return BY_SLUG.get(slug);
}

/** Find the province whose full name begins with a map's short name (江苏 → 江苏省). */
export function provinceByShortName(short: string): Province | undefined {
  return PROVINCES.find((p) => p.name.startsWith(short));
}
