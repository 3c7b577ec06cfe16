/**
 * The sites a sentence names, on invented sentences: names after a visiting verb, whole, and not
 * kinds of places, products, clauses or the place chain a name is written after.
 */
import { describe, expect, test } from 'vitest';
import { findSites } from '../../../scripts/extract/frames/sites';
import { sentencesOf } from './sentences-of';

const sitesIn = (text: string): string[] =>
  sentencesOf(text).flatMap((s) => findSites(s).map((h) => h.name));

describe('[sites] names after a visiting verb', () => {
  test.each([
    [
      '代表团先后考察了苏州工业园区、昆山开发区规划展示馆和张家港保税港区。',
      ['苏州工业园区', '昆山开发区规划展示馆', '张家港保税港区'],
    ],
    ['考察团参观了十八洞村精准扶贫展览馆和苗绣合作社。', ['十八洞村精准扶贫展览馆', '苗绣合作社']],
    ['代表团随后考察了澳门贸易投资促进局，并出席座谈会。', ['澳门贸易投资促进局']],
    // A name without a site's ending in a list of two, long only by the district it opens with.
    [
      '代表团来到成都市城市规划馆和青羊区宽窄巷子历史文化片区。',
      ['成都市城市规划馆', '青羊区宽窄巷子历史文化片区'],
    ],
    // The chain a village is written after: the name keeps its town only.
    ['代表团赴浙江省湖州市安吉县天荒坪镇余村学习考察。', ['天荒坪镇余村']],
  ])('%s → %j', (text, sites) => {
    expect(sitesIn(text)).toEqual(sites);
  });
});

describe('[sites] a list joined by 和 where the segmenter read 和 and the next name as a place', () => {
  test.each([
    [
      '代表团深入青山镇生态旅游区和县职业技术教育中心，详细了解情况。',
      ['青山镇生态旅游区', '县职业技术教育中心'],
    ],
  ])('%s → %j', (text, sites) => {
    expect(sitesIn(text)).toEqual(sites);
  });
});

describe('[sites] where a meeting was held', () => {
  test.each([
    ['市委副书记王某在东江宾馆会见代表团一行。', ['东江宾馆']],
    ['市委书记李某在东江宾馆与代表团座谈。', ['东江宾馆']],
    ['市委书记李某在杭州会见代表团一行。', []],
  ])('%s → %j', (text, sites) => {
    expect(sitesIn(text)).toEqual(sites);
  });
});

describe('[sites] what is no site', () => {
  test.each([
    // Kinds of places: a quantity, an indefinite word, a generic facility in common words.
    ['代表团深入当地专业市场、电商园区和重点企业。', []],
    [
      '代表团走进国际商贸城五区市场、全球数贸中心和多家供应链企业。',
      ['国际商贸城五区市场', '全球数贸中心'],
    ],
    ['代表团还拜访了香港贸易发展局和多家在港商会、企业。', ['香港贸易发展局']],
    ['在一家运动品牌企业的智能工厂，代表团察看了柔性生产线和数字化仓储系统。', []],
    ['四川时代是宁德时代在四川布局的首个生产基地，代表团走进生产车间。', []],
    ['察看了民宿集群、竹林碳汇试验区和荷花山漂流项目。', ['竹林碳汇试验区', '荷花山漂流项目']],
    // Products, not places.
    ['考察团察看了小米锅巴、小米醋、小米饼干等产品生产线。', []],
    // A clause after the list; the visit as a time.
    ['代表团仔细察看自动化生产线，就工业互联网平台如何赋能中小企业进行深入交流。', []],
    ['确保考察期间各项工作不断档、不松劲。', []],
    // The visit named as a thing (此次考察, 这次考察, 考察中): what follows is no list of sites.
    ['全县上下要把此次考察成果转化为实际行动，在建设生态示范区上持续发力。', []],
    ['大家认为，这次考察时间紧、内容实、收获大。', []],
    ['要把考察中形成的思路转化为项目清单、任务清单。', []],
    // Generic facilities in common words: a port's wharves and storage.
    ['代表团深入园区和港口码头，又察看了冷链物流仓储。', []],
    // Kinds of projects in common words, closed by 等项目; a name in common words elsewhere stays.
    ['实地察看了数据中心集群、文化旅游和航空物流等项目。', []],
    ['考察团参观了谷子种质资源库和小米深加工园区。', ['谷子种质资源库', '小米深加工园区']],
    // 在 and a clause with verbs of its own, ending in a site's word: no place.
    ['在省里推动下两市共建工业园区，3年后获批省级开发区。', []],
  ])('%s → %j', (text, sites) => {
    expect(sitesIn(text)).toEqual(sites);
  });

  test('在X，… names again where something happened: marked so that the trip drops an owner', () => {
    const hits = sentencesOf('在美的集团，企业副总裁介绍了灯塔工厂的建设历程。').flatMap((s) =>
      findSites(s),
    );
    expect(hits.map((h) => [h.name, h.restated])).toEqual([['美的集团', true]]);
  });
});

describe('[sites] words around a list that are not names', () => {
  test.each([
    // 深入 is the adverb of 了解 here: what follows is what was learned, not where they went.
    ['代表团深入了解临江推进产业园、发展新材料的经验做法。', []],
    // The stop of a route written after a dash is a place, not a site.
    ['13日，代表团来到此行的第二站——连云港。', []],
    // …and a site written after the dash is the site, without the words before it.
    ['代表团来到第一站——连云港经济技术开发区。', ['连云港经济技术开发区']],
    // 深入 as a verb of its own still opens a list.
    ['代表团深入临江高新区、临江港口物流园考察。', ['临江高新区', '临江港口物流园']],
  ])('%s', (text, sites) => {
    expect(sitesIn(text)).toEqual(sites);
  });
});

describe('[sites] names the segmenter must keep whole', () => {
  test.each([
    // 碳中和 is a sector keyword, one word: its 和 is no conjunction.
    ['代表团实地考察了临江城市展厅、临江碳中和产业园。', ['临江城市展厅', '临江碳中和产业园']],
    // A short quotation inside an item belongs to it, and the name follows its description.
    [
      '代表团考察了未来科技城和“六小龙”之一的临江云深科技公司。',
      ['未来科技城', '临江云深科技公司'],
    ],
    // …and a quotation it opens with describes a proper name after it,
    ['代表团走进“全国文明村”临江村。', ['临江村']],
    // but is part of a name that is only a kind without it.
    ['代表团考察了“智造强区”示范园区和临江港口物流园。', ['“智造强区”示范园区', '临江港口物流园']],
    // A registered company's full name is a site whatever the segmenter reads in it.
    [
      '在遵义创润精密机械股份有限公司，王立群仔细询问企业生产情况。',
      ['遵义创润精密机械股份有限公司'],
    ],
  ])('%s', (text, sites) => {
    expect(sitesIn(text)).toEqual(sites);
  });
});
