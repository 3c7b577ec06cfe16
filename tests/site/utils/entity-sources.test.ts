import { describe, expect, test } from 'vitest';
import {
  articleMention,
  personTripSources,
  placeTripSources,
  sectorTripSources,
} from '../../../src/utils/entity-sources';
import { person, place, visit } from './helpers';

const articles = new Map([
  ['a', ['记者 张三 报道。', '甲市由张三带队，赴乙市考察。大家关注低空经济。']],
  ['b', ['乙市接待甲市代表团。李四会见了张三一行。', '李四书记说，欢迎。']],
]);
const paragraphsOf = (id: string) => articles.get(id);
const own = visit('own', {
  article: 'a',
  origin: place('甲市'),
  destinations: [place('乙市')],
  leaders: [person('张三')],
  sectors: ['低空经济'],
  evidence: [{ paragraph: 1, text: '' }],
});
const host = visit('host', {
  article: 'b',
  origin: place('甲市'),
  destinations: [place('乙市')],
  leaders: [person('张三')],
  hosts: [person('李四')],
});
const trip = { reports: [own, host] };
const at = (sources: { article: string; paragraph: number; sentence: number }[]) =>
  sources.map((s) => `${s.article}#${s.paragraph}.${s.sentence}`);

describe('[entity-sources] the sentence that ties a trip to a place, person or sector', () => {
  test.each([
    ['origin 甲市', placeTripSources(trip, '甲市', 'out', paragraphsOf), ['a#1.0', 'b#0.0']],
    ['destination 乙市', placeTripSources(trip, '乙市', 'in', paragraphsOf), ['a#1.0', 'b#0.0']],
    ['not a destination', placeTripSources(trip, '甲市', 'in', paragraphsOf), []],
    ['leader 张三', personTripSources(trip, '张三', 'led', paragraphsOf), ['a#1.0', 'b#0.1']],
    [
      'host 李四, only in the host’s report',
      personTripSources(trip, '李四', 'hosted', paragraphsOf),
      ['b#0.1'],
    ],
    [
      'sector of one report',
      sectorTripSources(trip, '低空经济', ['无人机'], paragraphsOf),
      ['a#1.1'],
    ],
  ])('%s', (_, sources, expected) => {
    expect(at(sources)).toEqual(expected);
  });

  test('an article’s mention prefers the sentence with the title, never furniture', () => {
    const paragraphs = articles.get('b') ?? [];
    expect(articleMention('b', paragraphs, ['李四'], '书记')?.text).toBe('李四书记说，欢迎。');
    expect(articleMention('b', paragraphs, ['李四'], '市长')?.text).toBe('李四会见了张三一行。');
    expect(articleMention('a', articles.get('a') ?? [], ['张三'])?.paragraph).toBe(1);
    expect(articleMention('a', [], ['张三'])).toBeNull();
  });
});
