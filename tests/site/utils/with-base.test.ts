import { describe, expect, test } from 'vitest';
import { paragraphHref, withBase } from '../../../src/utils/with-base';

describe('[with-base] prefixes root-relative paths with the base', () => {
  test.each([
    ['/visits/a/', '/', '/visits/a/'],
    ['/visits/a/', '/kaochalu/', '/kaochalu/visits/a/'],
    ['/visits/a/', '/kaochalu', '/kaochalu/visits/a/'],
    ['/', '/kaochalu/', '/kaochalu/'],
    ['/data/visits.csv', '/kaochalu/', '/kaochalu/data/visits.csv'],
    ['#p-3', '/kaochalu/', '#p-3'],
    ['https://example.org/', '/kaochalu/', 'https://example.org/'],
    ['//cdn.example.org/x', '/kaochalu/', '//cdn.example.org/x'],
  ])('%s under %s → %s', (path, base, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });

  test('links a paragraph of an article', () => {
    expect(paragraphHref('004_87b5ec8879539d45', 3)).toBe(
      withBase('/articles/004_87b5ec8879539d45/#p-3'),
    );
  });
});
