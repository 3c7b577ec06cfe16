import { describe, expect, test } from 'vitest';
import { placeAliases } from '../../../src/utils/place-aliases';

describe('[place-aliases] gives the names a place goes by in text', () => {
  test.each([
    ['昆山市', ['昆山市', '昆山']],
    ['吴江区', ['吴江区', '吴江']],
    ['江苏省', ['江苏省', '江苏']],
    ['明溪县', ['明溪县', '明溪']],
    ['枫桥镇', ['枫桥镇', '枫桥']],
    ['浦东新区', ['浦东新区', '浦东']],
    ['广西壮族自治区', ['广西壮族自治区', '广西']],
    ['恩施土家族苗族自治州', ['恩施土家族苗族自治州', '恩施']],
    ['大兴安岭地区', ['大兴安岭地区', '大兴安岭']],
    ['沙市区', ['沙市区', '沙市']],
    ['和县', ['和县']],
    ['纽约', ['纽约']],
  ])('%s → %j', (name, expected) => {
    expect(placeAliases(name)).toEqual(expected);
  });
});
