import { describe, expect, test } from 'vitest';
import { factSources, uniqueSources } from '../../../src/utils/fact-sources';
import { person, visit } from './helpers';

const articles = new Map([
  ['a', ['记者 张三 报道。', '甲市由张三带队，赴乙市考察。张三说，要学。']],
  ['b', ['乙市接待甲市代表团。李四会见了张三一行。']],
]);
const paragraphsOf = (id: string) => articles.get(id);
const own = visit('own', {
  article: 'a',
  leaders: [person('张三')],
  evidence: [{ paragraph: 1, text: '' }],
});
const host = visit('host', { article: 'b', leaders: [person('张三')], hosts: [person('李四')] });

describe('[fact-sources] each report that states a fact, at its sentence', () => {
  test('a leader named in both reports: one source each, never the byline', () => {
    const led = (name: string) =>
      factSources(
        [own, host],
        paragraphsOf,
        (r) => r.leaders.some((p) => p.name === name),
        () => [name],
      );
    expect(led('张三')).toEqual([
      { article: 'a', paragraph: 1, sentence: 0, text: '甲市由张三带队，赴乙市考察。' },
      { article: 'b', paragraph: 0, sentence: 1, text: '李四会见了张三一行。' },
    ]);
  });

  test('a host only the host’s report names: one source', () => {
    const sources = factSources(
      [own, host],
      paragraphsOf,
      (r) => r.hosts.some((p) => p.name === '李四'),
      () => ['李四'],
    );
    expect(sources.map((s) => s.article)).toEqual(['b']);
  });

  test('an article not loaded, or words not in it: no source', () => {
    expect(
      factSources(
        [visit('x', { article: 'z' })],
        paragraphsOf,
        () => true,
        () => ['甲'],
      ),
    ).toEqual([]);
    expect(
      factSources(
        [own],
        paragraphsOf,
        () => true,
        () => ['丙'],
      ),
    ).toEqual([]);
  });

  test('the same sentence once', () => {
    const s = { article: 'a', paragraph: 1, sentence: 0, text: 'x' };
    expect(uniqueSources([s, { ...s }, { ...s, sentence: 1 }])).toHaveLength(2);
  });
});

describe('[fact-sources] the sentence the evidence quotes comes first', () => {
  test('a passing mention: the quoted sentence, not an earlier one naming the same place', () => {
    const paragraphs = ['', '乙市代表团来到甲市。这是继甲市代表团前往乙市考察后的再相聚。'];
    const mention = visit('m', {
      article: 'm',
      evidence: [{ paragraph: 1, text: '这是继甲市代表团前往乙市考察后的再相聚。' }],
    });
    const [found] = factSources(
      [mention],
      () => paragraphs,
      () => true,
      () => ['乙市'],
    );
    expect(found).toMatchObject({ paragraph: 1, sentence: 1 });
  });
});
