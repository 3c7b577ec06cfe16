/**
 * Whole visits of short invented articles, as a reader of them would list them: how many trips,
 * from where to where, led by whom, when, and whether the article only mentions them.
 */
import { describe, expect, test } from 'vitest';
import { processSeed } from '../../../scripts/lib/process-seed';
import { visitLine, visitLinesOf, visitsOfArticle } from './article-visits';

describe('[visits] several delegations in one article', () => {
  test.each([
    {
      what: 'A、B党政代表团先后来我市: a roundup of two delegations, each told on its own day',
      text: [
        '两地党政代表团来我市考察',
        '',
        '近日，安徽省六安市霍山县、江西省吉安市永丰县党政代表团先后来我市，围绕茶产业和乡村旅游开展考察交流。',
        '5月8日，霍山县委书记王立军率霍山县党政代表团来我市考察。市委书记周海明陪同。',
        '5月20日，永丰县委副书记、县长李春华带领永丰县党政代表团到我市考察。副市长陈晓燕陪同。',
      ].join('\n'),
      meta: 'outlet: 黄山日报\npublished: 2024-05-28\n',
      visits: ['霍山县→黄山市 [王立军] 2024-05-08', '永丰县→黄山市 [李春华] 2024-05-20'],
    },
    {
      what: 'the same roundup in traditional characters, the outlet written so in meta.yaml',
      text: [
        '兩地黨政代表團來我市考察',
        '',
        '近日，安徽省六安市霍山縣、江西省吉安市永豐縣黨(dǎng)政代表團先後來我市，圍繞茶產業開展考察交流。',
        '5月8日，霍山縣委書記王立軍率霍山縣黨政代表團來我市考察。市委書記周海明陪同。',
        '5月20日，永豐縣委副書記、縣長李春華帶領永豐縣黨政代表團到我市考察。副市長陳曉燕陪同。',
      ].join('\n'),
      meta: 'outlet: 黃山日報\npublished: 2024-05-28\n',
      visits: ['霍山县→黄山市 [王立军] 2024-05-08', '永丰县→黄山市 [李春华] 2024-05-20'],
    },
    {
      what: '分两组：第一组由A带队赴甲市，第二组由B带队赴乙市: groups of one delegation inside the city it went to',
      text: [
        '滑县党政代表团赴苏州学习考察',
        '',
        '6月3日至4日，滑县党政代表团赴江苏省苏州市学习考察开放型经济发展经验。此次考察分两组进行：第一组由县委书记张建国带队，赴昆山市重点学习电子信息产业；第二组由县委副书记、县长刘明远带队，赴张家港市重点学习港口物流。',
        '在昆山，考察组走进昆山开发区规划展示馆。在张家港，考察组来到张家港保税港区。',
      ].join('\n'),
      meta: 'outlet: 滑县融媒体中心\npublished: 2024-06-06\n',
      visits: ['滑县→昆山市、张家港市 [张建国、刘明远] 2024-06-03'],
    },
    {
      what: 'a province trip’s cities: a county-level city inside a city reached is part of that stop',
      text: [
        '深化东西部协作',
        '甘肃党政代表团赴江苏学习考察',
        '本报南京6月9日电　6月6日至9日，省委书记王立新率甘肃党政代表团赴江苏省南京市、苏州市学习考察。',
        '6日至7日，代表团在南京市考察了江北新区研创园。',
        '8日，代表团来到苏州市，深入昆山市的电子信息企业和周庄古镇，了解民营经济发展情况。',
      ].join('\n'),
      meta: 'outlet: 甘肃日报\npublished: 2024-06-10\n',
      visits: ['甘肃省→南京市、苏州市 [王立新] 2024-06-06'],
    },
    {
      what: 'a roundup’s lead names the delegations by their provinces, the text by their counties: one trip each',
      text: [
        '本月我市接待两批考察团',
        '江城新闻网 2024-05-30 17:45 作者：江城市融媒体中心 李文',
        '本网讯 进入5月，我市先后接待了安徽、江西两地的党政考察团，围绕茶产业开展交流。',
        '5月8日，安徽省六安市霍山县党政代表团在县委书记王立军带领下来到我市。市委书记周海明会见了代表团一行。',
        '5月中旬，江西省吉安市永丰县党政考察团一行到访我市。考察团由永丰县委副书记、县长李春华带队。',
      ].join('\n'),
      meta: 'outlet: 宁波日报\n',
      visits: ['霍山县→宁波市 [王立军] 2024-05-08', '永丰县→宁波市 [李春华] 2024-05'],
    },
  ])('$what', ({ text, meta, visits }) => {
    expect(visitsOfArticle(text, meta).map(visitLine)).toEqual(visits);
  });
});

