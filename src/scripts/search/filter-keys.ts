/** The filters of the index and of the search page's URL (`?q=…&to=昆山市`), shared by both. */

/** The page types, as the `type` filter names them. */
export const PAGE_TYPES = ['考察', '报道', '地点', '人物', '领域'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** The filter keys, in the order the search page shows them, with their labels. */
export const FILTER_KEYS = {
  type: '类型',
  from: '出发地',
  to: '目的地',
  official: '人物',
  sector: '领域',
  year: '年份',
} as const;
export type FilterKey = keyof typeof FILTER_KEYS;

/** Every filter key, in order. */
export const FILTER_KEY_LIST = Object.keys(FILTER_KEYS) as FilterKey[];
