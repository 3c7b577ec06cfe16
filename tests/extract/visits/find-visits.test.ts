import { describe, expect, test } from 'vitest';
import type { VisitDraft } from '../../../scripts/extract/visits/find-visits';
import { tripLines, visitsIn } from './visit-lines';

/** The stops of a visit as `place@start`, `-` for a stop without a date of its own. */
const stopLines = (v: VisitDraft | undefined): string[] =>
  (v?.stops ?? []).map((s) => `${s.place.name}@${s.date?.start ?? '-'}`);

const dateOf = (v: VisitDraft | undefined) => ({ start: v?.date.start, end: v?.date.end });

describe('[find-visits] the date the clue gives spans the whole trip', () => {
  test('5月20日至24日 stays, though the last stops are dated 23日 and 24日', () => {
    const visit = visitsIn(
      [
        '5月20日至24日，贵州省党政代表团赴广东、浙江学习考察。',
        '代表团来到广州，考察了南沙新区。',
        '23日，代表团来到浙江杭州，考察了之江实验室。',
        '24日，代表团前往宁波，考察了吉利汽车研究院。',
      ],
      { published: '2024-05-25' },
    )[0];
    expect(dateOf(visit)).toEqual({ start: '2024-05-20', end: '2024-05-24' });
    expect(stopLines(visit)).toEqual(['广州市@-', '杭州市@2024-05-23', '宁波市@2024-05-24']);
  });

  test('3月5日至7日 with 7日 at the second stop', () => {
    const visit = visitsIn(
      [
        '3月5日至7日，赣州市党政代表团赴福建厦门、泉州考察学习。',
        '在厦门，代表团考察了厦门自贸片区。',
        '7日，代表团来到泉州，考察了泉州台商投资区。',
      ],
      { published: '2024-03-08' },
    )[0];
    expect(dateOf(visit)).toEqual({ start: '2024-03-05', end: '2024-03-07' });
    expect(stopLines(visit)).toEqual(['厦门市@-', '泉州市@2024-03-07']);
  });
});

describe('[find-visits] a trip mentioned in passing gets no officials of another trip', () => {
  test('通州区 officials hosting 香河 today did not lead last year’s 通州 trip', () => {
    const text = [
      '4月11日，县委书记张立新，县长刘宏伟率香河县党政代表团赴北京市通州区考察学习。通州区委书记孟庆华陪同考察。',
      '张立新表示，去年11月，通州区党政代表团曾来香河考察。',
    ];
    const passing = visitsIn(text).find((v) => v.mentionedOnly);
    expect(passing?.origin.name).toBe('通州区');
    expect(passing?.leaders.map((p) => p.name)).toEqual([]);
    expect(passing?.hosts.map((p) => p.name)).toEqual([]);
  });
});

describe('[find-visits] one city, two groups: each led by its own, the bare title its paper’s city', () => {
  const visits = visitsIn(
    [
      '9月上旬，我市组织两路党政代表团分赴浙江、广东考察学习。',
      '9月2日至4日，市委书记张三率甲市党政代表团赴浙江杭州考察。在杭州，代表团考察了之江实验室。',
      '9月3日至5日，市委副书记、市长李四率另一路代表团赴广东深圳考察。',
    ].map((p) => p.replaceAll('甲市', '宜宾市')),
    { outlet: '宜宾日报', published: '2024-09-10' },
  );
  test('two visits from the same city', () => {
    expect(
      visits.map(
        (v) =>
          `${v.origin.name} → ${v.destinations.map((d) => d.name)} · ${v.leaders.map((l) => l.title + l.name)}`,
      ),
    ).toEqual(['宜宾市 → 杭州市 · 宜宾市委书记张三', '宜宾市 → 深圳市 · 宜宾市委副书记、市长李四']);
  });
  test('在杭州，代表团…: a comma ends the place, 杭州 sends no delegation', () => {
    expect(visits.some((v) => v.origin.name === '杭州市')).toBe(false);
  });
});

