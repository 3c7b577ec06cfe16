import { describe, expect, test } from 'vitest';
import { buildDate } from '../../../src/utils/build-date';
import {
  authorOf,
  bibEscape,
  bibtexPage,
  type CitedPage,
  cslPage,
  dateParts,
  gbtDataset,
  gbtPage,
  gbtReport,
} from '../../../src/utils/citation';

const report = {
  title: '甲市党政代表团赴乙市考察',
  outlet: '甲市日报',
  byline: '甲市日报记者 王某',
  published: '2024-03-03',
  sourceUrl: 'https://news.example.cn/a/1.html',
};
const page: CitedPage = {
  id: 'jia-2024-yi',
  title: '甲市党政代表团赴乙市',
  url: 'https://kaochalu.example.org/visits/jia-2024-yi/',
  updated: '2024-03-05',
  reports: [report, { ...report, title: '乙市接待_50%', byline: null, sourceUrl: null }],
};

describe('[citation] GB/T 7714-2015', () => {
  test('a report: 作者. 题名[N/OL]. 报纸名, 日期. URL.', () => {
    expect(gbtReport(report)).toBe(
      '王某. 甲市党政代表团赴乙市考察[N/OL]. 甲市日报, 2024-03-03. https://news.example.cn/a/1.html.',
    );
  });

  test('a page: 考察录. 题名[EB/OL]. (更新日期)[引用日期]. URL. 据: its reports', () => {
    expect(gbtPage(page)).toBe(
      '考察录. 甲市党政代表团赴乙市[EB/OL]. (2024-03-05)[引用日期]. https://kaochalu.example.org/visits/jia-2024-yi/. ' +
        '据: 王某. 甲市党政代表团赴乙市考察[N/OL]. 甲市日报, 2024-03-03. https://news.example.cn/a/1.html; ' +
        '乙市接待_50%[N/OL]. 甲市日报, 2024-03-03.',
    );
  });

  test.each([
    ['澎湃新闻记者 邱海鸿', '邱海鸿'],
    ['株洲日报全媒体记者/周莹', '周莹'],
    ['撰稿 新华日报记者 方思伟', '方思伟'],
    ['李某', '李某'],
    [null, null],
  ])('author of %s', (byline, author) => {
    expect(authorOf(byline)).toBe(author);
  });
});

describe('[citation] BibTeX and CSL-JSON', () => {
  test('BibTeX escapes special characters in titles and notes, not in the URL', () => {
    expect(bibEscape('a_b 50% {x} & #1')).toBe('a\\_b 50\\% \\{x\\} \\& \\#1');
    const bib = bibtexPage(page);
    expect(bib.startsWith('@misc{kaochalu-jia-2024-yi,\n')).toBe(true);
    expect(bib).toContain('  url = {https://kaochalu.example.org/visits/jia-2024-yi/}');
    expect(bib).toContain('  year = {2024}');
    expect(bib).toContain('乙市接待\\_50\\%');
    expect(bib.endsWith('\n}')).toBe(true);
  });

  test('CSL-JSON: the page, then each report with its date parts', () => {
    const [self, first, second] = cslPage(page);
    expect(self).toMatchObject({ id: 'kaochalu-jia-2024-yi', type: 'webpage', URL: page.url });
    expect(first).toMatchObject({
      type: 'article-newspaper',
      'container-title': '甲市日报',
      author: [{ literal: '王某' }],
      issued: { 'date-parts': [[2024, 3, 3]] },
      URL: report.sourceUrl,
    });
    expect(second).not.toHaveProperty('URL');
    expect(second).not.toHaveProperty('author');
  });

  test.each([
    ['2020', [[2020]]],
    ['2020-04', [[2020, 4]]],
    ['2020-04-12', [[2020, 4, 12]]],
  ])('date parts of %s', (iso, parts) => {
    expect(dateParts(iso)).toEqual({ 'date-parts': parts });
  });
  test('no date parts without a year', () => {
    expect(dateParts('--02-27')).toBeNull();
    expect(dateParts(null)).toBeNull();
  });
});

describe('[build-date] from the input, never the clock', () => {
  test('the newest publication date', () => {
    expect(buildDate(['2020-04-12', null, '2025-03', '2023-11-20'], undefined)).toBe('2025-03');
  });
  test('months only: the newest month; nothing: null', () => {
    expect(buildDate(['2020-04', '2021'], undefined)).toBe('2021');
    expect(buildDate([null], undefined)).toBeNull();
  });
  test('SOURCE_DATE_EPOCH wins', () => {
    expect(buildDate(['2020-04-12'], '1700000000')).toBe('2023-11-14');
  });
});

describe('[citation] a download', () => {
  test('file, version and build date', () => {
    expect(
      gbtDataset('visits.json', '0.1.0', '2025-03', 'https://x.example/data/visits.json'),
    ).toBe(
      '考察录. 考察录数据: visits.json[DS/OL]. 版本 0.1.0. (2025-03)[引用日期]. https://x.example/data/visits.json.',
    );
  });
});
