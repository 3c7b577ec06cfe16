import { describe, expect, test } from 'vitest';
import type { OfficialEntity } from '../../../src/schemas/official';
import {
  createOfficialResolver,
  createPlaceResolver,
  createSectorResolver,
} from '../../../src/utils/resolve-entities';
import { person, place, placeEntity } from './helpers';

const official = (
  id: string,
  name: string,
  extra: Partial<OfficialEntity> = {},
): OfficialEntity => ({
  id,
  name,
  title: '',
  place: null,
  titles: [],
  visitsLed: [],
  visitsHosted: [],
  visitsJoined: [],
  articles: [],
  url: `/officials/${id}/`,
  ...extra,
});

describe('[resolve-entities] finds the pages of places, officials and sectors', () => {
  const places = [
    placeEntity('gulou-nanjing', '鼓楼区', { level: 'district', parent: '南京市', code: '320106' }),
    placeEntity('gulou-xuzhou', '鼓楼区', { level: 'district', parent: '徐州市', code: '320302' }),
    placeEntity('gulou-fuzhou', '鼓楼区', {
      level: 'district',
      parent: '福州市',
      province: '福建省',
    }),
    placeEntity('kunshan', '昆山市', { level: 'county', parent: '苏州市', code: '320583' }),
  ];
  const resolve = createPlaceResolver(places);

  test.each([
    ['by code', place('鼓楼区', { code: '320302', parent: '徐州市' }), 'gulou-xuzhou'],
    ['by name and parent', place('鼓楼区', { parent: '南京市' }), 'gulou-nanjing'],
    ['by name and province', place('鼓楼区', { parent: null, province: '福建省' }), 'gulou-fuzhou'],
    ['by a unique name', place('昆山市', { parent: null, province: null }), 'kunshan'],
    ['not when ambiguous', place('鼓楼区', { parent: null }), undefined],
    ['not when unknown', place('深圳市'), undefined],
  ])('places %s', (_, p, id) => {
    expect(resolve(p)?.id).toBe(id);
  });

  const officials = createOfficialResolver([
    official('wang-qi', '王琪', { place: '江阴市', visitsLed: ['v1'], articles: ['a1'] }),
    official('wang-qi-2', '王琪', {
      place: '南京市',
      titles: [{ title: '南京市副市长', place: '南京市', article: 'a2', date: null }],
      articles: ['a2'],
      visitsHosted: ['v2'],
    }),
    official('xu-feng', '许峰'),
  ]);

  test.each([
    ['by visit and role', person('王琪'), { visit: 'v2', role: 'hosted' as const }, 'wang-qi-2'],
    ['by article', person('王琪'), { article: 'a1' }, 'wang-qi'],
    ['by title and place', person('王琪', '南京市副市长', '南京市'), {}, 'wang-qi-2'],
    ['by place', person('王琪', '市长', '江阴市'), {}, 'wang-qi'],
    ['by a unique name', person('许峰'), {}, 'xu-feng'],
    ['not when ambiguous', person('王琪'), {}, undefined],
  ])('officials %s', (_, p, context, id) => {
    expect(officials(p, context)?.id).toBe(id);
  });

  test('sectors by label', () => {
    const resolveSector = createSectorResolver([
      {
        id: 'robots',
        label: '机器人',
        keywords: [],
        visits: [],
        articles: [],
        url: '/sectors/robots/',
      },
    ]);
    expect(resolveSector('机器人')?.id).toBe('robots');
    expect(resolveSector('咖啡')).toBeUndefined();
  });
});
