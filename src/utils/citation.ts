/**
 * Citations of a visit (a trip) and of an article: GB/T 7714-2015 text, BibTeX and CSL-JSON,
 * each with the source report(s) and the page's permanent URL. No access date: it is the
 * reader's to add (a build must not depend on the clock).
 */

/** What a citation needs of a report. */
export interface CitedReport {
  title: string;
  outlet: string | null;
  byline: string | null;
  published: string | null;
  sourceUrl: string | null;
}

/** What a citation needs of the page cited. */
export interface CitedPage {
  /** Key for BibTeX and CSL-JSON: the page's id. */
  id: string;
  /** Title of the record. */
  title: string;
  /** Permanent absolute URL of the page. */
  url: string;
  /** Date of the build (update date), ISO, or null. */
  updated: string | null;
  /** The reports it rests on, the main one first. */
  reports: readonly CitedReport[];
}

export const SITE_TITLE = '考察录';

/** 澎湃新闻记者 邱海鸿 → 邱海鸿: the author's name without the outlet and role before it. */
export function authorOf(byline: string | null): string | null {
  if (!byline) return null;
  const name = byline
    .replace(/^.*(?:记者|通讯员|撰稿|作者)[\s/：:]*/u, '')
    .replace(/[\s/]+/gu, ' ')
    .trim();
  return name || null;
}

/** GB/T 7714-2015 entry of a news report: 作者. 题名[N/OL]. 报纸名, 日期. URL. */
export function gbtReport(r: CitedReport): string {
  const author = authorOf(r.byline);
  const head = author ? `${author}. ` : '';
  const where = [r.outlet, r.published].filter(Boolean).join(', ');
  return `${head}${r.title}[N/OL]. ${where || '出版信息不详'}.${r.sourceUrl ? ` ${r.sourceUrl}.` : ''}`;
}

/** GB/T 7714-2015 entry of a 考察录 page: 考察录. 题名[EB/OL]. (更新日期)[引用日期]. URL. 据: … */
export function gbtPage(page: CitedPage): string {
  const updated = page.updated ? `(${page.updated})` : '';
  // Entries of the reports joined by '; ', the page's entry ending with the last one's full stop.
  const based = page.reports.map((r) => gbtReport(r).replace(/\.$/, '')).join('; ');
  return `${SITE_TITLE}. ${page.title}[EB/OL]. ${updated}[引用日期]. ${page.url}.${based ? ` 据: ${based}.` : ''}`;
}

/** Escapes BibTeX's special characters in a field value. */
export function bibEscape(s: string): string {
  return s.replace(/[\\{}%&$#_^~]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '^' || c === '~' ? `\\${c}{}` : `\\${c}`,
  );
}

/** A BibTeX @misc entry of a 考察录 page, its source reports in the note. */
export function bibtexPage(page: CitedPage): string {
  const year = page.updated?.slice(0, 4);
  const fields: [string, string | undefined][] = [
    ['title', page.title],
    ['author', `{${SITE_TITLE}}`],
    ['howpublished', `\\url{${page.url}}`],
    ['url', page.url],
    ['year', year],
    ['note', `据：${page.reports.map(gbtReport).join('；')}`],
  ];
  const body = fields
    .filter((f): f is [string, string] => f[1] !== undefined)
    .map(
      ([k, v]) =>
        `  ${k} = {${k === 'howpublished' || k === 'url' || k === 'author' ? v : bibEscape(v)}}`,
    );
  return `@misc{kaochalu-${page.id},\n${body.join(',\n')}\n}`;
}

/** `2020-04-12` → [[2020, 4, 12]] (CSL date-parts); null when the year is unknown. */
export function dateParts(iso: string | null): { 'date-parts': number[][] } | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso ?? '');
  if (!m) return null;
  return { 'date-parts': [m.slice(1).filter(Boolean).map(Number)] };
}

/** CSL-JSON items: the 考察录 page (webpage), then each report it rests on (article-newspaper). */
export function cslPage(page: CitedPage): Record<string, unknown>[] {
  const compact = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
  const reports = page.reports.map((r, i) =>
    compact({
      id: `kaochalu-${page.id}-source-${i + 1}`,
      type: 'article-newspaper',
      title: r.title,
      'container-title': r.outlet,
      author: authorOf(r.byline) ? [{ literal: authorOf(r.byline) }] : null,
      issued: dateParts(r.published),
      URL: r.sourceUrl,
      language: 'zh-CN',
    }),
  );
  const self = compact({
    id: `kaochalu-${page.id}`,
    type: 'webpage',
    title: page.title,
    'container-title': SITE_TITLE,
    author: [{ literal: SITE_TITLE }],
    issued: dateParts(page.updated),
    URL: page.url,
    language: 'zh-CN',
    note: `据：${page.reports.map((r) => [r.outlet, `《${r.title}》`, r.published].filter(Boolean).join('')).join('；')}`,
  });
  return [self, ...reports];
}

/** GB/T 7714-2015 entry of a download: 考察录. 文件[DS/OL]. 版本 v. (构建日期)[引用日期]. URL. */
export function gbtDataset(
  file: string,
  version: string,
  built: string | null,
  url: string,
): string {
  const date = built ? `(${built})` : '';
  return `${SITE_TITLE}. 考察录数据: ${file}[DS/OL]. 版本 ${version}. ${date}[引用日期]. ${url}.`;
}
