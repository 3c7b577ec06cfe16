/**
 * Long lists cut into pages of a fixed size, so that no page grows with the corpus: the first page
 * at the list's own path (/sectors/rencai/, /visits/), the next ones under it (/sectors/rencai/visits/2/,
 * /visits/2/).
 */

/**
 * The page size `KCL_PAGE_SIZE` sets (a whole number from 1), read when the site is built: it
 * replaces every list's own size, so that a test can build a few articles into lists of several
 * pages (`KCL_PAGE_SIZE=2 npm run build`); null when unset or empty. Anything else is an error,
 * never a silent default.
 */
export function pageSizeFromEnv(
  value: string | undefined = process.env.KCL_PAGE_SIZE,
): number | null {
  if (value === undefined || value.trim() === '') return null;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`KCL_PAGE_SIZE must be a whole number from 1, not “${value}”`);
  return size;
}

const override = pageSizeFromEnv();
/** A list's page size: its own, or KCL_PAGE_SIZE's when that is set. */
export const listPageSize = (own: number): number => override ?? own;

/** Visits a page shows when each is a card with its quoted sentences (entity pages, lists). */
export const CARDS_PER_PAGE = listPageSize(25);
/** Rows a page shows when each quotes a sentence (an entity's articles, an official's titles). */
export const QUOTED_PER_PAGE = listPageSize(50);
/** Rows a page shows when each is one line (articles, officials). */
export const ROWS_PER_PAGE = listPageSize(100);

/** One page of a list. */
export interface ListPage<T> {
  /** The items on this page. */
  items: T[];
  /** This page's number, from 1. */
  number: number;
  /** How many pages the list has. */
  pages: number;
  /** How many items the list has. */
  total: number;
  /** Index (0-based) of this page's first item in the whole list. */
  start: number;
}

/** How many pages a list of `total` items takes (at least one, even when empty). */
export const pageCount = (total: number, size: number): number =>
  Math.max(1, Math.ceil(total / size));

/** The numbers of a list's pages after the first (2, 3 …): those with a path of their own. */
export const laterPageNumbers = (total: number, size: number): number[] =>
  Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);

/** Page `number` of a list. */
export function pageOf<T>(items: readonly T[], size: number, number: number): ListPage<T> {
  const start = (number - 1) * size;
  return {
    items: items.slice(start, start + size),
    number,
    pages: pageCount(items.length, size),
    total: items.length,
    start,
  };
}

/** Every page of a list, in order. */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
  return Array.from({ length: pageCount(items.length, size) }, (_, i) =>
    pageOf(items, size, i + 1),
  );
}

/**
 * The path of page `number`: the first page at `first` itself; page n at `rest` + n
 * (`rest` defaults to `first`: /visits/ → /visits/2/).
 */
export function pagePath(first: string, number: number, rest: string = first): string {
  return number <= 1 ? first : `${rest}${number}/`;
}
