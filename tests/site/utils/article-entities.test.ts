import { describe, expect, test } from 'vitest';
import { articleEntityMarks } from '../../../src/utils/article-entities';
import { createSectorResolver } from '../../../src/utils/resolve-entities';
import { person, place, placeEntity } from './helpers';

describe('[article-entities] lists what to mark in an article', () => {
  test('places (full and short), officials, sector labels and keywords; in that order', () => {
    const kunshan = placeEntity('kunshan', '昆山市', { parent: '苏州市', level: 'county' });
    const marks = articleEntityMarks(
      {
        id: 'a1',
        places: [place('昆山市'), place('不存在市')],
        officials: [person('陈丽艳', '昆山市委书记', '昆山市'), person('无名')],
        sectors: ['机器人'],
      },
      {
        place: (p) => (p.name === '昆山市' ? kunshan : undefined),
        official: (p) =>
          p.name === '陈丽艳'
            ? {
                id: 'chen-liyan',
                name: '陈丽艳',
                title: '',
                place: null,
                titles: [],
                visitsLed: [],
                visitsHosted: [],
                visitsJoined: [],
                articles: [],
                url: '/officials/chen-liyan/',
              }
            : undefined,
        sector: createSectorResolver([
          {
            id: 'robots',
            label: '机器人',
            keywords: ['机器人', '具身智能', '狗'],
            visits: [],
            articles: [],
            url: '/sectors/robots/',
          },
        ]),
      },
      '/kaochalu/',
    );
    expect(marks).toEqual([
      {
        text: '昆山市',
        href: '/kaochalu/places/kunshan/',
        kind: 'place',
        title: '地点：昆山市（江苏省苏州市）',
      },
      {
        text: '昆山',
        href: '/kaochalu/places/kunshan/',
        kind: 'place',
        title: '地点：昆山市（江苏省苏州市）',
      },
      {
        text: '陈丽艳',
        href: '/kaochalu/officials/chen-liyan/',
        kind: 'official',
        title: '人物：昆山市委书记 陈丽艳',
      },
      { text: '机器人', href: '/kaochalu/sectors/robots/', kind: 'sector', title: '领域：机器人' },
      {
        text: '具身智能',
        href: '/kaochalu/sectors/robots/',
        kind: 'sector',
        title: '领域：机器人（按关键词“具身智能”标注）',
      },
    ]);
  });
});
