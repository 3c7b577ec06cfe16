/** [url-state] the search in the URL: read, written, and back again. */
import { describe, expect, test } from 'vitest';
import { readRequest, writeRequest } from '../../src/scripts/search/url-state';

describe('[url-state]', () => {
  test('reads the query and the known filters', () => {
    expect(readRequest('?q=%E6%98%86%E5%B1%B1&to=%E6%98%86%E5%B1%B1%E5%B8%82&x=1&year=')).toEqual({
      q: '昆山',
      filters: { to: ['昆山市'] },
    });
  });

  test('a filter given twice is two values (either); repeats and blanks are dropped', () => {
    expect(
      readRequest(
        '?to=%E6%98%86%E5%B1%B1%E5%B8%82&to=&to=%E8%8B%8F%E5%B7%9E%E5%B8%82&to=%E6%98%86%E5%B1%B1%E5%B8%82',
      ),
    ).toEqual({
      q: '',
      filters: { to: ['昆山市', '苏州市'] },
    });
  });

  test('several values are written once each, in order, and read back the same', () => {
    const request = { q: '园区', filters: { to: ['昆山市', '苏州市'], year: ['2025'] } };
    const search = writeRequest(request);
    expect(search).toBe(
      '?q=%E5%9B%AD%E5%8C%BA&to=%E6%98%86%E5%B1%B1%E5%B8%82&to=%E8%8B%8F%E5%B7%9E%E5%B8%82&year=2025',
    );
    expect(readRequest(search)).toEqual(request);
  });

  test('an empty URL is an empty request', () => {
    expect(readRequest('')).toEqual({ q: '', filters: {} });
  });

  test('writes q first, then the filters in their order, leaving out empty ones', () => {
    const search = writeRequest({
      q: ' 无锡 跨江融合发展 ',
      filters: { year: ['2020'], type: ['考察'], sector: [''] },
    });
    expect(search).toBe(
      '?q=%E6%97%A0%E9%94%A1+%E8%B7%A8%E6%B1%9F%E8%9E%8D%E5%90%88%E5%8F%91%E5%B1%95&type=%E8%80%83%E5%AF%9F&year=2020',
    );
    expect(readRequest(search)).toEqual({
      q: '无锡 跨江融合发展',
      filters: { type: ['考察'], year: ['2020'] },
    });
  });

  test('nothing to write gives an empty string', () => {
    expect(writeRequest({ q: '  ', filters: {} })).toBe('');
  });
});
