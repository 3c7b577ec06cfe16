import { describe, expect, test } from 'vitest';
import {
  displayWidth,
  endsParagraph,
  isBroken,
  joinParagraphs,
  wrapWidth,
} from '../../scripts/pipeline/join-paragraphs';

describe('[join-paragraphs] lines broken mid-sentence are joined (breaks from the seeds)', () => {
  test.each([
    [
      '由于拼箱货物是将多份报关单货物装在一个集装箱里,一旦箱中某批货物需要查',
      '验，同箱的其他货物需要等该批货物全部查验完毕后，才能再次一起装箱出口。',
      '需要查验，同箱',
    ],
    [
      '通过系统指令控制货物流向，减少货物反',
      '复识别和搬运流程，进一步为企业降低人工成本。',
      '货物反复识别',
    ],
    [
      '“村里的大事决议、日常小事,每一个环节都由群众一起来参与决定,矛',
      '盾自然能够在源头得到化解。”',
      '矛盾自然',
    ],
    [
      '在陈列馆,还展示了近年来全国各地坚持和发展新时代“枫桥经验”的生',
      '动实践。辽宁沈阳牡丹社区的“三零”工作法……',
      '生动实践',
    ],
    [
      '从上游的聚酯纤维、化纤原料生产,到中游的织造、染整,打造出了全国纺织产能最大、',
      '专业市场规模最大的纺织产业集群。',
      '最大、专业市场',
    ],
    ['研究纤维材料先进制备技术;在中间印染环节', '成立团队,专攻生态染整技术;', '环节成立团队'],
    [
      '紧盯战略性新兴产业,推动一批重大项目落地,实现产业结构优化和能级提',
      '升。比如,上海汽车产业核心零部件1/3供应商集聚在昆山;',
      '能级提升',
    ],
    [
      '向南,昆山协同推进长三角生态绿色一体化发展示范区建设,支持昆山旅',
      '游度假区和锦(溪)淀(山湖)周(庄)协同一体发展。',
      '昆山旅游度假区',
    ],
    [
      '当年,昆山决定打造笔记本电脑产业链。如今,昆山构筑了一条电子信息产业链,已然成为',
      '世界第一大笔记本生产基地。',
      '已然成为世界第一大',
    ],
    [
      '量子信息技术是合肥的“标签”产业。合肥支持启动了全球第一个大规模量子通信试验示范网。全球',
      '前沿科技咨询机构ICV今年初发布的报告显示……',
      '全球前沿科技',
    ],
    [
      '在合肥,管行业必须管投资,每个部门、每个区县、每名党员干部都要为合肥代言、都要能为合',
      '肥代言。为此,从2021年起……',
      '为合肥代言',
    ],
  ])('%s / %s', (line, next, joint) => {
    const [paragraph, ...rest] = joinParagraphs([line, next]);
    expect(rest).toEqual([]);
    expect(paragraph).toBe(`${line}${next}`);
    expect(paragraph).toContain(joint);
  });

  test('a paragraph broken twice is joined into one', () => {
    expect(
      joinParagraphs([
        '向东,昆山接轨上海。实现产业结构优化和能级提',
        '升。比如,在全国首创针对科技成果转化服务的昆山—上海科技',
        '创新券,实现昆山上海财政奖补资金通用通兑。',
      ]),
    ).toEqual([
      '向东,昆山接轨上海。实现产业结构优化和能级提升。比如,在全国首创针对科技成果转化服务的昆山—上海科技创新券,实现昆山上海财政奖补资金通用通兑。',
    ]);
  });

  test('a heading broken after its comma is joined', () => {
    expect(joinParagraphs(['分赴珠三角、长三角,', '“尖子生”要取的是什么经?'])).toEqual([
      '分赴珠三角、长三角,“尖子生”要取的是什么经?',
    ]);
  });

  test('two Latin words are joined with a space, Chinese without', () => {
    expect(joinParagraphs(['这是一段很长的文字,提到了 high', 'tech 企业。'])).toEqual([
      '这是一段很长的文字,提到了 high tech 企业。',
    ]);
  });
});

