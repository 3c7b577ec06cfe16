import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, test } from 'vitest';
import { type Normalized, normalize, UnreadableError } from '../../scripts/pipeline/normalize';
import { toSimplified } from '../../scripts/pipeline/opencc';

const SEEDS = new URL('../../seeds/', import.meta.url);
const run = (id: string): Normalized =>
  normalize({ id, bytes: readFileSync(new URL(`${id}.txt`, SEEDS)) });
const body = (n: Normalized): string => n.paragraphs.join('\n');

/** What DATA.md asks of every normalized article. */
function expectClean(n: Normalized): void {
  for (const paragraph of n.paragraphs) {
    expect(toSimplified(paragraph), 'no traditional character').toBe(paragraph);
    expect(paragraph, 'no pinyin annotation').not.toMatch(
      /\p{Script=Han}[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/u,
    );
    expect(paragraph, 'no half-width mark next to Han').not.toMatch(
      /\p{Script=Han}[,:;?!]|[,:;?!]\p{Script=Han}/u,
    );
    expect(paragraph, 'trimmed, not empty').toMatch(/^\S(.*\S)?$/u);
  }
  for (const aside of n.boilerplate) expect(n.paragraphs).not.toContain(aside);
}

describe('[normalize] 000: simplified, caption first, aggregator footer', () => {
  let n: Normalized;
  beforeAll(() => {
    n = run('000_a21bf360e6243a78');
  });

  test('clean', () => expectClean(n));
  test('the caption is no title and stays the first paragraph', () => {
    expect(n.title).toBeNull();
    expect(n.paragraphs[0]).toBe('昆山市委书记陈丽艳（中）在深圳、东莞开展考察对接活动');
  });
  test('byline from 本文来源:', () => expect(n.byline).toBe('澎湃新闻记者 邱海鸿'));
  test('the 创客公社 footer is set aside whole', () => {
    expect(n.boilerplate.at(-1)).toMatch(
      /^创客公社 编辑整理[\s\S]*江丨苏丨高丨校丨创丨业丨图丨谱 丨$/u,
    );
    expect(body(n)).not.toMatch(/丨|请联系|编辑整理/u);
  });
  test('numbers and Latin stay, parentheses widen', () => {
    expect(body(n)).toContain('完善“2+6+X”产业布局');
    expect(body(n)).toContain('5126亿元，成为');
    expect(body(n)).toContain('70%以上的税收');
    expect(body(n)).toContain('乐聚（苏州）机器人公司');
  });
  test('the two-line heading is one paragraph', () => {
    expect(n.paragraphs).toContain('分赴珠三角、长三角，“尖子生”要取的是什么经？');
  });
  test('metadata', () => {
    expect(n).toMatchObject({
      encoding: 'utf-8',
      script: 'simplified',
      repairs: [],
      anomalies: [],
    });
  });
});

describe('[normalize] 001: share prompts, 公众号 footer', () => {
  let n: Normalized;
  beforeAll(() => {
    n = run('001_2a6d1cd1923ea9e9');
  });

  test('clean', () => expectClean(n));
  test('no title: the first line is a sentence', () => expect(n.title).toBeNull());
  test('share prompts are set aside', () => {
    expect(body(n)).not.toContain('打开网易新闻');
    expect(n.boilerplate.filter((b) => b === '打开网易新闻 查看精彩图片')).toHaveLength(11);
  });
  test('byline and editors from the footer', () => {
    expect(n.byline).toBe('新华日报记者 方思伟');
    expect(n.editors).toEqual(['孙巡', '四维']);
  });
  test('the copyright block runs to the end', () => {
    expect(n.boilerplate.at(-1)).toMatch(/^版 权 说 明\n如需转载本公众号内容/u);
    expect(body(n)).not.toMatch(/侵权必究|版 权|出品/u);
    expect(n.paragraphs.at(-1)).toMatch(/^如今，随着过江通道的陆续打通/u);
  });
  test('the account mentions are text and keep their parentheses', () => {
    expect(body(n)).toContain('“北京西路瞭望”（微信号：xhrbbjxllw）注意到');
  });
});

describe('[normalize] 002: broken lines', () => {
  let n: Normalized;
  beforeAll(() => {
    n = run('002_cb28012656704f36');
  });

  test('clean', () => expectClean(n));
  test('title and byline', () => {
    expect(n.title).toBe('株洲市党政代表团赴“长三角”考察见闻');
    expect(n.byline).toBe('株洲日报全媒体记者/周莹');
  });
  test.each([
    '需要查验，同箱',
    '货物反复识别',
    '矛盾自然',
    '生动实践',
    '纺织产能最大、专业市场规模最大',
    '在中间印染环节成立团队',
    '能级提升。比如',
    '昆山—上海科技创新券',
    '昆山旅游度假区',
    '已然成为世界第一大',
    '全球前沿科技',
    '都要能为合肥代言',
  ])('joined: %s', (joint) => {
    expect(body(n)).toContain(joint);
  });
  test('headings stay paragraphs of their own', () => {
    expect(n.paragraphs.filter((p) => p === '【记笔记】')).toHaveLength(7);
    expect(n.paragraphs).toContain('1. 义乌如何为企业降成本？');
    expect(n.paragraphs).toContain('浙苏皖行：为什么要去这些地方？学什么？');
    expect(n.paragraphs).toContain('株洲市党政代表团“长三角”考察。');
  });
  test('real parentheses stay', () => {
    expect(body(n)).toContain('锦（溪）淀（山湖）周（庄）');
    expect(body(n)).toContain('VR（虚拟现实）');
  });
});

describe('[normalize] 003: traditional, 新华报业网 header and footer', () => {
  let n: Normalized;
  beforeAll(() => {
    n = run('003_5da4af16118beb8c');
  });

  test('clean', () => expectClean(n));
  test('header facts', () => {
    expect(n).toMatchObject({
      script: 'traditional',
      title: '跨江融合、四新行动……特殊时期江苏各地如何施展“非常之功”',
      originalTitle: '书记市长这一周|非常时期，看“学霸班”施展“非常之功”',
      outlet: '新华报业网',
      published: '2020-04-12',
      editors: ['朱殿平', '张鑫'],
    });
  });
  test('footer set aside', () => {
    expect(n.boilerplate).toEqual(
      expect.arrayContaining(['(责编:朱殿平、张鑫)', '江苏要闻', '给领导留言']),
    );
    expect(body(n)).not.toMatch(/责编|江苏要闻|给领导留言|点击链接/u);
  });
  test('body starts at the section heading, simplified', () => {
    expect(n.paragraphs[0]).toBe('02关键招：进');
    expect(n.paragraphs[1]).toBe('逆水行舟，不进则退。');
    expect(body(n)).toContain('（微信号：xhrbbjxllw）');
  });
  test('the original keeps the traditional text', () => {
    expect(n.original).toContain('來源:新華報業網');
  });
});

describe('[normalize] 004: traditional with pinyin, damaged 上海', () => {
  let n: Normalized;
  beforeAll(() => {
    n = run('004_87b5ec8879539d45');
  });

  test('clean', () => expectClean(n));
  test('the damage is repaired and listed', () => {
    expect(n.repairs).toEqual([{ from: '上?!?+8”', to: '上海“1+8”' }]);
    expect(body(n)).toContain('同属上海“1+8”大都市圈的核心圈');
    expect(body(n)).not.toMatch(/[?？]!|\?\+/u);
    expect(n.anomalies.filter((a) => a.kind === 'damaged-text')).toEqual([]);
  });
  test('annotations are gone, the text is simplified', () => {
    expect(n.script).toBe('traditional');
    expect(n.paragraphs[0]).toMatch(
      /^2月27日，启东市委书记杨中坚，启东市委副书记、市长蔡毅率启东市党政代表团赴苏州吴江区考察/u,
    );
    expect(n.original).toContain('代表團(tuán)');
  });
  test('no title: the first line is a paragraph', () => expect(n.title).toBeNull());
});

describe('[normalize] a page of another outlet', () => {
  test('人民网: header facts, a broken line, footer and recommendations', () => {
    const page = [
      '盐城市党政代表团赴上海学习考察',
      '2023年11月17日08:12 | 来源：人民网－江苏频道',
      '字号',
      '人民网南京11月17日电 （记者王某某）11月14日至16日,盐城市党政代表团赴上海学习考察。',
      '代表团一行先后来到张江科学城、临港新片区,',
      '实地考察集成电路、人工智能等产业发展情况。',
      '(责编：王某、李某)',
      '分享让更多人看到',
      '推荐阅读',
      '江苏盐城：打造绿色低碳发展示范区',
      '人民网版权所有，未经书面授权禁止使用',
    ].join('\n');
    const n = normalize({ id: 'renmin', bytes: Buffer.from(page, 'utf8') });
    expect(n).toMatchObject({
      title: '盐城市党政代表团赴上海学习考察',
      outlet: '人民网－江苏频道',
      published: '2023-11-17',
      editors: ['王某', '李某'],
      paragraphs: [
        '人民网南京11月17日电（记者王某某）11月14日至16日，盐城市党政代表团赴上海学习考察。',
        '代表团一行先后来到张江科学城、临港新片区，实地考察集成电路、人工智能等产业发展情况。',
      ],
    });
    expect(n.boilerplate).toHaveLength(5);
    expectClean(n);
  });

  test('a page title in UTF-8 read as GBK is read back; the headline printed intact below is the title', () => {
    const headline = '青山县党政代表团赴江城市开展对口协作考察';
    const mojibake = iconv.decode(Buffer.from(headline, 'utf8'), 'gbk');
    const page = [
      mojibake,
      '发布时间：2021-08-09　来源：青山县融媒体中心',
      headline,
      '8月3日至5日，青山县党政代表团赴江城市考察。',
    ].join('\n');
    const n = normalize({ id: 'mojibake-title', bytes: Buffer.from(page, 'utf8') });
    expect(n).toMatchObject({
      title: headline,
      paragraphs: ['8月3日至5日，青山县党政代表团赴江城市考察。'],
    });
    expect(n.repairs.some((r) => r.to.startsWith('青山县党政代表团赴江城市开展'))).toBe(true);
  });
});

describe('[normalize] bytes and errors', () => {
  test('a GB18030 file with CRLF line ends', () => {
    const bytes = iconv.encode(
      '昆山代表团赴深圳考察\r\n\r\n来源:新华网\r\n3月5日,代表团赴深圳学习考察。\r\n',
      'gb18030',
    );
    expect(normalize({ id: 'x', bytes })).toMatchObject({
      encoding: 'gb18030',
      title: '昆山代表团赴深圳考察',
      outlet: '新华网',
      paragraphs: ['3月5日，代表团赴深圳学习考察。'],
      boilerplate: ['来源:新华网'],
    });
  });

  test('an anomaly is placed in its paragraph', () => {
    const bytes = Buffer.from('第一段。\n第二段说昆山市委书?陈丽艳带队。\n', 'utf8');
    expect(normalize({ id: 'x', bytes }).anomalies).toEqual([
      expect.objectContaining({ kind: 'damaged-text', paragraph: 1 }),
    ]);
  });

  test('an empty file throws UnreadableError', () => {
    expect(() => normalize({ id: 'x', bytes: new Uint8Array() })).toThrow(UnreadableError);
  });
});
