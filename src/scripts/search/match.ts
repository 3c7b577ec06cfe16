/**
 * Whether a page holds the query's terms as typed. Pagefind matches a Chinese query piece by piece
 * (最强县级市 also finds pages with 最, 强 and 县 apart, Pagefind issues 1237, 987, 889), and its
 * quoted search misses pages whose words it segmented otherwise (新能源: 0 of 16), so the check is
 * made on the page's text.
 */

const HAN_SPACE = /(?<=\p{Script=Han}) | (?=\p{Script=Han})/gu;

/** Normalize text for comparing: NFKC, lower case, one space, no space beside a Han character. */
export function normalizeForMatch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').replace(HAN_SPACE, '');
}

/** Say whether the text holds every term intact (an empty list holds trivially). */
export function containsAll(text: string, terms: readonly string[]): boolean {
  return normalizedContainsAll(normalizeForMatch(text), terms);
}

/** containsAll on text normalized already (normalizeForMatch), so a page is normalized once. */
export function normalizedContainsAll(haystack: string, terms: readonly string[]): boolean {
  return terms.every((t) => haystack.includes(normalizeForMatch(t)));
}

/**
 * Say whether the text holds every character of the terms, anywhere (最, 强 and 县 apart): the
 * least a result must show. Pagefind also returns pages for a shortened word (企鹅 → 企, in 企业;
 * Pagefind issue 1237), and which depends on the index chunks loaded by earlier searches.
 */
export function containsChars(text: string, terms: readonly string[]): boolean {
  return normalizedContainsChars(normalizeForMatch(text), terms);
}

/** containsChars on text normalized already (normalizeForMatch). */
export function normalizedContainsChars(haystack: string, terms: readonly string[]): boolean {
  const chars = new Set(
    [...normalizeForMatch(terms.join(''))].filter((c) => /[\p{L}\p{N}]/u.test(c)),
  );
  return [...chars].every((c) => haystack.includes(c));
}
