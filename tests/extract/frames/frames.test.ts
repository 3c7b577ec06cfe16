/**
 * The event frame of one sentence, on invented sentences of the shapes real reports use: who (the
 * delegation, its place, its leaders), does what (goes, is at, studies, meets), where, when.
 */
import { describe, expect, test } from 'vitest';
import { type Frame, readFrames } from '../../../scripts/extract/frames/frames';
import { sentenceRanges } from '../../../scripts/extract/frames/sentences';
import { sentencesOf } from './sentences-of';

const framesOf = (text: string): Frame[] => sentencesOf(text).flatMap((s) => readFrames(s));
const names = (list: readonly { name: string }[] | undefined) => (list ?? []).map((x) => x.name);
/** The frame that says where the delegation goes (a move, a study or a stay). */
const going = (text: string): Frame => {
  const f = framesOf(text).find((x) => x.destinations.length > 0 || x.home);
  if (!f) throw new Error(`no frame with a destination in ${text}`);
  return f;
};

describe('[frames] who goes where', () => {
  test('由X和Y率领的Z代表团…启程赴A省和B省: both lead, both provinces', () => {
    const f = going(
      '由临沂市委书记王建国和市长李志刚率领的临沂市代表团，22日启程赴浙江省和江苏省进行为期五天的学习考察。',
    );
    expect(f.origin?.name).toBe('临沂市');
    expect(names(f.subject?.leaders)).toEqual(['王建国', '李志刚']);
    expect(names(f.destinations)).toEqual(['浙江省', '江苏省']);
    expect(f.date?.span.text).toBe('22日');
  });

  test('以X为团长、Y为副团长的我省代表团: the names without 为, the paper’s own province', () => {
    const f = going(
      '以省委书记陈卫东为团长、省长刘晓明为副团长的我省党政代表团一行，今天中午抵达广州。',
    );
    expect(names(f.subject?.leaders)).toEqual(['陈卫东', '刘晓明']);
    expect(f.originHome).toBe(true);
    expect(names(f.destinations)).toEqual(['广州市']);
  });

  test('县委书记X率县党政考察团到北京市通州区: a title without its place, a district of a municipality', () => {
    const f = going('县委书记赵国强率县党政考察团到北京市通州区考察。');
    expect(f.bareLed).toBe(true);
    expect(f.origin).toBeNull();
    expect(f.destinations.map((d) => [d.name, d.parent])).toEqual([['通州区', '北京市']]);
  });

  test('X党政考察团来我县: the host’s own report goes to the report’s place', () => {
    const f = going('阜平县党政考察团来我县参观考察。');
    expect(f.origin?.name).toBe('阜平县');
    expect(f.home).toBe(true);
  });

  test('a delegation that once came (曾来) is a frame too, whatever the segmenter glued', () => {
    const f = going('去年11月，通州区党政代表团曾来香河县考察。');
    expect(f.origin?.name).toBe('通州区');
    expect(names(f.destinations)).toEqual(['香河县']);
  });

  test('受X委托: who sent the delegation is no leader of it', () => {
    const f = going('受市委书记王建国委托，市委副书记、市长李志刚率临沂市党政代表团赴杭州市考察。');
    expect(names(f.subject?.leaders)).toEqual(['李志刚']);
  });

  test('a place named in brackets after a local name is where the delegation went (湘湖（闻堰）)', () => {
    const f = going('杭州市有关负责人介绍情况。恩施州考察团到湘湖（闻堰）考察。');
    expect(f.destinations.map((d) => [d.name, d.level])).toEqual([['闻堰街道', 'town']]);
  });

  test.each([
    [
      '第二组由县长X带队，赴A市重点学习…: a group led apart, its place a destination',
      '第二组由县委副书记、县长刘明远带队，赴张家港市重点学习港口物流。',
      true,
    ],
    [
      '县长X带队，赴A市详细了解…: no group word, the place is still no site’s',
      '县委副书记、县长刘明远带队，赴张家港市详细了解港口物流。',
      false,
    ],
  ])('%s', (_, text, group) => {
    const f = going(text);
    expect(names(f.destinations)).toEqual(['张家港市']);
    expect(f.siteAreas).toEqual([]);
    expect(f.group).toBe(group);
  });

  test.each([
    [
      '我县今年5月赴浙江温州…: the report’s own place goes',
      '据了解，这一项目是我县今年5月赴浙江温州开展招商考察的成果。',
      true,
    ],
    [
      '我市日前组团赴…: 组团 between the place and the movement',
      '我市日前组团赴浙江温州开展招商考察。',
      true,
    ],
    ['我县企业赴…: the firms go, not the county', '今年以来，我县企业赴浙江温州参展12次。', false],
  ])('%s', (_, text, goes) => {
    const f = framesOf(text).find((x) => x.destinations.some((d) => d.name === '温州市'));
    expect(f?.originHome ?? false).toBe(goes);
  });

  test('游客来到X: a sentence whose subject is no delegation makes no trip', () => {
    expect(
      framesOf('今年以来，近2万游客来到南通游玩。').filter((f) => f.destinations.length > 0),
    ).toEqual([]);
  });

  test('X会见了Y代表团一行: the officials before the verb receive, the delegation after it is the guest', () => {
    const f = framesOf('浙江省委书记陈卫东在杭州会见了贵州省党政代表团一行。').find(
      (x) => x.kind === 'meet',
    );
    expect(f?.origin?.name).toBe('贵州省');
    expect(names(f?.hosts)).toEqual(['陈卫东']);
    expect(names(f?.destinations)).toEqual(['杭州市']);
  });
});

describe('[sentences] where a sentence ends', () => {
  test.each([
    [
      '代表团赴佛山考察。佛山市委书记会见代表团。',
      ['代表团赴佛山考察。', '佛山市委书记会见代表团。'],
    ],
    ['看什么？学什么？', ['看什么？', '学什么？']],
    // A lost character left as ? (detect-damage) ends no sentence.
    [
      '佛山市委书记邓伟雄会?代表团一行，副市长梁嘉文陪同考察。',
      ['佛山市委书记邓伟雄会?代表团一行，副市长梁嘉文陪同考察。'],
    ],
  ])('%s', (text, sentences) => {
    expect(sentenceRanges(text).map(([s, e]) => text.slice(s, e))).toEqual(sentences);
  });
});
