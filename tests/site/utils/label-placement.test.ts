import { describe, expect, test } from 'vitest';
import { createChinaMap } from '../../../src/utils/china-map';
import { type Box, boxesOverlap, dotBox, placeLabels } from '../../../src/utils/label-placement';
import type { Network } from '../../../src/utils/network';
import { layoutForce } from '../../../src/utils/network-force';
import { layoutNetwork, type NetworkLayout } from '../../../src/utils/network-layout';
import { routeHref, routeId } from '../../../src/utils/route-links';

/** A crowded network: 60 places in the Yangtze delta (a fixed pseudo-random scatter), 90 routes. */
function deltaNetwork(): Network {
  let seed = 7;
  const next = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  const names = ['昆山市', '江阴', '无锡市', '张家港市', '太仓', '常熟市', '吴江区', '南通市'];
  const nodes = Array.from({ length: 60 }, (_, i) => ({
    key: `p${i}`,
    name: `${names[i % names.length]}${i}`,
    province: '江苏省',
    url: `/places/p${i}/`,
    lon: 119 + next() * 3,
    lat: 30 + next() * 3,
    out: 0,
    in: 0,
  }));
  const edges = Array.from({ length: 90 }, (_, i) => ({
    from: `p${i % 60}`,
    to: `p${(i * 7 + 3) % 60}`,
    visits: [`v${i}`],
    mentionedOnly: false,
  })).filter((e) => e.from !== e.to);
  for (const e of edges) {
    const from = nodes.find((n) => n.key === e.from);
    const to = nodes.find((n) => n.key === e.to);
    if (from) from.out += 1;
    if (to) to.in += 1;
  }
  return { nodes, edges };
}

/** Every label's box, and the pairs of boxes (label–label, label–dot) that overlap. */
function collisions(layout: NetworkLayout): string[] {
  const labels = layout.nodes.flatMap((n) => (n.label ? [[n.key, n.label.box] as const] : []));
  const dots = layout.nodes.map((n) => [n.key, dotBox(n)] as const);
  const found: string[] = [];
  labels.forEach(([a, box], i) => {
    for (const [b, other] of labels.slice(i + 1))
      if (boxesOverlap(box, other)) found.push(`label ${a} × label ${b}`);
    for (const [b, dot] of dots) if (boxesOverlap(box, dot)) found.push(`label ${a} × dot ${b}`);
  });
  return found;
}
const inFrame = (b: Box, l: NetworkLayout) =>
  b[0] >= 0 && b[1] >= 0 && b[2] <= l.width && b[3] <= l.height;

describe('[label-placement] labels never overlap', () => {
  test('two dots side by side: the second label goes to the other side', () => {
    const labels = placeLabels(
      [
        { key: 'a', name: '昆山', x: 100, y: 100, r: 4, weight: 2 },
        { key: 'b', name: '太仓', x: 130, y: 100, r: 4, weight: 1 },
      ],
      12,
      [0, 0, 400, 300],
    );
    expect(labels.get('a')?.anchor).toBe('end');
    expect(labels.get('b')?.anchor).toBe('start');
  });

  test.each([
    ['the China map', createChinaMap(800, 600), 12],
    [
      'a detail map of the delta',
      createChinaMap(800, 600, [
        [118.5, 29.5],
        [122.5, 33.5],
      ]),
      14,
    ],
  ])('on %s, a crowded delta: no label box overlaps another label or a dot', (_, map, size) => {
    const layout = layoutNetwork(deltaNetwork(), map.project, size);
    expect(layout.nodes).toHaveLength(60);
    expect(layout.nodes.some((n) => n.label)).toBe(true);
    expect(collisions(layout)).toEqual([]);
    for (const n of layout.nodes) if (n.label) expect(inFrame(n.label.box, layout)).toBe(true);
  });

  test('the force-laid network: no overlap, inside the frame, the same every time', () => {
    const layout = layoutForce(deltaNetwork(), 800, 600);
    expect(collisions(layout)).toEqual([]);
    for (const n of layout.nodes) {
      expect(n.x >= 0 && n.x <= 800 && n.y >= 0 && n.y <= 600).toBe(true);
      if (n.label) expect(inFrame(n.label.box, layout)).toBe(true);
    }
    expect(layout.nodes.filter((n) => n.label).length).toBeGreaterThan(30);
    expect(layoutForce(deltaNetwork(), 800, 600)).toEqual(layout);
  });
});

describe('[route-links] where an arrow leads', () => {
  const edge = { from: 'wuxi', to: 'nantong', visits: ['a'], mentionedOnly: false };
  test.each([
    ['one trip: its page', edge, '/visits/a/'],
    ['several: the route’s row', { ...edge, visits: ['a', 'b'] }, '/network/#route-wuxi--nantong'],
  ])('%s', (_, e, href) => {
    expect(routeHref(e, (id) => `/visits/${id}/`)).toBe(href);
  });
  test('a key that is not a slug becomes an ASCII id', () => {
    expect(routeId('泰州市|江苏省', 'wuxi')).toMatch(/^route-x[a-z0-9]+--wuxi$/);
  });
});
