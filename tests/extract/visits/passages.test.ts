import { describe, expect, test } from 'vitest';
import type { VisitDraft } from '../../../scripts/extract/visits/find-visits';
import { visitsIn } from './visit-lines';

/** The stops of a visit as `place@start`, `-` for a stop without a date of its own. */
const stopLines = (v: VisitDraft | undefined): string[] =>
  (v?.stops ?? []).map((s) => `${s.place.name}@${s.date?.start ?? '-'}`);

const dateOf = (v: VisitDraft | undefined) => ({ start: v?.date.start, end: v?.date.end });

describe('[passages] 第一站——A / 第二站——B: each stop its day, the trip their span', () => {
  const visit = visitsIn(
    [
      '由无锡市委书记黄钦带队的无锡市党政代表团前往南通、泰州进行交流学习。',
      '25日，无锡市党政代表团来到此行的第一站——南通。南通市委书记徐惠民陪同考察。',
      '26日，代表团来到此行的第二站——泰州。泰州市委书记史立军陪同考察。',
    ],
    { published: '2020-09' },
  )[0];

  test('stops', () => {
    expect(stopLines(visit)).toEqual(['南通市@2020-09-25', '泰州市@2020-09-26']);
  });
  test('date', () => {
    expect(dateOf(visit)).toEqual({ start: '2020-09-25', end: '2020-09-26' });
  });
  test('hosts of both stops', () => {
    expect(visit?.hosts.map((p) => p.name)).toEqual(['徐惠民', '史立军']);
  });
});

describe('[passages] a provincial trip: its stops are the cities reached', () => {
  test.each<[string, string, string[]]>([
    [
      '来到广州、深圳: both',
      '贵州省党政代表团赴广东、浙江学习考察。\n代表团先后来到广州、深圳，考察了南沙新区和深圳湾实验室。\n代表团来到浙江杭州，考察了之江实验室。',
      ['广州市', '深圳市', '杭州市'],
    ],
    [
      '在广州，代表团…: a stop too',
      '贵州省党政代表团赴广东、浙江学习考察。\n在广州，代表团考察了南沙新区。\n随后，代表团来到深圳，考察了深圳湾实验室。\n代表团来到浙江杭州，考察了之江实验室。',
      ['广州市', '深圳市', '杭州市'],
    ],
  ])('%s', (_label, text, destinations) => {
    const visit = visitsIn(text.split('\n'))[0];
    expect(visit?.destinations.map((d) => d.name)).toEqual(destinations);
  });
});

describe('[passages] a provincial trip whose stops follow each other in one paragraph', () => {
  const visit = visitsIn(
    [
      '11月10日至13日，青海省党政代表团赴江苏学习考察。',
      '在南京，代表团考察了紫金山实验室。12日，代表团来到苏州，走进苏州工业园区。13日，代表团前往无锡，考察了无锡高新区。',
    ],
    { published: '2025-11-15' },
  )[0];
  test('stops in order, each dated by its sentence', () => {
    expect(stopLines(visit)).toEqual(['南京市@-', '苏州市@2025-11-12', '无锡市@2025-11-13']);
  });
  test('each stop its sites', () => {
    expect(visit?.stops.map((s) => s.sites)).toEqual([
      ['紫金山实验室'],
      ['苏州工业园区'],
      ['无锡高新区'],
    ]);
  });
});

describe('[passages] the clue lists every destination: the route orders the stops', () => {
  test('在银川期间… 随后来到石嘴山: 银川 first though the clue names both', () => {
    const visit = visitsIn([
      '近日，旗委书记张三带领鄂托克旗党政代表团赴宁夏银川市、石嘴山市考察学习。',
      '在银川期间，代表团考察了宁东能源化工基地。随后，代表团来到石嘴山市，走进石嘴山高新技术产业开发区。',
    ])[0];
    expect(visit?.stops.map((s) => s.place.name)).toEqual(['银川市', '石嘴山市']);
  });
});

describe('[passages] a provincial trip: a district stands for its city, after any verb of arrival', () => {
  const visit = visitsIn([
    '6月11日至14日，州委书记张三率恩施州党政代表团赴山东、江苏两省考察学习。',
    '在山东期间，代表团先后来到济南市历城区、章丘区，考察了浪潮集团。山东省委常委、济南市委书记李四，济南市委副书记、市长王五会见代表团一行。',
    '在江苏期间，代表团走进苏州工业园区，考察了苏州纳米城。苏州市委副书记、市长赵六陪同考察。',
  ])[0];
  test('destinations: the cities, in order', () => {
    expect(visit?.destinations.map((d) => d.name)).toEqual(['济南市', '苏州市']);
  });
  test('在江苏，代表团考察了苏州工业园区和无锡高新区: the cities its sites name', () => {
    const trip = visitsIn([
      '5月20日至23日，省委书记张三率青海省党政代表团赴江苏、浙江学习考察。',
      '在江苏，代表团考察了苏州工业园区和无锡高新区。江苏省委书记李四会见代表团。',
      '在浙江，代表团考察了杭州城西科创大走廊。',
    ])[0];
    expect(trip?.destinations.map((d) => d.name)).toEqual(['苏州市', '无锡市', '杭州市']);
    expect(trip?.hosts.map((p) => p.name)).toEqual(['李四']);
  });
  test('先后到 A市X区、Y区和B市Z区: each city once, in order', () => {
    const trip = visitsIn([
      '3月12日至15日，市委书记张三率南宁市党政代表团赴广东省学习考察。',
      '在广东期间，代表团先后到深圳市南山区、宝安区和广州市黄埔区，考察了广州科学城。',
    ])[0];
    expect(trip?.destinations.map((d) => d.name)).toEqual(['深圳市', '广州市']);
  });
  test('hosts: the cities’ officials', () => {
    expect(visit?.hosts.map((p) => p.name)).toEqual(['李四', '王五', '赵六']);
  });
});

describe('[passages] 赴A、B in a later paragraph restates the trip: no arrival', () => {
  test('the paragraphs after it stay with the stop they are about', () => {
    const visit = visitsIn([
      '上周，市委书记张三率昆山市党政代表团赴广东深圳、东莞考察对接。',
      '在深圳，代表团考察了华润集团。',
      '据报道，张三率队赴深圳、东莞考察对接期间，推介了投资环境。',
      '代表团还考察了顺丰集团。',
    ])[0];
    expect(visit?.stops.map((s) => [s.place.name, s.sites])).toEqual([
      ['深圳市', ['华润集团', '顺丰集团']],
      ['东莞市', []],
    ]);
  });
});

describe('[passages] 代表团赴X in a later paragraph: the route reaches X there', () => {
  const visit = visitsIn([
    '5月13日至17日，市委书记张三率钦州市党政代表团赴浙江宁波和新加坡考察招商。',
    '在宁波，代表团考察了吉利汽车研究院。',
    '15日至17日，代表团赴新加坡，先后拜访了新加坡港务集团，考察了裕廊工业区。',
  ])[0];
  test('each stop its own sites', () => {
    expect(visit?.stops.map((s) => [s.place.name, s.sites])).toEqual([
      ['宁波市', ['吉利汽车研究院']],
      ['新加坡', ['新加坡港务集团', '裕廊工业区']],
    ]);
  });
});
