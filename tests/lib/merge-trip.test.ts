import { describe, expect, test } from 'vitest';
import { mergeDestinations, mergeTrip, preciseDate } from '../../scripts/lib/merge-trip';
import { date, person, place, visit } from '../site/utils/helpers';

const SZ = place('深圳市', { province: '广东省', parent: '广东省' });
const NS = place('南山区', { level: 'district', parent: '深圳市', province: '广东省' });
const DG = place('东莞市', { province: '广东省', parent: '广东省' });

describe('[merge-trip] one record from the reports of a trip', () => {
  const own = visit('gz-2025-sz-dg', {
    article: 'own',
    destinations: [SZ, DG],
    date: date('2025-03', { precision: 'month' }),
    leaders: [person('林海', '市委书记')],
    members: [person('王五')],
    sites: ['甲公司'],
    sectors: ['低空经济'],
  });
  const host = visit('gz-2025-ns', {
    article: 'host',
    destinations: [NS],
    date: date('2025-03-01'),
    leaders: [person('林海', '市委书记')],
    hosts: [person('赵六', '区委书记')],
    sites: ['甲公司', '乙园区'],
    sectors: ['人工智能', '低空经济'],
    mentionedOnly: true,
  });
  const trip = mergeTrip([own, host]);

  test('the main report gives id, url, article; the others are listed', () => {
    expect([trip.id, trip.url, trip.article, trip.alsoReportedIn]).toEqual([
      'gz-2025-sz-dg',
      '/visits/gz-2025-sz-dg/',
      'own',
      ['host'],
    ]);
    expect(trip.reports.map((r) => r.id)).toEqual(['gz-2025-sz-dg', 'gz-2025-ns']);
  });

  test('people, sites and sectors of every report, each once', () => {
    expect(trip.leaders.map((p) => p.name)).toEqual(['林海']);
    expect(trip.hosts.map((p) => p.name)).toEqual(['赵六']);
    expect(trip.members.map((p) => p.name)).toEqual(['王五']);
    expect(trip.sites).toEqual(['甲公司', '乙园区']);
    expect(trip.sectors).toEqual(['低空经济', '人工智能']);
  });

  test('a district of a destination already listed is not a destination again', () => {
    expect(trip.destinations.map((p) => p.name)).toEqual(['深圳市', '东莞市']);
    expect(mergeDestinations([[NS], [SZ, DG]]).map((p) => p.name)).toEqual(['南山区', '东莞市']);
  });

  test('the most precise date; only in passing when every report is', () => {
    expect(trip.date.start).toBe('2025-03-01');
    expect(trip.mentionedOnly).toBe(false);
    expect(mergeTrip([host]).mentionedOnly).toBe(true);
  });

  test.each([
    [[date('2025', { precision: 'year' }), date('2025-03-01')], '2025-03-01'],
    [[date('2025-03-01', { inferred: true }), date('2025-03-01')], '2025-03-01'],
    [[date(null, { precision: 'unknown' }), date('--03', { precision: 'month' })], '--03'],
  ])('preciseDate %#', (dates, start) => {
    expect(preciseDate(dates)?.start).toBe(start);
  });

  test('a stated year wins over an inferred one', () => {
    const inferred = date('2025-03-01', { inferred: true, text: '3月1日' });
    const stated = date('2025-03-01', { text: '2025年3月1日' });
    expect(preciseDate([inferred, stated])?.text).toBe('2025年3月1日');
  });
});
