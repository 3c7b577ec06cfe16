import { describe, expect, test } from 'vitest';
import type { VisitDraft } from '../../scripts/extract/frames/find-visits';
import { linkTrips, linkVisits, sameTrip, visitSlug } from '../../scripts/lib/link-visits';
import type { DateSpan, Place } from '../../src/schemas';
import { place as placeOf } from '../site/utils/helpers';

const place = (name: string, slug: string): Place & { slug: string } => ({
  ...placeOf(name),
  slug,
});
const NT = place('南通市', 'nantong');
const WX = place('无锡市', 'wuxi');
const SZ = place('苏州市', 'suzhou');
const CZ = place('常州市', 'changzhou');
const slug = (p: Place): string => (p as Place & { slug: string }).slug;
const span = (start: string | null): DateSpan => ({
  start,
  end: null,
  text: '',
  precision: 'month',
  inferred: false,
});

const draft = (
  article: string,
  dests: Place[],
  start: string | null,
  mentionedOnly = false,
): VisitDraft => ({
  article,
  delegation: '南通市党政代表团',
  origin: NT,
  leaders: [],
  members: [],
  destinations: dests,
  stops: [],
  date: span(start),
  hosts: [],
  sites: [],
  sectors: [],
  mentionedOnly,
  evidence: [],
});

describe('[link-visits] ids and cross-article links', () => {
  test('slug: origin, year, destinations', () => {
    expect(visitSlug(draft('a', [SZ, WX], '2020-04-07'), slug)).toBe('nantong-2020-suzhou-wuxi');
    expect(visitSlug(draft('a', [SZ], '--02-27'), slug)).toBe('nantong-undated-suzhou');
  });

  test('the same trip in two articles links both ways', () => {
    const [full, passing] = linkVisits(
      [draft('003', [SZ, WX], '2020-04-07'), draft('001', [WX], '2020-04', true)],
      slug,
    );
    expect(full?.alsoReportedIn).toEqual(['001']);
    expect(passing?.alsoReportedIn).toEqual(['003']);
  });

  test.each([
    ['another year', draft('x', [WX], '2021-04')],
    ['another month', draft('x', [WX], '2020-09')],
    ['no shared destination', draft('x', [CZ], '2020-04')],
    ['the same article', draft('003', [WX], '2020-04')],
  ])('not the same trip: %s', (_, other) => {
    expect(sameTrip(draft('003', [SZ, WX], '2020-04-07'), other)).toBe(false);
  });

  test('equal slugs get a counter, deterministically', () => {
    const ids = linkVisits(
      [draft('a', [SZ], '2020'), draft('b', [SZ], '2021'), draft('c', [SZ], '2020')],
      slug,
    ).map((v) => v.id);
    expect(ids).toEqual(['nantong-2020-suzhou', 'nantong-2021-suzhou', 'nantong-2020-suzhou-2']);
  });
});

describe('[link-visits] a host district’s report and the delegation’s', () => {
  const NS: Place & { slug: string } = {
    ...place('南山区', 'nanshan'),
    level: 'district',
    parent: '无锡市',
  };

  test('a destination within the other’s links (无锡市 and its district)', () => {
    expect(sameTrip(draft('a', [WX], '2024-03-01'), draft('b', [NS], '2024-03-01'))).toBe(true);
  });

  test('dates across a month end that overlap link (2月28日至3月1日 and 3月1日)', () => {
    const across = {
      ...draft('a', [WX], '2024-02-28'),
      date: { ...span('2024-02-28'), end: '2024-03-01' },
    };
    expect(sameTrip(across, draft('b', [WX], '2024-03-01'))).toBe(true);
    expect(sameTrip(across, draft('b', [WX], '2024-03-05'))).toBe(false);
    expect(sameTrip(across, draft('b', [WX], '2025-03-01'))).toBe(false);
  });
});

describe('[link-visits] trips: the reports of one trip make one record', () => {
  const published = (dates: Record<string, string>) => (article: string) => dates[article] ?? null;
  const full = draft('003', [SZ, WX], '2020-04-07');
  const mention = draft('001', [WX], '2020-04', true);
  const other = draft('005', [CZ], '2021-05');

  test('two reports, one trip listing both; an unrelated visit its own trip', () => {
    const { visits, trips } = linkTrips([mention, full, other], slug);
    expect(visits).toHaveLength(3);
    expect(trips.map((t) => [t.id, t.reports.map((r) => r.article)])).toEqual([
      ['nantong-2020-suzhou-wuxi', ['003', '001']],
      ['nantong-2021-changzhou', ['005']],
    ]);
    expect(trips[0]?.alsoReportedIn).toEqual(['001']);
  });

  test('the main report is the full one, whatever the order of the articles', () => {
    const { trips } = linkTrips([mention, full], slug);
    expect(trips[0]?.article).toBe('003');
  });

  test('a second report added later (published later) leaves the trip’s id and url alone', () => {
    const dates = { '003': '2020-04-12', '000': '2020-05-01' };
    const before = linkTrips([full], slug, published(dates)).trips;
    const host = { ...draft('000', [SZ, WX], '2020-04-08'), delegation: '南通市考察团' };
    const after = linkTrips([host, full], slug, published(dates)).trips;
    expect(after).toHaveLength(1);
    expect([after[0]?.id, after[0]?.url]).toEqual([before[0]?.id, before[0]?.url]);
    expect(after[0]?.reports.map((r) => r.id)).toEqual([
      'nantong-2020-suzhou-wuxi',
      'nantong-2020-suzhou-wuxi-2',
    ]);
  });

  test('an earlier report added: the old id stays a visit id of the trip (its page redirects)', () => {
    const before = linkTrips([full], slug, published({ '003': '2020-04-12' })).trips;
    const earlier = draft('000', [WX], '2020-04-08');
    const dates = { '003': '2020-04-12', '000': '2020-04-09' };
    const [trip] = linkTrips([earlier, full], slug, published(dates)).trips;
    expect(trip?.id).toBe('nantong-2020-wuxi');
    expect(trip?.reports.map((r) => r.id)).toContain(before[0]?.id);
  });

  test('two visits of one article are never one trip, even through a third report', () => {
    const a1 = draft('a', [SZ], '2020-04');
    const a2 = draft('a', [WX], '2020-04');
    const b = draft('b', [SZ, WX], '2020-04');
    const { trips } = linkTrips([a1, a2, b], slug);
    expect(
      trips.every((t) => new Set(t.reports.map((r) => r.article)).size === t.reports.length),
    ).toBe(true);
    expect(trips).toHaveLength(2);
  });

  test('every visit id is unique and belongs to exactly one trip', () => {
    const { visits, trips } = linkTrips([full, mention, other, draft('x', [SZ], '2020')], slug);
    const ids = visits.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(trips.flatMap((t) => t.reports.map((r) => r.id)).sort()).toEqual([...ids].sort());
  });
});