describe('[join-paragraphs] real paragraphs and headings stay apart', () => {
  test.each([
    ['“最强县域”强在何处', '今年2月以来,连续20年霸榜“中国百强县”的昆山已接待了多个考察团。'],
    ['02关键招:进', '逆水行舟,不进则退。'],
    ['【记笔记】', '惟改革者进,惟创新者强,惟改革创新者胜。'],
    ['1. 义乌如何为企业降成本?', '一个既不沿海也不靠海的内陆县城,为何能“逆袭”?'],
    [
      '看点1:苏锡通科技产业园区',
      '由南通、苏州、无锡三市跨江联动开发的苏锡通科技产业园区,坚持“项目为王”理念。',
    ],
    [
      '昆山市委书记陈丽艳(中)在深圳、东莞开展考察对接活动',
      '苏州昆山、无锡江阴是全国仅有的两座GDP超5000亿元的县级市。',
    ],
    [
      '江阴市党政企代表团赴沪苏杭学习考察',
      '无论是昆山的“跳出县域思维”还是江阴的“重塑城市气质”,破局必须倚重创新。',
    ],
    ['“领跑者”与“新增长极”再相遇', '“据江海之会、扼南北之喉”,被誉为“中国近代第一城”的南通。'],
    ['“无锡与南通产业互补性强,实现双方共赢发展。”', '黄钦说。'],
    [
      '锡通两地长期保持着紧密合作关系。希望双方:',
      '☆ 合力推动跨江融合发展战略合作协议落细落深落实;',
    ],
    ['史立军在讲话中明确了三个工作重点——', '聚焦园区项目。以“两集中三剥离”为重点。'],
    ['成立数字时尚团队,研究未来技术和发展方向……', '【记笔记】'],
    ['这是一段没有句号的正文,看起来像被截断', '2. “枫桥经验”如何与时俱进?'],
    ['这是一段没有句号的正文,看起来像被截断', '一、总体要求'],
    ['元宇宙的近年来的热门话题,昆山能做什么?', '去年9月,昆山市委理论中心组专题学习。'],
  ])('%s | %s', (line, next) => {
    expect(joinParagraphs([line, next])).toEqual([line, next]);
  });

  test.each([
    ['逆水行舟，不进则退。', true],
    ['“……这是第一支撑。”', true],
    ['……的“双向奔赴”', false],
    ['希望双方：', true],
    ['(完)', true],
    ['需要查', false],
  ])('endsParagraph(%s) is %s', (line, expected) => {
    expect(endsParagraph(line)).toBe(expected);
  });

  test('isBroken needs body text: a comma, a full stop or length', () => {
    expect(isBroken('短标题', '正文。')).toBe(false);
    expect(isBroken('有逗号,没结束', '正文。')).toBe(true);
    expect(isBroken('长'.repeat(50), '正文。')).toBe(true);
  });

  test('a photo caption is a paragraph of its own, between two paragraphs', () => {
    expect(
      joinParagraphs([
        '代表团走进纳米城。',
        '图为代表团在苏州纳米城考察。 通讯员 王磊 摄',
        '座谈会上，丁立民介绍了园区的开发历程。',
        '图为5月10日，代表团成员在厦门参观。新华社记者 林静 摄',
        '在联席会议上，双方回顾了协作成效。',
      ]),
    ).toEqual([
      '代表团走进纳米城。',
      '图为代表团在苏州纳米城考察。 通讯员 王磊 摄',
      '座谈会上，丁立民介绍了园区的开发历程。',
      '图为5月10日，代表团成员在厦门参观。新华社记者 林静 摄',
      '在联席会议上，双方回顾了协作成效。',
    ]);
  });

  test('a caption broken after a comma is still joined', () => {
    expect(joinParagraphs(['图为代表团在余村考察，', '右一为县委书记黄志刚'])).toEqual([
      '图为代表团在余村考察，右一为县委书记黄志刚',
    ]);
  });

  test('an empty list stays empty', () => {
    expect(joinParagraphs([])).toEqual([]);
  });
});

describe('[join-paragraphs] text wrapped at a fixed width', () => {
  // 32 columns: 16 Chinese characters, or fewer with half-width ones.
  const wrapped = [
    '代表团一行先后来到苏州工业园区纳',
    '米城和生物医药产业园,了解专业园',
    '区的招商模式。射阳与奉贤共建产业',
    '园已满3年,累计引进项目46个,总投',
    '资超过1,000亿元。双方签署协议。',
    '县领导吴建、李芳参加考察。',
    '二、乡村振兴',
    '在金山区,代表团察看了水库村。',
  ];

  test('display width counts Chinese characters twice', () => {
    expect(displayWidth('代表团')).toBe(6);
    expect(displayWidth('3年,累计')).toBe(8);
    expect(displayWidth('“后花园”，')).toBe(12);
  });

  test('the wrap width is found; unwrapped paragraphs have none', () => {
    expect(wrapWidth(wrapped)).toBe(32);
    expect(
      wrapWidth([
        '5月9日，代表团赴苏州考察。',
        '代表团一行先后来到苏州纳米城、生物医药产业园和园区企业服务中心。',
        '座谈会上，双方介绍了情况。',
        '区领导参加考察。',
      ]),
    ).toBeNull();
  });

  test('every full line runs on, even without a comma or after a full stop at the margin', () => {
    expect(joinParagraphs(wrapped)).toEqual([
      '代表团一行先后来到苏州工业园区纳米城和生物医药产业园,了解专业园区的招商模式。射阳与奉贤共建产业园已满3年,累计引进项目46个,总投资超过1,000亿元。双方签署协议。县领导吴建、李芳参加考察。',
      '二、乡村振兴',
      '在金山区,代表团察看了水库村。',
    ]);
  });

  test('without a fixed width a line ending with a full stop ends its paragraph', () => {
    expect(joinParagraphs(['考察期间双方签署合作协议。', '县领导吴建、李芳参加考察。'])).toEqual([
      '考察期间双方签署合作协议。',
      '县领导吴建、李芳参加考察。',
    ]);
  });
});
