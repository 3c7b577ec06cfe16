import { describe, expect, test } from 'vitest';
import { isCurrentSection, NAV_ITEMS, withoutBase } from '../../../src/utils/nav';

describe('[nav] marks the current section', () => {
  test.each([
    ['/', '/', true],
    ['/', '/visits/', false],
    ['/visits/', '/visits/a/', true],
    ['/places/', '/visits/', false],
  ])('%s on %s → %s', (href, path, expected) => {
    expect(isCurrentSection(href, path)).toBe(expected);
  });

  test.each([
    ['/kaochalu/visits/', '/kaochalu/', '/visits/'],
    ['/kaochalu/', '/kaochalu/', '/'],
    ['/visits/', '/', '/visits/'],
  ])('withoutBase(%s, %s) → %s', (path, base, expected) => {
    expect(withoutBase(path, base)).toBe(expected);
  });

  test('has the nine sections in order', () => {
    expect(NAV_ITEMS.map((i) => i.label).join(' · ')).toBe(
      '首页 · 考察 · 报道 · 地点 · 人物 · 领域 · 时间线 · 搜索 · 数据 · 关于',
    );
  });
});
