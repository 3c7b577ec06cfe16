import { describe, expect, test } from 'vitest';
import { articlePath } from '../../../src/utils/article-path';
import { paragraphHref } from '../../../src/utils/with-base';

describe('[article-path] the page of an article', () => {
  test.each([
    ['002_cb28012656704f36', '/articles/002_cb28012656704f36/'],
    ['昆山 考察 报道', '/articles/昆山%20考察%20报道/'],
    ['苏州（工业园区）', '/articles/苏州（工业园区）/'],
    ["it's-a_b.c+d&e=f@g~!", "/articles/it's-a_b.c+d&e=f@g~!/"],
  ])('%j → %s', (id, path) => {
    expect(articlePath(id)).toBe(path);
  });

  test('paragraph links use it', () => {
    expect(paragraphHref('昆山 考察', 2)).toBe('/articles/昆山%20考察/#p-2');
  });
});