describe('[visits] a trip named in an article about something else', () => {
  test.each([
    {
      what: 'a project signed in August, the fruit of a trip in June (我县今年6月赴…): mentioned only',
      text: [
        '新材料产业园项目签约落户宁都',
        '',
        '8月28日上午，常州新材料产业园项目签约仪式在宁都县举行。县委书记林志强，县委副书记、县长赖文斌出席签约仪式。',
        '该项目总投资8亿元，全面达产后预计年产值可达15亿元。',
        '据了解，这一项目是我县今年6月赴江苏常州开展招商考察的重要成果。当时，林志强率县党政代表团走访常州多家新材料企业，双方一拍即合。',
        '县领导钟丽华参加签约仪式。',
      ].join('\n'),
      meta: 'outlet: 宁都县融媒体中心\npublished: 2024-08-30\n',
      visits: ['宁都县→常州市 [林志强] 2024-06 (passing)'],
    },
    {
      what: 'the same trip as the article’s lead: reported, not mentioned',
      text: [
        '我县党政代表团赴常州考察',
        '',
        '6月12日至13日，县委书记林志强率县党政代表团赴江苏常州开展招商考察，走访常州多家新材料企业。',
        '8月，双方将在宁都举行项目签约仪式。',
      ].join('\n'),
      meta: 'outlet: 宁都县融媒体中心\npublished: 2024-06-15\n',
      visits: ['宁都县→常州市 [林志强] 2024-06-12'],
    },
    {
      what: 'a meeting’s speaker recalls a trip of 县党政代表团 last month (the level alone is the paper’s county): mentioned only',
      text: [
        '全县茶产业发展推进会召开',
        '5月10日，全县茶产业发展推进会召开。县委书记林志强出席会议并讲话。',
        '林志强强调，上月县党政代表团赴福建安溪、武夷山考察时看到，当地依托品牌集群做强了产业，我县要学习借鉴。',
      ].join('\n'),
      meta: 'outlet: 宁都县融媒体中心\npublished: 2024-05-11\n',
      visits: ['宁都县→安溪县、武夷山市 [] 2024-04 (passing)'],
    },
    {
      what: 'a level alone that is not the paper’s (市党政代表团 in a county’s paper) is no trip of the county',
      text: [
        '全县茶产业发展推进会召开',
        '5月10日，全县茶产业发展推进会召开。县委书记林志强出席会议并讲话。',
        '林志强强调，上月市党政代表团赴福建安溪考察时看到，当地依托品牌集群做强了产业。',
      ].join('\n'),
      meta: 'outlet: 宁都县融媒体中心\npublished: 2024-05-11\n',
      visits: [],
    },
    {
      what: 'an investment fair at the destination the day after the delegation toured it: the trip is reported',
      text: [
        '孝感（深圳）产业合作推介会举行',
        '6月20日，孝感（深圳）产业合作推介会在深圳南山举行，现场签约项目12个。孝感市委书记林某国在推介会上致辞。',
        '推介会前一日（19日），林某国率孝感市党政代表团走访深圳，先后到深圳湾科技生态园和前海深港现代服务业合作区考察。',
      ].join('\n'),
      meta: 'outlet: 孝感日报\npublished: 2024-06-21\n',
      visits: ['孝感市→深圳市 [林某国] 2024-06-19'],
    },
  ])('$what', ({ text, meta, visits }) => {
    expect(visitsOfArticle(text, meta).map(visitLine)).toEqual(visits);
  });
});

