/**
 * The date a build stands for, taken from its input, never from the clock (two builds of the
 * same input stay byte-identical): SOURCE_DATE_EPOCH when set (the reproducible-builds
 * convention, seconds since 1970), else the newest publication date among the articles.
 */
export function buildDate(
  published: readonly (string | null)[],
  epoch: string | undefined = process.env.SOURCE_DATE_EPOCH,
): string | null {
  if (epoch !== undefined && /^\d+$/.test(epoch))
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  // ISO truncated dates with a year sort as strings (2025-03 after 2023-11-20).
  const dated = published.filter((p): p is string => p !== null && /^\d{4}/.test(p));
  return dated.sort().at(-1) ?? null;
}
