import { describe, expect, test } from 'vitest';
import { buildNetwork, busiestPart } from '../../../src/utils/network';
import { arcPath, layoutNetwork } from '../../../src/utils/network-layout';
import { createPlaceResolver } from '../../../src/utils/resolve-entities';
import { place, placeEntity, visit } from './helpers';

const wuxi = place('无锡市', { lat: 31.49, lon: 120.31 });
const nantong = place('南通市', { lat: 31.98, lon: 120.89 });
const taizhou = place('泰州市', { lat: 32.46, lon: 119.92 });
const resolve = createPlaceResolver([
  placeEntity('wuxi', '无锡市'),
  placeEntity('nantong', '南通市'),
]);

describe('[network] builds the learning network', () => {
  const network = buildNetwork(
    [
      visit('v1', { origin: wuxi, destinations: [nantong, taizhou] }),
      visit('v2', { origin: nantong, destinations: [wuxi], mentionedOnly: true }),
      visit('v3', { origin: wuxi, destinations: [nantong] }),
    ],
    resolve,
  );

  test('one node a place, keyed by its page or its name', () => {
    expect(network.nodes.map((n) => [n.key, n.url, n.out, n.in])).toEqual([
      ['nantong', '/places/nantong/', 1, 2],
      ['wuxi', '/places/wuxi/', 2, 1],
      ['泰州市|江苏省', null, 0, 1],
    ]);
  });

  test('one edge an origin → destination pair, busiest first', () => {
    expect(network.edges).toEqual([
      { from: 'wuxi', to: 'nantong', visits: ['v1', 'v3'], mentionedOnly: false },
      { from: 'nantong', to: 'wuxi', visits: ['v2'], mentionedOnly: true },
      { from: 'wuxi', to: '泰州市|江苏省', visits: ['v1'], mentionedOnly: false },
    ]);
  });

  test('lays out placed nodes and lists the others', () => {
    const layout = layoutNetwork(
      network,
      (lon, lat) => (lat > 32 ? null : [lon * 10, lat * 10]),
      12,
      { width: 2000, height: 1000 },
    );
    expect(layout.nodes.map((n) => n.key)).toEqual(['nantong', 'wuxi']);
    expect(layout.unplaced.map((n) => n.key)).toEqual(['泰州市|江苏省']);
    expect(layout.edges.map((e) => [e.from, e.to])).toEqual([
      ['wuxi', 'nantong'],
      ['nantong', 'wuxi'],
    ]);
    expect(layout.nodes.every((n) => n.label !== null)).toBe(true);
  });

  test('drops a label that has no free place (right, left, above, below all taken)', () => {
    const stacked = ['乙市', '丙市', '丁市', '戊市'].map((name, i) =>
      place(name, { lat: 0.1 * (i + 1), lon: 0 }),
    );
    const crowded = buildNetwork(
      [visit('v', { origin: place('甲市', { lat: 0, lon: 0 }), destinations: stacked })],
      () => undefined,
    );
    const layout = layoutNetwork(crowded, (lon, lat) => [100 + lon * 10, 100 + lat * 10]);
    expect(layout.nodes.filter((n) => n.label).length).toBe(4);
  });
});

describe('[network] the busiest part, for the home page', () => {
  const a = place('甲市');
  const b = place('乙市');
  const c = place('丙市');
  const d = place('丁市');
  const network = buildNetwork(
    [
      visit('v1', { origin: a, destinations: [b] }),
      visit('v2', { origin: a, destinations: [b, c] }),
      visit('v3', { origin: c, destinations: [a] }),
      visit('v4', { origin: d, destinations: [c] }),
    ],
    () => undefined,
  );

  test('keeps the routes with the most visits, then those between the busiest places', () => {
    const part = busiestPart(network, 2);
    expect(part.edges.map((e) => [e.from, e.to])).toEqual([
      ['甲市|江苏省', '乙市|江苏省'],
      ['丙市|江苏省', '甲市|江苏省'],
    ]);
    expect(part.nodes.map((n) => [n.name, n.out, n.in])).toEqual([
      ['丙市', 1, 2],
      ['乙市', 0, 2],
      ['甲市', 2, 1],
    ]);
  });

  test('a network within the limit is given back whole', () => {
    expect(busiestPart(network, 10)).toBe(network);
  });
});

describe('[network-layout] draws arrows', () => {
  test('bends left of the direction of travel and stops short of the dots', () => {
    expect(arcPath(0, 0, 100, 0, 5, 5)).toBe('M4.6 -1.9Q50 -20 95.4 -1.9');
  });
});
