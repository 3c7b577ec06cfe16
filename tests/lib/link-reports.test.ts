/** Two outlets' reports of one trip (the delegation's paper and the host's), linked by alsoReportedIn. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { linkVisits } from '../../scripts/lib/link-visits';
import { processSeed } from '../../scripts/lib/process-seed';
import type { Place } from '../../src/schemas';

const ROOT = new URL('../fixtures/articles/', import.meta.url);

function draftsOf(name: string) {
  const dir = new URL(`${name}/`, ROOT);
  const meta = new URL('meta.yaml', dir);
  return processSeed({
    id: name,
    file: `${name}/input.txt`,
    bytes: new Uint8Array(readFileSync(new URL('input.txt', dir))),
    metaText: existsSync(meta) ? readFileSync(meta, 'utf8') : null,
  }).visits;
}

const slug = (p: Place): string => p.code ?? p.name;

describe('[link-visits] the delegation’s report and the host district’s', () => {
  const own = 'own-paper-ganzhou-members-after-host';
  const host = 'host-report-nanshan-meets-first';
  const visits = linkVisits([...draftsOf(own), ...draftsOf(host)], slug);

  test('one visit each side, linked both ways (深圳市 and its 南山区, 2月28日至3月1日 and 3月1日)', () => {
    expect(visits.map((v) => [v.article, v.alsoReportedIn])).toEqual([
      [own, [host]],
      [host, [own]],
    ]);
  });

  test('the leader is the same person with the same title on both sides', () => {
    const leaders = visits.map((v) => v.leaders.find((p) => p.name === '林海')?.title);
    expect(leaders).toEqual(['赣州市委书记', '赣州市委书记']);
  });

  test('the same cities a year later are another trip', () => {
    const later = draftsOf(own).map((d) => ({
      ...d,
      article: 'later',
      date: { ...d.date, start: '2025-03-01', end: null },
    }));
    const [, , next] = linkVisits([...draftsOf(own), ...draftsOf(host), ...later], slug);
    expect(next?.alsoReportedIn).toEqual([]);
  });
});
