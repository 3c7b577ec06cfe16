import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../scripts/lib/extract-article';

const visitsOf = (paragraphs: string[], title: string | null, outlet: string | null = null) =>
  extractArticle('test', paragraphs, '2024-03-02', { outlet, byline: null, title }).visits.map(
    (v) => ({
      origin: v.origin.name,
      destinations: v.destinations.map((d) => d.name),
      leaders: v.leaders.map((p) => p.name),
      hosts: v.hosts.map((p) => `${p.name}:${p.title}`),
      mentionedOnly: v.mentionedOnly,
    }),
  );

describe('[find-trips] a host’s report that names its officials first (区委书记X会见了Y市党政代表团一行)', () => {
  const body = [
    '3月1日，区委书记黄强会见了赣州市党政代表团一行。赣州市委书记林海率队，市长刘建平参加。',
    '座谈会上，黄强介绍了南山区经济社会发展情况。林海感谢南山区给予的热情接待。',
    '会后，双方签署了战略合作框架协议。',
  ];

  test('来我区 only in the title: the trip to the district the text names, its officials hosting', () => {
    expect(visitsOf(body, '赣州市党政代表团来我区考察')).toEqual([
      {
        origin: '赣州市',
        destinations: ['南山区'],
        leaders: ['林海', '刘建平'],
        hosts: ['黄强:南山区委书记'],
        mentionedOnly: false,
      },
    ]);
  });

  test('a neutral outlet: the host is the place of the official who meets them', () => {
    const visits = visitsOf(
      [
        '3月1日，深圳市委书记王伟中会见了赣州市党政代表团一行。赣州市委书记林海率队。',
        '座谈会上，双方签署了战略合作框架协议。',
      ],
      null,
    );
    expect(visits.map((v) => [v.origin, v.destinations, v.leaders])).toEqual([
      ['赣州市', ['深圳市'], ['林海']],
    ]);
  });

  test('会见 of a delegation with no place named is no trip of its own', () => {
    expect(visitsOf(['3月1日，深圳市委书记王伟中会见了代表团一行。'], null)).toEqual([]);
  });
});

describe('[find-trips] 会见了X市委书记Y一行: the guest named with a place leads that place’s delegation', () => {
  const body = [
    '4月9日，市委书记张明会见了湖北省黄冈市委书记李华一行。市长王强参加会见。',
    '李华表示，将认真学习绍兴在纺织产业转型升级方面的经验。',
  ];

  test('in the host’s report (来我市 in the title) the host’s mayor who 参加会见 hosts, not travels', () => {
    expect(visitsOf(body, '黄冈市党政代表团来我市考察', '绍兴日报')).toEqual([
      {
        origin: '黄冈市',
        destinations: ['绍兴市'],
        leaders: ['李华'],
        hosts: ['张明:绍兴市委书记', '王强:绍兴市市长'],
        mentionedOnly: false,
      },
    ]);
  });

  test('a guest without 一行 after the name is no delegation', () => {
    expect(
      visitsOf(['4月9日，绍兴市委书记张明会见了黄冈市委书记李华，双方就合作进行了交流。'], null),
    ).toEqual([]);
  });

  test('a long title before the guest’s name (贵州省铜仁市委副书记、市长陈某率领的…代表团一行)', () => {
    const visits = visitsOf(
      ['11月5日，市委书记何某会见了贵州省铜仁市委副书记、市长陈某率领的铜仁市党政代表团一行。'],
      '铜仁市党政代表团来我市考察',
      '苏州日报',
    );
    expect(visits.map((v) => [v.origin, v.destinations, v.leaders, v.hosts])).toEqual([
      ['铜仁市', ['苏州市'], ['陈某'], ['何某:苏州市委书记']],
    ]);
  });
});

describe('[find-trips] 莅临我市考察: a host report like 来我市', () => {
  test('the trip to the host city, its bare-titled official hosting', () => {
    const visits = visitsOf(
      [
        '6月3日，陕西省安康市委书记郭某率安康市党政代表团莅临我市考察。市委书记许某陪同考察。',
        '代表团一行考察了常州高新区。',
      ],
      null,
    );
    expect(visits.map((v) => [v.origin, v.destinations, v.leaders, v.hosts])).toEqual([
      ['安康市', ['常州市'], ['郭某'], ['许某:常州市委书记']],
    ]);
  });
});