describe('[visits] abroad', () => {
  test.each([
    {
      what: '应X市邀请…访问X市: an invitation accepted is a trip, to the city written after its country',
      text: [
        '烟台市代表团访问韩国昌原市',
        '',
        '应韩国昌原市邀请，市委副书记、市长王建设率烟台市代表团于9月3日至5日访问昌原市，出席两市结好20周年纪念活动。',
        '王建设诚挚邀请昌原市市长明年率团访问烟台。',
      ].join('\n'),
      meta: 'published: 2024-09-08\n',
      visits: ['烟台市→昌原市 [王建设] 2024-09-03'],
    },
  ])('$what', ({ text, meta, visits }) => {
    expect(visitsOfArticle(text, meta).map(visitLine)).toEqual(visits);
  });
});

describe('[visits] a trip’s sites', () => {
  test('在X，… of a site seen before (X is its owner) adds no site', () => {
    const [v] = visitsOfArticle(
      [
        '淄博市党政代表团赴青岛考察',
        '',
        '5月9日，市委书记马晓磊率淄博市党政代表团赴青岛市学习考察。代表团走进海尔集团全球研发中心和青岛国际院士港。在海尔集团，企业副总裁介绍了互联工厂的建设历程。',
      ].join('\n'),
      'published: 2024-05-11\n',
    );
    expect(v?.sites).toEqual(['海尔集团全球研发中心', '青岛国际院士港']);
  });

  test('在X，大家听取了…: a sentence set at a site goes on with the trip, and the site is its', () => {
    const [v] = visitsOfArticle(
      [
        '淄博市党政代表团赴青岛考察',
        '',
        '5月9日，市委书记马晓磊率淄博市党政代表团赴青岛市学习考察。代表团走进海尔集团全球研发中心。在青岛国际院士港，大家听取了园区规划建设情况介绍。',
      ].join('\n'),
      'published: 2024-05-11\n',
    );
    expect(v?.sites).toEqual(['海尔集团全球研发中心', '青岛国际院士港']);
  });
});

describe('[visits] leaders named before the host who meets them', () => {
  test('A，B带队，C会见了代表团一行: A and B lead, C receives', () => {
    const [v] = visitsOfArticle(
      [
        '6月10日至12日，云南省昭通市彝良县党政代表团一行来我县考察。彝良县委书记杨某春，县委副书记、县长哈文静带队，宁波市委常委王某明会见了代表团一行。',
      ].join('\n'),
      'outlet: 象山县融媒体中心\npublished: 2024-06-14\n',
    );
    expect(v && visitLine(v)).toBe('彝良县→象山县 [杨某春、哈文静] 2024-06-10');
    expect(v?.hosts.map((h) => h.name)).toEqual(['王某明']);
  });
});

