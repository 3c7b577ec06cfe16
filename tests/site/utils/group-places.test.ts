import { describe, expect, test } from 'vitest';
import { groupPlacesByProvince, levelLabel, OTHER_PROVINCE } from '../../../src/utils/group-places';
import { place } from './helpers';

describe('[group-places] groups places by province', () => {
  test('provinces in code order, places in code order, foreign last', () => {
    const groups = groupPlacesByProvince([
      place('纽约', { level: 'foreign', parent: null, province: null }),
      place('昆山市', { level: 'county', parent: '苏州市', code: '320583' }),
      place('株洲市', { province: '湖南省', parent: '湖南省', code: '430200' }),
      place('苏州市', { code: '320500' }),
      place('上海市', { level: 'municipality', parent: null, province: '上海市', code: '310000' }),
      place('枫桥镇', { level: 'town', parent: '诸暨市', province: '浙江省' }),
      place('无锡市', { code: '320200' }),
    ]);
    expect(groups.map((g) => [g.province, g.places.map((p) => p.name)])).toEqual([
      ['上海市', ['上海市']],
      ['江苏省', ['无锡市', '苏州市', '昆山市']],
      ['湖南省', ['株洲市']],
      ['浙江省', ['枫桥镇']],
      [OTHER_PROVINCE, ['纽约']],
    ]);
  });

  test('names levels in Chinese', () => {
    expect(levelLabel('county')).toBe('县级行政区');
    expect(levelLabel('foreign')).toBe('境外');
  });
});
