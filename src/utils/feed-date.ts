/** `2025`, `2025-03`, `2025-03-01` → that day (the first of a month or year), UTC; else null. */
function toDay(iso: string | null): Date | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso ?? '');
  if (!m) return null;
  return new Date(`${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}T00:00:00Z`);
}

/**
 * The pubDate of a visit's feed item: when its report was published (its article's date), else
 * when the trip began; a full day first, then a month or year (taken as its first day). Null
 * only when neither has a year.
 */
export function feedDate(published: string | null, start: string | null): Date | null {
  const full = [published, start].find((d) => d !== null && /^\d{4}-\d{2}-\d{2}$/.test(d));
  return toDay(full ?? null) ?? toDay(published) ?? toDay(start);
}
