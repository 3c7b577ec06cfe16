import { describe, expect, test } from 'vitest';
import { createChinaMap } from '../../../src/utils/china-map';
import { focusBox } from '../../../src/utils/focus-box';

describe('[china-map] projects the base map', () => {
  const map = createChinaMap(800, 600);

  test('has the province-level outlines and the 南海诸岛 inset', () => {
    expect(map.provinces).toHaveLength(34);
    expect(map.provinces.map((p) => p.name)).toEqual(
      expect.arrayContaining(['台湾', '香港', '澳门', '海南']),
    );
    expect(map.provinces.every((p) => /^M\d/.test(p.d))).toBe(true);
    expect(map.nanhai).toMatch(/^M\d/);
  });

  test('places Chinese points in the frame and others outside it', () => {
    const shanghai = map.project(121.47, 31.23);
    expect(shanghai).not.toBeNull();
    const [x, y] = shanghai ?? [0, 0];
    expect(x).toBeGreaterThan(400);
    expect(y).toBeGreaterThan(200);
    expect(map.project(-74.01, 40.71)).toBeNull();
  });

  test('is the same every time', () => {
    expect(createChinaMap(800, 600).provinces).toEqual(map.provinces);
  });

  test('a detail map has no inset and clips to its frame', () => {
    const detail = createChinaMap(400, 300, [
      [119, 30],
      [122, 33],
    ]);
    expect(detail.nanhai).toBe('');
    expect(detail.project(120.31, 31.49)).not.toBeNull();
    expect(detail.project(113.13, 27.83)).toBeNull();
  });
});

describe('[focus-box] finds the densest cluster', () => {
  test('boxes the cluster with the most points', () => {
    const box = focusBox([
      { lon: 120.31, lat: 31.49 },
      { lon: 120.89, lat: 31.98 },
      { lon: 119.92, lat: 32.46 },
      { lon: 113.13, lat: 27.83 },
    ]);
    expect(box).toEqual([
      [119.41, 30.98],
      [121.41, 32.98],
    ]);
  });

  test('none without a cluster', () => {
    expect(
      focusBox([
        { lon: 100, lat: 30 },
        { lon: 120, lat: 30 },
      ]),
    ).toBeNull();
  });
});
