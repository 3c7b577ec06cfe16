import { describe, expect, test } from 'vitest';
import type { VisitDraft } from '../../scripts/extract/frames/find-visits';
import { linkVisits, sameTrip, visitSlug } from '../../scripts/lib/link-visits';
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
