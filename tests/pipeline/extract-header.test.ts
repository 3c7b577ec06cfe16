import { describe, expect, test } from 'vitest';
import {
  collectFacts,
  outletOfByline,
  readLead,
  readMetaLine,
  toIsoDate,
} from '../../scripts/pipeline/extract-header';

/** The facts of one line as field → values, or null when it is not a metadata line. */
function factsOf(line: string): Record<string, string[]> | null {
  const facts = readMetaLine(line);
  if (!facts) return null;
  const out: Record<string, string[]> = {};
  for (const { field, value } of facts) out[field] = [...(out[field] ?? []), value];
  return out;
}

describe('[extract-header] metadata lines of the seeds', () => {
  test.each([
    [
      '2020年04月12日16:58  来源:新华报业网',
      { outlet: ['新华报业网'], published: ['2020年04月12日'] },
    ],
    [
      '原标题:书记市长这一周|非常时期,看“学霸班”施展“非常之功”',
      { originalTitle: ['书记市长这一周|非常时期,看“学霸班”施展“非常之功”'] },
    ],
    ['澎湃新闻记者 邱海鸿', { byline: ['澎湃新闻记者 邱海鸿'] }],
    ['本文来源:澎湃新闻记者 邱海鸿', { byline: ['澎湃新闻记者 邱海鸿'] }],
    ['株洲日报全媒体记者/周莹', { byline: ['株洲日报全媒体记者/周莹'] }],
    ['撰稿 新华日报记者 方思伟', { byline: ['新华日报记者 方思伟'] }],
    ['(责编:朱殿平、张鑫)', { editors: ['朱殿平、张鑫'] }],
    ['值班主编 孙巡', { editors: ['孙巡'] }],
    ['编辑 四维', { editors: ['四维'] }],
  ])('%s', (line, facts) => {
    expect(factsOf(line)).toEqual(facts);
  });
});

describe('[extract-header] metadata lines of other outlets', () => {
  test.each([
    [
      '来源：人民网－人民日报  2023年11月17日08:12',
      { outlet: ['人民网－人民日报'], published: ['2023年11月17日'] },
    ],
    ['2024-03-05 10:20:33 来源: 新华网', { outlet: ['新华网'], published: ['2024-03-05'] }],
    [
      '【字号 大 中 小】 2023年11月17日 来源：中国江苏网',
      { outlet: ['中国江苏网'], published: ['2023年11月17日'] },
    ],
    ['发布时间：2024/3/5', { published: ['2024/3/5'] }],
    ['来源 | 江阴发布', { outlet: ['江阴发布'] }],
    ['【原标题：昆山：向万亿城市取经】', { originalTitle: ['昆山：向万亿城市取经'] }],
    ['本报记者 张三 通讯员 李四', { byline: ['本报记者 张三 通讯员 李四'] }],
    ['（记者 王五）', { byline: ['记者 王五'] }],
    ['新华社记者 张三、李四', { byline: ['新华社记者 张三、李四'] }],
    ['文/张三', { byline: ['张三'] }],
    ['作者：李明', { byline: ['李明'] }],
    ['责任编辑：陈晨', { editors: ['陈晨'] }],
    ['编辑：李明 审核：王芳 终审：赵强', { editors: ['李明', '王芳', '赵强'] }],
    ['[责任编辑:刘洋]', { editors: ['刘洋'] }],
    ['原创 融媒编辑部 鄞州发布 2024年05月12日 10:21 浙江', { published: ['2024年05月12日'] }],
    ['鄞州发布 2024-05-12 10:21', { published: ['2024-05-12'] }],
    ['2024-05-12 10:21湖南耒阳市融媒体中心官方账号', { published: ['2024-05-12'] }],
    ['编审：马骏', { editors: ['马骏'] }],
    ['初审：王璐 复审：赵磊 终审：钱勇', { editors: ['王璐', '赵磊', '钱勇'] }],
    ['发布于：江苏省', {}],
    ['责任编辑：', {}],
    ['阅读 (1532)', {}],
    // An e-paper's page header, a county portal's: the paper or the centre beside the date.
    ['黄山日报　2024-03-15　第A1版', { outlet: ['黄山日报'], published: ['2024-03-15'] }],
    ['宁夏日报　2024年04月12日　第01版', { outlet: ['宁夏日报'], published: ['2024年04月12日'] }],
    [
      '2023-06-20 18:05　宁都县融媒体中心',
      { outlet: ['宁都县融媒体中心'], published: ['2023-06-20'] },
    ],
    // A weekday beside the date, a label's names after the outlet or 记者, 内容来源, a portal's
    // name and address, an e-paper's path with its page and section.
    [
      '发布时间：2021年03月12日 星期五　来源：某旗融媒体中心',
      { outlet: ['某旗融媒体中心'], published: ['2021年03月12日'] },
    ],
    ['2024-05-06 周一 来源：东江日报', { outlet: ['东江日报'], published: ['2024-05-06'] }],
    [
      '清溪新闻网 2024-05-06 09:12 作者：清溪县融媒体中心 林小雨',
      { byline: ['清溪县融媒体中心 林小雨'], outlet: ['清溪新闻网'], published: ['2024-05-06'] },
    ],
    [
      '2018-07-02 10:11:12 来源：东江日报 作者：记者 王小川',
      { byline: ['记者 王小川'], outlet: ['东江日报'], published: ['2018-07-02'] },
    ],
    [
      '更新时间：2020-10-23 15:41:06　内容来源：清溪县融媒体中心',
      { outlet: ['清溪县融媒体中心'], published: ['2020-10-23'] },
    ],
    [
      '清溪县人民政府 www.qingxi.gov.cn 2022-07-21 16:20 来源：清溪县融媒体中心',
      { outlet: ['清溪县融媒体中心'], published: ['2022-07-21'] },
    ],
    [
      '东江日报 > 2019年05月20日 > 第01版：要闻',
      { outlet: ['东江日报'], published: ['2019年05月20日'] },
    ],
  ])('%s', (line, facts) => {
    expect(factsOf(line)).toEqual(facts);
  });
});