describe('[visits] a trip’s dates', () => {
  // Two delegations told side by side in a January report: the 5th is the first's, not the second's.
  const roundup = [
    '两地党政代表团外出学习考察',
    '1月5日至9日，临江市委书记王立群率临江市党政代表团赴东台学习考察。',
    '11月中旬，合山市党政代表团到如皋学习考察，合山市委书记赵建华带队。',
    '5日上午，代表团一行抵达东台，实地考察了东台高新区。',
  ].join('\n');
  const visits = visitsOfArticle(roundup, 'published: 2022-01-12\n');

  test('no trip ends before it starts', () => {
    expect(visits).toHaveLength(2);
    for (const v of visits) {
      const end = v.date.end ?? v.date.start ?? '';
      expect(end.slice(0, 7) >= (v.date.start ?? '').slice(0, 7), v.date.text).toBe(true);
    }
  });

  test('a day of another month is not the trip’s: 11月中旬 stays the date of the trip told in November', () => {
    const hs = visits.find((v) => v.origin.name === '合山市');
    expect(hs?.date).toMatchObject({ start: '2021-11', text: '11月中旬' });
    const lj = visits.find((v) => v.origin.name === '临江市');
    expect(lj?.date).toMatchObject({ start: '2022-01-05', end: '2022-01-09' });
  });

  test('此行的第一站——X (a dash the tokenizer cuts in two): the stop is X, on the day written', () => {
    const [v] = visitsOfArticle(
      [
        '临江党政代表团赴东台、如皋学习考察',
        '刚刚过去的一周，由临江市委书记王立群带队的临江市党政代表团前往东台、如皋进行交流学习。',
        '19日，代表团来到此行的第一站——东台。东台市委书记孙海涛陪同考察。',
        '20日，代表团来到此行的第二站——如皋。',
      ].join('\n'),
      'published: 2023-03-21\n',
    );
    expect(v?.date).toMatchObject({ start: '2023-03-19', end: '2023-03-20' });
    expect(v?.stops.map((s) => [s.place.name, s.date?.start])).toEqual([
      ['东台市', '2023-03-19'],
      ['如皋市', '2023-03-20'],
    ]);
  });

  test('a stop dated a day after the month the article states goes on the trip', () => {
    const [v] = visitsOfArticle(
      [
        '临江党政代表团赴东台学习考察',
        '3月下旬，临江市委书记王立群率临江市党政代表团赴东台、如皋学习考察。',
        '28日，代表团来到东台，实地考察了东台高新区。',
        '29日，代表团来到如皋，实地考察了如皋港。',
      ].join('\n'),
      'published: 2022-04-02\n',
    );
    expect(v?.date).toMatchObject({ start: '2022-03-28', end: '2022-03-29' });
  });
});

describe('[visits] a clause without its delegation, in an article of two', () => {
  test('走进B, where B is the other delegation’s destination, goes on with that trip', () => {
    const visits = visitLinesOf(
      [
        '临江党政代表团赴东台学习考察',
        '3月11日至13日，临江市委书记王立群率临江市党政代表团赴东台学习考察。',
        '12月上旬，广西合山党政代表团到如皋学习考察，合山市委书记赵建华带队。',
        '走进东台，一个个新兴产业项目加速落地，发展势头强劲。',
      ],
      '2024-03-16',
    );
    expect(visits).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^临江市→东台市 \[王立群\]/u),
        expect.stringMatching(/^合山市→如皋市 \[赵建华\]/u),
      ]),
    );
    expect(visits).toHaveLength(2);
  });

  test('a place of neither trip continues the trip in focus', () => {
    const visits = visitLinesOf(
      [
        '临江党政代表团赴东台学习考察',
        '3月11日至13日，临江市委书记王立群率临江市党政代表团赴东台学习考察。',
        '12日，代表团又来到如皋，考察了如皋港。',
      ],
      '2024-03-16',
    );
    expect(visits).toEqual([expect.stringMatching(/^临江市→东台市、如皋市 \[王立群\]/u)]);
  });
});

