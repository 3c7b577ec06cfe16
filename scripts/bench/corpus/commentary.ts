/** Commentary paragraphs: figures, slogans and reflections that carry sector words but no trip facts. */
import { placeAndTitle } from './people';
import type { Random } from './random';
import { fill } from './template';
import type { Trip } from './trip';
import { REGIONS } from './vocabulary';

const COMMENTARY = [
  '{dest}是全国{s1}产业的重要集聚区，去年实现地区生产总值{n}亿元，同比增长{p}%。',
  '近年来，{dest}坚持把{s1}作为主攻方向，构建起“{a}+{b}+X”现代化产业体系，{s2}产业集群规模突破{n}亿元。',
  '此次考察，代表团成员纷纷表示，{dest}的发展经验给人以深刻启示，要对标先进、奋起直追，在{s1}、{s2}等方面补短板、强弱项。',
  '学什么？怎么学？{home}给出的答案是：抓{s1}，强{s2}，优化营商环境。',
  '今年前{k}个月，{dest}多项经济指标增幅居全省前列，其中规上工业增加值同比增长{p}%，{s1}产值增长{q}%。',
  '{home}与{dest}同处{region}，{s1}、{s2}等产业基础相近，合作空间广阔。',
  '考察期间，两地签署了{s1}战略合作协议，将在{s2}、人才交流等方面开展常态化合作。',
  '“{dest}的经验告诉我们，发展{s1}不能等、不能靠，必须主动作为。”一位代表团成员感慨道。',
  '在{dest}，“项目为王”的理念深入人心。{dest}聚焦{s1}招引龙头企业，去年新签约亿元以上项目{k}个，总投资{n}亿元。',
  '规划面积{k}平方公里的{dest}{s1}产业园，集聚了{n}家企业，已成为{dest}{s2}发展的主阵地。',
  '{dest}的实践，对{home}{s1}转型升级和{s2}产业布局具有重要借鉴意义。',
  '从“跟跑”到“并跑”，{dest}用{k}年时间走出了一条以{s1}引领{s2}的新路。',
  '{dest}坚持“一个产业、一名领导、一套班子、一抓到底”，推动{s1}产业链上下游协同发展。',
  '为了留住人才，{dest}推出“人才新政{k}条”，对{s1}领域的顶尖团队给予最高{k}000万元资助。',
  '在政务服务上，{dest}推行“一网通办”“拿地即开工”，企业开办时间压缩至{k}个小时以内。',
  '{dest}把{s2}作为培育新质生产力的重要抓手，设立总规模{n}亿元的产业投资基金。',
  '走进{dest}，一个个{s1}项目加速落地，一条条{s2}产业链不断延伸，发展势头强劲。',
  '据介绍，{dest}已集聚{s1}相关企业{n}余家，其中高新技术企业{k}00余家。',
  '“{dest}的干部有一股敢闯敢试的劲头，这是最值得我们学习的。”代表团成员说。',
  '{dest}与{home}的合作由来已久。此次考察，双方围绕{s1}、{s2}等领域进行了深入交流。',
];

const CLOSINGS = [
  '惟改革者进，惟创新者强，惟改革创新者胜。{home}要以此次考察为契机，把学习成果转化为推动高质量发展的实际行动。',
  '一路走，一路看，一路思考。“比学赶超”的氛围，正在{home}各级干部中蔓延。',
  '考察结束后，{home}召开专题会议，研究部署学习考察成果转化工作，明确了{s1}、{s2}等方面的{k}项具体任务。',
  '学习考察只是起点，对标赶超才是关键。{home}将把{dest}等地的好经验好做法转化为推动{s1}发展的具体举措。',
];

/** Fills a commentary template about the trip's `stopIndex`-th destination. */
function fillAbout(rng: Random, template: string, trip: Trip, stopIndex: number): string {
  const stop = trip.stops[stopIndex % trip.stops.length];
  return fill(template, {
    dest: stop?.place.short ?? trip.home.short,
    home: trip.home.short,
    region: rng.pick(REGIONS),
    s1: stop?.sectors[0] ?? '产业',
    s2: stop?.sectors[1] ?? '科技创新',
    a: rng.int(1, 5),
    b: rng.int(2, 9),
    n: rng.int(300, 30000),
    p: (rng.int(10, 150) / 10).toFixed(1),
    q: (rng.int(10, 300) / 10).toFixed(1),
    k: rng.int(2, 11),
  });
}

/** Makes about `n` commentary paragraphs about one destination, of one or two sentences each, never repeating a template. */
export function commentaryAbout(rng: Random, trip: Trip, stopIndex: number, n: number): string[] {
  const sentences = rng.sample(COMMENTARY, n * 2).map((t) => fillAbout(rng, t, trip, stopIndex));
  const out: string[] = [];
  for (let i = 0; i < sentences.length; ) {
    const take = rng.chance(0.4) ? 2 : 1;
    out.push(sentences.slice(i, i + take).join(''));
    i += take;
  }
  return out.slice(0, n);
}

/** Makes `n` closing paragraphs (the home city draws its lessons). */
export function closingParagraphs(rng: Random, trip: Trip, n: number): string[] {
  return rng.sample(CLOSINGS, n).map((t) => fillAbout(rng, t, trip, 0));
}

/** A sentence that mentions another delegation's visit (a report often recalls one). */
export function mentionedVisit(rng: Random, other: Trip): string {
  const stop = other.stops[0];
  const lead = other.leaders[0];
  const when = rng.pick(['上旬', '中旬', '下旬']);
  return `${other.month}月${when}，${other.home.provinceShort}${other.home.short}党政代表团到${stop?.place.short ?? ''}学习考察，${placeAndTitle(other.home.short, lead?.title ?? '')}${lead?.name ?? ''}带队。`;
}
