/**
 * Return the index of the first paragraph that contains one of `needles`, looking first at
 * the paragraphs in `preferred` (in their order), then at all paragraphs; null when none does.
 * Used to link a fact of a visit (a leader, a site, a sector keyword) to its source sentence.
 */
export function findSupportingParagraph(
  needles: readonly string[],
  paragraphs: readonly string[],
  preferred: readonly number[] = [],
): number | null {
  const words = needles.filter((n) => n.length > 0);
  if (words.length === 0) return null;
  const order = [...new Set([...preferred, ...paragraphs.keys()])];
  for (const index of order) {
    const text = paragraphs[index];
    if (text !== undefined && words.some((w) => text.includes(w))) return index;
  }
  return null;
}
