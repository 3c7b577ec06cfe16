/** Towns named by their short name, only inside a city or county the article names. */
import { describe, expect, test } from 'vitest';
import { findArticlePlaces } from '../../scripts/extract/places';

const towns = (...paragraphs: string[]) =>
  findArticlePlaces(paragraphs)
    .flat()
    .flatMap((m) => m.places)
    .filter((p) => p.level === 'town')
    .map((p) => `${p.parent}${p.name}`);

describe('[towns] a town by its short name', () => {
  test('湘湖（闻堰） in an article about 杭州 is 萧山区闻堰街道', () => {
    expect(towns('杭州市有关部门负责人陪同。', '考察团到湘湖（闻堰）考察。')).toEqual([
      '萧山区闻堰街道',
    ]);
  });
  test('the same words with no city of the town named are no town', () => {
    expect(towns('考察团到湘湖（闻堰）考察。')).toEqual([]);
  });
  test('a short name inside a longer word is none; a zone is no town', () => {
    expect(towns('杭州市代表团考察了闻堰路小学。', '参观了杭州经济开发区。')).toEqual([]);
  });
});
