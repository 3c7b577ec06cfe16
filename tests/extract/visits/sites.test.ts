import { describe, expect, test } from 'vitest';
import {
  findSites,
  findSitesInSentence,
  sitesByStop,
  stopOfSite,
} from '../../../scripts/extract/visits/sites';

describe('[sites] names after a visiting verb', () => {
  test.each([
    [
      '代表团先后考察了华润集团、顺丰集团和思榕智能装备公司',
      ['华润集团', '顺丰集团', '思榕智能装备公司'],
    ],
    ['考察了机器人研发制造商深圳逐际动力科技公司', ['深圳逐际动力科技公司']],
    ['参观了“六小龙”之一的云深处科技公司', ['云深处科技公司']],
    ['一行走进杭州电竞中心、未来科技城', ['杭州电竞中心', '未来科技城']],
    ['实地察看了南通森林野生动物园', ['南通森林野生动物园']],
    ['代表团来到绍兴市枫桥镇枫源村，学习民主治村的经验', ['绍兴市枫桥镇枫源村']],
  ])('%s', (sentence, sites) => {
    expect(findSitesInSentence(sentence)).toEqual(sites);
  });

  test('a topic is not a site: 学习科技新城规划建设的经验', () => {
    expect(findSitesInSentence('赴上海考察，学习三地在科技新城规划建设等方面的经验')).toEqual([]);
  });

  test('no verb, no site; a demonstrative is no name', () => {
    expect(findSitesInSentence('华润集团是一家大型企业')).toEqual([]);
    expect(findSitesInSentence('考察了这家公司')).toEqual([]);
  });

  test("another delegation's subject or main clause takes the sites away", () => {
    const others = ['陈丽艳', '昆山'];
    expect(findSitesInSentence('陈丽艳一行考察了华润集团', others)).toEqual([]);
    expect(findSitesInSentence('考察思榕智能装备公司时，陈丽艳表示，希望企业扎根', others)).toEqual(
      [],
    );
    expect(findSitesInSentence('考察思榕智能装备公司时，许峰表示，希望企业扎根', others)).toEqual([
      '思榕智能装备公司',
    ]);
  });

  test('findSites: in order of first appearance, without repeats', () => {
    expect(findSites(['考察了甲乙科技公司。', '再次参观甲乙科技公司和丙丁产业园。'])).toEqual([
      '甲乙科技公司',
      '丙丁产业园',
    ]);
  });
});

const STOPS = [
  { names: ['上海市', '上海'], paragraphs: [1] },
  { names: ['苏州市', '苏州'], paragraphs: [1, 2] },
  { names: ['杭州市', '杭州'], paragraphs: [1] },
];

describe('[sites] which stop a site belongs to', () => {
  const spread =
    '江阴分别考察了上海智能传感器产业园、西岑科创中心和华为练秋湖研发中心，乐聚（苏州）机器人公司和低空飞行服务中心，以及杭州电竞中心和云深处科技公司';

  test.each([
    ['西岑科创中心', 0],
    ['华为练秋湖研发中心', 0],
    ['乐聚（苏州）机器人公司', 1],
    ['低空飞行服务中心', 1],
    ['杭州电竞中心', 2],
    ['云深处科技公司', 2],
  ])('分别 with one group a stop: %s → stop %i', (site, stop) => {
    expect(stopOfSite(site, spread, STOPS)).toBe(stop);
  });

  test('分别 with as many groups as stops only', () => {
    expect(stopOfSite('乙公司', '分别考察了甲公司，乙公司', STOPS)).toBe(-1);
  });

  test('the place in the name wins', () => {
    expect(stopOfSite('苏州市低空经济发展展示馆', '考察了苏州市低空经济发展展示馆', STOPS)).toBe(1);
  });

  test('在X: the place the sentence puts it in, unless another stop comes between', () => {
    expect(stopOfSite('未来科技城', '代表团在杭州参观了未来科技城', STOPS)).toBe(2);
    expect(stopOfSite('未来科技城', '在杭州座谈后赴上海参观了未来科技城', STOPS)).toBe(-1);
    expect(stopOfSite('未来科技城', '代表团参观了未来科技城', STOPS)).toBe(-1);
  });

  test('sitesByStop: a paragraph of one stop gives it its sites; a shared one only what is placed', () => {
    const texts = new Map([
      [1, `${spread}。代表团还考察了某某集团。`],
      [2, '在苏州，代表团参观了甲乙科技公司。'],
    ]);
    expect(sitesByStop(texts, STOPS)).toEqual({
      perStop: [
        ['上海智能传感器产业园', '西岑科创中心', '华为练秋湖研发中心'],
        ['乐聚（苏州）机器人公司', '低空飞行服务中心', '甲乙科技公司'],
        ['杭州电竞中心', '云深处科技公司'],
      ],
      unplaced: ['某某集团'],
    });
  });
});

