/** Prints a score as the reference scorer does: one row a field, then the shares and `overall`. */
import type { Score } from './score';

const f2 = (x: number) => x.toFixed(2);

/** The score as text lines: field, P, R, F1 and counts; dates, mentions, official places; overall. */
export function formatScore(score: Score): string[] {
  const lines = ['field          P     R     F1    (tp/pred/gold)'];
  for (const [k, v] of Object.entries(score.rows))
    lines.push(`${k.padEnd(13)} ${f2(v.p)}  ${f2(v.r)}  ${f2(v.f)}  (${v.tp}/${v.pred}/${v.gold})`);
  const matched = score.articles.reduce((n, a) => n + a.matches.length, 0);
  lines.push(`dates right   ${f2(score.dates)}  (of ${matched} matched visits)`);
  lines.push(`mention flag  ${f2(score.mentions)}`);
  lines.push(`official place ${f2(score.officialPlaces)}`);
  lines.push(`overall ${f2(score.overall)}`);
  return lines;
}