describe('[extract-header] body lines are not metadata', () => {
  test.each([
    '上周，昆山由市委书记陈丽艳带队，赴广东深圳、东莞开展考察对接；',
    '记者从会上获悉，两地将共建产业园。',
    '两会记者手记',
    '创客公社 编辑整理,转载请注明来源',
    '编辑整理',
    '“北京西路瞭望”(微信号:xhrbbjxllw)注意到,在两地交流学习中,',
    '11月13日至16日,由市委书记曹慧泉率领的株洲市党政代表团',
    '2022年,阳澄湖两岸科创中心实现地区生产总值1291.8亿元。',
    '素材及图片来源 无锡日报 南通日报 泰州日报 视觉中国',
    '代表团 一行 2024年05月12日 来到园区。',
    '第一版',
    '黄山日报　2024-03-15　第A1版　要闻：代表团来我市考察',
    '首页 > 新闻中心 > 县区动态',
    '周二上午，代表团来到 www.example.cn 展台。',
  ])('%s', (line) => {
    expect(readMetaLine(line)).toBeNull();
  });
});

describe('[extract-header] dates and merging', () => {
  test.each([
    ['2020年04月12日', '2020-04-12'],
    ['2020年4月2日', '2020-04-02'],
    ['2024-03-05', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['2024.12.31', '2024-12-31'],
    ['2024年13月1日', null],
    ['2024年', null],
  ])('%s → %s', (dateline, iso) => {
    expect(toIsoDate(dateline)).toBe(iso);
  });

  test('first value of a field wins; editors add up without repeats', () => {
    expect(
      collectFacts([
        { field: 'outlet', value: '新华报业网' },
        { field: 'outlet', value: '人民网' },
        { field: 'published', value: '2020年04月12日' },
        { field: 'editors', value: '朱殿平、张鑫' },
        { field: 'editors', value: '张鑫' },
        { field: 'byline', value: '澎湃新闻记者  邱海鸿' },
        { field: 'none', value: '' },
      ]),
    ).toEqual({
      originalTitle: null,
      outlet: '新华报业网',
      byline: '澎湃新闻记者 邱海鸿',
      published: '2020-04-12',
      editors: ['朱殿平', '张鑫'],
    });
  });
});

describe('[extract-header] the outlet a byline names', () => {
  test.each([
    ['澎湃新闻记者 邱海鸿', '澎湃新闻'],
    ['新华日报记者 方思伟', '新华日报'],
    ['株洲日报全媒体记者/周莹', '株洲日报'],
    ['新华社记者 王成', '新华社'],
    ['人民网记者 李华', '人民网'],
    ['昆山市融媒体中心记者 张三 通讯员 李四', '昆山市融媒体中心'],
    ['台州广播电视台记者 陈晨', '台州广播电视台'],
    ['本报记者 王强', null],
    ['记者 王强 通讯员 李明', null],
    ['文/图 王强', null],
    [null, null],
  ])('%s → %s', (byline, outlet) => {
    expect(outletOfByline(byline)).toBe(outlet);
  });

  test('a stated 来源 wins over the byline; without one the byline gives the outlet', () => {
    expect(collectFacts([{ field: 'byline', value: '新华日报记者 方思伟' }]).outlet).toBe(
      '新华日报',
    );
    expect(
      collectFacts([
        { field: 'byline', value: '新华日报记者 方思伟' },
        { field: 'outlet', value: '交汇点' },
      ]).outlet,
    ).toBe('交汇点');
  });
});

describe('[extract-header] the lead of the first paragraph', () => {
  const factsOfLead = (p: string): Record<string, string> =>
    Object.fromEntries(readLead(p).map((f) => [f.field, f.value]));

  test.each([
    [
      '新华社福州5月12日电（记者 陈永福、林静）5月9日至11日，宁夏党政代表团在福建学习考察。',
      { outlet: '新华社', byline: '记者 陈永福、林静' },
    ],
    [
      '人民网兰州5月12日电 （记者王晓东）5月9日至11日，天水市党政代表团赴常州市学习考察。',
      { outlet: '人民网', byline: '记者王晓东' },
    ],
    [
      '本报讯（记者 张三 通讯员 李四）5月10日，代表团赴安吉考察。',
      { byline: '记者 张三 通讯员 李四' },
    ],
    [
      '【香港文汇报讯】（记者 张三 深圳报道）广西党政代表团昨日抵港。',
      { outlet: '香港文汇报', byline: '记者 张三' },
    ],
    [
      '【大公报讯】记者 黄嘉欣 报道：广西党政代表团5月10日至11日在香港考察访问。',
      { outlet: '大公报', byline: '记者 黄嘉欣' },
    ],
    [
      '【大公报讯】记者黄嘉欣报道：广西党政代表团在香港考察。',
      { outlet: '大公报', byline: '记者黄嘉欣' },
    ],
  ])('%s', (paragraph, facts) => {
    expect(factsOfLead(paragraph)).toEqual(facts);
  });

  test.each([
    '5月12日，代表团一行来到国家电网（记者了解到，这是第二次来访）。',
    '记者从会上获悉，两地将共建产业园。',
    '代表团听取了电力（新能源）产业的介绍。',
    '【记笔记】',
  ])('no facts: %s', (paragraph) => {
    expect(readLead(paragraph)).toEqual([]);
  });
});