describe('[sites] a suffix inside a longer name; a place inside a name', () => {
  test.each([
    [
      '走进苏州工业园区规划展示馆和信达生物制药公司',
      ['苏州工业园区规划展示馆', '信达生物制药公司'],
    ],
    ['考察了前海深港现代服务业合作区', ['前海深港现代服务业合作区']],
    ['考察了宁波舟山港梅山港区', ['宁波舟山港梅山港区']],
  ])('%s', (sentence, sites) => {
    expect(findSitesInSentence(sentence)).toEqual(sites);
  });
});

describe('[sites] a name ends with a site suffix; lists split only between whole names', () => {
  test.each([
    [
      '来到乌兰布和沙漠生态治理示范区和光伏治沙产业园',
      ['乌兰布和沙漠生态治理示范区', '光伏治沙产业园'],
    ],
    ['察看了古镇保护修缮项目和水乡民宿集聚区', ['水乡民宿集聚区']],
    [
      '走进党群服务中心和金杨新村街道“家门口”服务站',
      ['党群服务中心', '金杨新村街道“家门口”服务站'],
    ],
    ['来到海淀区中关村软件园、大兴区临空经济区', ['海淀区中关村软件园', '大兴区临空经济区']],
    ['考察了中以常州创新园、苏州纳米城', ['中以常州创新园', '苏州纳米城']],
    ['考察了西岸科创中心，以及滨江科学城', ['西岸科创中心', '滨江科学城']],
    ['拜访了新加坡港务集团', ['新加坡港务集团']],
    ['考察了杭州城西科创大走廊', []],
    ['考察了仙桃国际大数据谷和长安汽车渝北工厂', ['长安汽车渝北工厂']],
    ['考察了乌兰布和沙漠生态治理示范区', ['乌兰布和沙漠生态治理示范区']],
    ['参观了中国医药城，了解泰州“打造中国医药名城”的做法', ['中国医药城']],
    ['走访考察了5个点，分别涉及产业园区建设、人才创新等方面', []],
    ['参观了澳门大学横琴校区和澳门科学馆', ['澳门大学横琴校区', '澳门科学馆']],
  ])('%s', (sentence, sites) => {
    expect(findSitesInSentence(sentence)).toEqual(sites);
  });

  test('an event the delegation attends is no site, nor is a port as a word (港口城市)', () => {
    expect(
      findSitesInSentence('考察了吉利汽车研究院，并出席钦州（宁波）临港产业招商推介会'),
    ).toEqual(['吉利汽车研究院']);
    expect(findSitesInSentence('考察了裕廊工业区并出席中国—东盟港口城市合作交流会')).toEqual([
      '裕廊工业区',
    ]);
  });

  test('吉利汽车杭州湾基地 in 在宁波，…: the sentence places it, not the 杭州 inside its name', () => {
    const stops = [
      { names: ['杭州市', '杭州'], paragraphs: [0] },
      { names: ['宁波市', '宁波'], paragraphs: [0] },
    ];
    const sentence = '在杭州，代表团考察了之江实验室；在宁波，代表团走进吉利汽车杭州湾基地';
    expect(stopOfSite('吉利汽车杭州湾基地', sentence, stops)).toBe(1);
    expect(stopOfSite('杭州未来科技城', '代表团考察了杭州未来科技城', stops)).toBe(0);
  });
});