describe('[find-visits] the delegation moves on to a place its clue did not name', () => {
  test('代表团其后转赴澳门 adds 澳门 after 香港', () => {
    const text = [
      '厦门市委书记陈志强率领的厦门市党政代表团昨日抵港，展开访问行程。',
      '代表团在港期间出席经贸合作交流会。',
      '代表团其后转赴澳门，参观了澳门科技大学。',
    ].join('\n');
    expect(tripLines(text)).toEqual(['厦门市 → 香港特别行政区、澳门特别行政区 · 陈志强']);
  });

  test('a place within a destination is no further destination', () => {
    const text = [
      '5月6日，市委书记张三率无锡市党政代表团赴深圳考察。',
      '随后，代表团前往南山区，考察了深圳湾实验室。',
    ].join('\n');
    expect(tripLines(text)).toEqual(['无锡市 → 深圳市 · 张三']);
  });
});

describe('[find-visits] a township delegation to two towns', () => {
  const visit = visitsIn([
    '3月2日至3日，镇党委书记张三、镇长李四带领德清县莫干山镇党政代表团赴江苏省昆山市周庄镇、锦溪镇考察学习。',
    '在周庄镇，代表团察看了古镇保护项目，周庄镇党委书记王五陪同考察。在锦溪镇，代表团走访了古窑文化园，锦溪镇镇长赵六陪同考察。',
    '镇领导钱七、孙八参加考察。',
  ])[0];
  test('both towns, their hosts, the town’s members', () => {
    expect(visit?.origin.name).toBe('莫干山镇');
    expect(visit?.destinations.map((d) => d.name)).toEqual(['周庄镇', '锦溪镇']);
    expect(visit?.leaders.map((p) => p.name)).toEqual(['张三', '李四']);
    expect(visit?.hosts.map((p) => p.name)).toEqual(['王五', '赵六']);
    expect(visit?.members.map((p) => p.name)).toEqual(['钱七', '孙八']);
  });
});

describe('[find-visits] members named with 分别参加 after two groups of one origin', () => {
  const visits = visitsIn(
    [
      '9月16日至18日，市委书记张三率宜宾市党政代表团赴浙江杭州考察学习。杭州市长李四会见代表团一行。',
      '9月17日至19日，市委副书记、市长王五率另一路代表团赴广东深圳考察学习。深圳市副市长赵六陪同考察。',
      '市领导钱七、孙八分别参加考察。',
    ],
    { outlet: '宜宾日报' },
  );
  test('go with each group', () => {
    expect(visits.map((v) => v.members.map((p) => p.name))).toEqual([
      ['钱七', '孙八'],
      ['钱七', '孙八'],
    ]);
  });
  test('without 分别 they stay with the group whose paragraphs name them', () => {
    const [first] = visitsIn(
      [
        '9月16日至18日，市委书记张三率宜宾市党政代表团赴浙江杭州考察学习。杭州市长李四会见代表团一行。',
        '9月17日至19日，市委副书记、市长王五率另一路代表团赴广东深圳考察学习。深圳市副市长赵六陪同考察。',
        '市领导钱七、孙八参加考察。',
      ],
      { outlet: '宜宾日报' },
    );
    expect(first?.members.map((p) => p.name)).toEqual([]);
  });
});

describe('[find-visits] a town title without a name takes the town of its sentence', () => {
  const visit = visitsIn([
    '3月27日，镇党委书记张三、镇长李四带领德清县莫干山镇党政代表团赴桐乡市乌镇、濮院镇考察学习。',
    '在乌镇，代表团参观了乌镇互联网国际会展中心，镇党委书记王五陪同考察。在濮院镇，代表团走访了时尚产业园，镇长赵六介绍了情况。',
    '镇领导钱七参加考察。',
  ])[0];
  test('hosts of each town, members of the origin town', () => {
    expect(visit?.destinations.map((d) => d.name)).toEqual(['乌镇', '濮院镇']);
    expect(visit?.hosts).toEqual([
      { name: '王五', title: '乌镇党委书记', place: '乌镇' },
      { name: '赵六', title: '濮院镇镇长', place: '濮院镇' },
    ]);
    expect(visit?.members).toEqual([{ name: '钱七', title: '莫干山镇领导', place: '莫干山镇' }]);
  });
});