describe('[visits] a province gone to, beside other places', () => {
  test('奔赴广东、云南两地 … 抵达肇庆 … 抵达昆明: the province is the cities reached in it', () => {
    const visits = visitLinesOf(
      [
        '梅州党政代表团赴外地学习考察',
        '5月10日至12日，由梅州市委书记陈立新率领的梅州市党政代表团，先后奔赴广东、云南两地学习考察。',
        '10日上午，代表团一行抵达肇庆。肇庆市委书记郭建华陪同考察。',
        '11日上午，代表团一行抵达昆明，考察了昆明经济技术开发区。',
      ],
      '2024-05-15',
    );
    expect(visits).toEqual([
      expect.stringMatching(/^梅州市→(肇庆市、昆明市|昆明市、肇庆市) \[陈立新\]/u),
    ]);
  });

  // 奔赴四川、河南两地: a district reached alone is the stop as written; one of a city the sentence
  // names (抵达自贡市，随后走进大安区; 济南市历城区) is a part of that city's stop.
  test.each([
    ['抵达大安区', '8日，代表团一行抵达大安区，考察了当地盐业历史文化街区。', '大安区'],
    [
      '抵达自贡市，走进大安区',
      '8日，代表团一行抵达自贡市，随后走进大安区，考察了盐业历史文化街区。',
      '自贡市',
    ],
    ['来到自贡市大安区', '8日，代表团来到自贡市大安区，考察了盐业历史文化街区。', '自贡市'],
  ])('奔赴四川、河南两地 … %s: the first stop is %s', (_, stop, expected) => {
    const visits = visitLinesOf(
      [
        '临江党政代表团赴川豫学习考察',
        '4月8日至11日，临江市委书记王立群率临江市党政代表团先后奔赴四川、河南两地学习考察。',
        stop,
        '10日，代表团来到郑州市，考察了郑州航空港经济综合实验区。',
      ],
      '2024-04-15',
    );
    expect(visits).toEqual([
      expect.stringMatching(new RegExp(`^临江市→${expected}、郑州市 \\[王立群\\]`, 'u')),
    ]);
  });

  test('赴浙江、苏州 … 来到杭州: 浙江 is 杭州, 苏州 stays', () => {
    const visits = visitLinesOf(
      [
        '临江党政代表团赴浙江、苏州学习考察',
        '6月3日至5日，临江市委书记王立群率临江市党政代表团赴浙江、苏州学习考察。',
        '3日，代表团来到杭州，考察了杭州未来科技城。',
        '5日，代表团来到苏州，考察了苏州工业园区。',
      ],
      '2024-06-08',
    );
    expect(visits).toEqual([expect.stringMatching(/^临江市→杭州市、苏州市 \[王立群\]/u)]);
  });

  test('a province whose cities the text never reaches stays the destination', () => {
    const visits = visitLinesOf(
      [
        '临江党政代表团赴浙江、苏州学习考察',
        '6月3日至5日，临江市委书记王立群率临江市党政代表团赴浙江、苏州学习考察。',
        '5日，代表团来到苏州，考察了苏州工业园区。',
      ],
      '2024-06-08',
    );
    expect(visits).toEqual([expect.stringMatching(/^临江市→浙江省、苏州市 \[王立群\]/u)]);
  });
});

describe('[visits] a trip within the delegation’s own province', () => {
  test('奔赴甘肃两地 of 白银市: the places reached in 甘肃 are the destinations', () => {
    const visits = visitLinesOf(
      [
        '白银党政代表团赴省内学习考察',
        '5月8日至10日，由白银市委书记何立新率领的白银市党政代表团，先后奔赴甘肃两地学习考察。',
        '8日，代表团来到兰州，考察了兰州新区。',
        '10日，代表团来到定西，考察了定西马铃薯产业园。',
      ],
      '2024-05-12',
    );
    expect(visits).toEqual([expect.stringMatching(/^白银市→兰州市、定西市 \[何立新\]/u)]);
  });

  test('the own province alone, no place of it reached: no destination is made up, and the report says a visit went unrecognised', () => {
    const text = [
      '白银党政代表团赴省内学习考察',
      '5月8日至10日，由白银市委书记何立新率领的白银市党政代表团，先后奔赴甘肃两地学习考察。',
      '代表团成员纷纷表示，收获很大。',
    ].join('\n');
    const { report } = processSeed({
      id: 'invented',
      file: 'invented.txt',
      bytes: new TextEncoder().encode(text),
      metaText: 'published: 2024-05-12\n',
    });
    expect(report.unresolved.map((u) => u.kind)).toContain('visit-unrecognised');
    const visits = visitsOfArticle(
      [
        '白银党政代表团赴省内学习考察',
        '5月8日至10日，由白银市委书记何立新率领的白银市党政代表团，先后奔赴甘肃两地学习考察。',
        '代表团成员纷纷表示，收获很大。',
      ].join('\n'),
      'published: 2024-05-12\n',
    );
    expect(visits.filter((v) => v.origin.name === '白银市')).toEqual([]);
  });
});
