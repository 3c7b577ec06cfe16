/**
 * The date a news address carries in its path: most Chinese news and government sites file a
 * report under the day it was published (…/2018/11/20/…, …/2023/0221/…, …/content/2018-10/15/…,
 * …/202110/t20211014_….html, …/art/2019/3/11/…, …/20250523/…). Where neither meta.yaml nor the text
 * dates a report, that day is what its relative dates (上周, 11月16日) are read against.
 */
import { isoDate, isValid } from '../extract/date-calendar';

/** Years a news address can be dated in (a path of 1234 or 3000 is an id, not a year). */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2099;

// Forms of a day in a path, most specific first; each names its year, month and day groups.
const DAY_FORMS: readonly RegExp[] = [
  // /t20211014_90480.html: the government sites' TRS publishing system.
  /\/t(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})_\d+/u,
  // /2018/11/20/, /art/2019/3/11/, /2020-11-16/, /2018-10/15/, /2024/06-14/
  /\/(?<y>\d{4})[/-](?<m>\d{1,2})[/-](?<d>\d{1,2})(?=[/_.-])/u,
  // /2023/0221/, /n1/2024/0614/c…
  /\/(?<y>\d{4})\/(?<m>\d{2})(?<d>\d{2})(?=[/_.-])/u,
  // /20250523/, /20181120_…, /content_20181120…
  /[/_](?<y>\d{4})(?<m>\d{2})(?<d>\d{2})(?=[/_.-])/u,
  // /2012051910510319432.htm: an id made of the moment of publishing (day, then hour, minute …).
  /\/(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})\d{6,}\./u,
];

// A month alone: /202403/…, /2024-03/…, /2024/03/… (the day not in the path).
const MONTH_FORM = /\/(?<y>\d{4})[/-]?(?<m>\d{2})\//u;

/** The date in a web address's path (YYYY-MM-DD, or YYYY-MM where only the month is there), or null. */
export function dateInUrl(url: string | null): string | null {
  if (url === null) return null;
  let path: string;
  try {
    // Only the path: a host name or a query (…?id=20181120) says nothing of the day.
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const form of DAY_FORMS) {
    const g = form.exec(path)?.groups;
    if (!g) continue;
    const parts = { year: Number(g.y), month: Number(g.m), day: Number(g.d) };
    if (parts.year < FIRST_YEAR || parts.year > LAST_YEAR) continue;
    // …/2019/02/30/: a path shaped as a day that is none says nothing sure (not even its month).
    return isValid(parts) ? isoDate(parts) : null;
  }
  const g = MONTH_FORM.exec(path)?.groups;
  if (!g) return null;
  const parts = { year: Number(g.y), month: Number(g.m), day: null };
  if (parts.year < FIRST_YEAR || parts.year > LAST_YEAR || !isValid(parts)) return null;
  return isoDate(parts);
}
