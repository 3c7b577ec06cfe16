import { describe, expect, test } from 'vitest';
import {
  laterPageNumbers,
  pageCount,
  pageOf,
  pagePath,
  paginate,
} from '../../../src/utils/paginate';

describe('[paginate] long lists in pages of a fixed size', () => {
  test('every item on exactly one page, in order; the last page holds the rest', () => {
    const items = Array.from({ length: 7 }, (_, i) => i);
    const pages = paginate(items, 3);
    expect(pages.map((p) => p.items)).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(pages.map((p) => [p.number, p.pages, p.total, p.start])).toEqual([
      [1, 3, 7, 0],
      [2, 3, 7, 3],
      [3, 3, 7, 6],
    ]);
  });

  test('an empty list is one empty page; a full last page makes no extra one', () => {
    expect(paginate([], 5)).toEqual([{ items: [], number: 1, pages: 1, total: 0, start: 0 }]);
    expect(pageCount(10, 5)).toBe(2);
    expect(pageOf([1, 2, 3, 4], 2, 2).items).toEqual([3, 4]);
  });

  test('the pages with a path of their own are those after the first', () => {
    expect(laterPageNumbers(7, 3)).toEqual([2, 3]);
    expect(laterPageNumbers(3, 3)).toEqual([]);
    expect(laterPageNumbers(0, 3)).toEqual([]);
    expect(laterPageNumbers(101, 50)).toEqual([2, 3]);
  });

  test('page 1 at the list’s own path, the next under it or under `rest`', () => {
    expect(pagePath('/visits/year/2024/', 1)).toBe('/visits/year/2024/');
    expect(pagePath('/visits/year/2024/', 3)).toBe('/visits/year/2024/3/');
    expect(pagePath('/places/x/#visits-out', 2, '/places/x/out/')).toBe('/places/x/out/2/');
    expect(pagePath('/places/x/#visits-out', 1, '/places/x/out/')).toBe('/places/x/#visits-out');
  });
});
