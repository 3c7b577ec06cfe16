import { describe, expect, test } from 'vitest';
import { safeExternalUrl } from '../../../src/utils/external-url';

describe('[external-url] links only http(s) URLs', () => {
  test.each([
    [
      'https://www.thepaper.cn/newsDetail_forward_1',
      'https://www.thepaper.cn/newsDetail_forward_1',
    ],
    ['http://example.org', 'http://example.org/'],
    [' https://example.org/a ', 'https://example.org/a'],
    ['javascript:alert(1)', null],
    ['JAVASCRIPT:alert(1)', null],
    ['data:text/html,<script>', null],
    ['/relative/path', null],
    ['ftp://example.org', null],
    ['', null],
    [null, null],
  ])('%j → %j', (url, expected) => {
    expect(safeExternalUrl(url)).toBe(expected);
  });
});
