/**
 * Who does what in a visit, read from the frame and the words around each group of officials, on
 * small invented articles run through the whole content pipeline.
 */
import { describe, expect, test } from 'vitest';
import { processSeed } from '../../../scripts/lib/process-seed';

const run = (text: string, meta: string | null = null) =>
  processSeed({
    id: 'invented',
    file: 'invented.txt',
    bytes: new TextEncoder().encode(text),
    metaText: meta,
  });
const names = (list: readonly { name: string }[]) => list.map((p) => p.name);

describe('[roles] leaders, members, hosts, senders', () => {
  const article = [
    '临沂市党政代表团赴杭州市考察',
    '6月3日，受市委书记王建国委托，市委副书记、市长李志刚率临沂市党政代表团赴杭州市考察学习。',
    '杭州市委书记陈卫东会见代表团一行。杭州市副市长刘晓明陪同考察。',
    '代表团先后考察了杭州未来科技城和西溪湿地。',
    '市政协副主席赵国强随团考察。',
  ].join('\n\n');
  const { visits } = run(article);
  const visit = visits[0];

  test('one visit, from 临沂 to 杭州', () => {
    expect(visits.map((v) => [v.origin.name, names(v.destinations)])).toEqual([
      ['临沂市', ['杭州市']],
    ]);
  });
  test('率 makes the leader; who only sent the delegation (受…委托) is neither leader nor member', () => {
    expect(names(visit?.leaders ?? [])).toEqual(['李志刚']);
    expect(names([...(visit?.leaders ?? []), ...(visit?.members ?? [])])).not.toContain('王建国');
  });
  test('随团 makes a member, with the delegation’s place in the title', () => {
    expect(visit?.members.map((p) => [p.name, p.title])).toEqual([['赵国强', '临沂市政协副主席']]);
  });
  test('the destination’s officials who 会见 or 陪同 are hosts, with their own city', () => {
    expect(visit?.hosts.map((p) => [p.name, p.title])).toEqual([
      ['陈卫东', '杭州市委书记'],
      ['刘晓明', '杭州市副市长'],
    ]);
  });
  test('the sites are whole names', () => {
    expect(visit?.sites).toEqual(['杭州未来科技城', '西溪湿地']);
  });
});

describe('[roles] a host’s own report', () => {
  test('来我县: the delegation’s leader leads, the paper’s county officials receive', () => {
    const { visits } = run(
      [
        '阜平县党政考察团来我县考察',
        '5月8日，阜平县委书记王建国带领党政考察团来我县参观考察。县委书记李志刚陪同考察。',
      ].join('\n\n'),
      'outlet: 涞源县融媒体中心\n',
    );
    const v = visits[0];
    expect([v?.origin.name, names(v?.destinations ?? [])]).toEqual(['阜平县', ['涞源县']]);
    expect(names(v?.leaders ?? [])).toEqual(['王建国']);
    expect(v?.hosts.map((p) => [p.name, p.title])).toEqual([['李志刚', '涞源县委书记']]);
  });
});

describe('[never silent] a trip the finder cannot place', () => {
  test('an article that speaks of a delegation but gives no visit lists that sentence', () => {
    const result = run(['考察团见闻', '近日，考察团一行深入基层，听取了情况介绍。'].join('\n\n'));
    expect(result.visits).toEqual([]);
    const issues = JSON.stringify(result);
    expect(issues).toContain('visit-unrecognised');
    expect(issues).toContain('考察团一行深入基层');
  });
});
