import { describe, expect, test } from 'vitest';
import { processSeed } from '../../scripts/lib/process-seed';
import { dateInUrl } from '../../scripts/pipeline/url-date';

describe('[url date] the day a news address files a report under', () => {
  test.each([
    ['http://news.example.cn/system/2009/03/17/012345678.shtml', '2009-03-17'],
    ['http://www.example.gov.cn/xwzx/202305/t20230518_12345.html', '2023-05-18'],
    ['http://www.example.cn/content/2016-07/05/content_4455667.htm', '2016-07-05'],
    ['http://www.example.com/html/news/2011/0903/8899.html', '2011-09-03'],
    ['http://www.example.gov.cn/art/2022/4/9/art_1234_5678.html', '2022-04-09'],
    ['http://www.example.com/zhxx/2021-12-30/163999999.html', '2021-12-30'],
    ['https://www.example.gov.cn/nw123/20240102/abcdef0123.html', '2024-01-02'],
    ['http://www.example.cn/news/2013062414250112345.htm', '2013-06-24'],
    ['http://www.example.gov.cn/xxgk/c100/202403/5f1e2d.shtml', '2024-03'],
  ])('%s → %s', (url, date) => {
    expect(dateInUrl(url)).toBe(date);
  });

  test.each([
    ['an id, not a date', 'http://www.example.cn/contents/53/3011.html'],
    ['a number in the query', 'https://www.example.com/newsTopic_content.php?id=20181120'],
    ['no date at all', 'https://mp.weixin.qq.com/s/8fK2mQxLzT3vWnR5yBcD1A'],
    ['a day that is no day', 'http://www.example.cn/2019/02/30/1.html'],
    ['a year no news was filed in', 'http://www.example.cn/1234/0506/1.html'],
    ['not an address', 'news 2019/03/11'],
  ])('%s: null', (_, url) => {
    expect(dateInUrl(url)).toBeNull();
  });

  test('no address, no date', () => {
    expect(dateInUrl(null)).toBeNull();
  });
});

describe('[url date] an undated report filed under a day', () => {
  const text = [
    '临江党政代表团赴东台学习考察',
    '11月16日至18日，临江市委书记王立群率临江市党政代表团赴东台学习考察。',
  ].join('\n');
  const run = (meta: string) =>
    processSeed({
      id: 'invented',
      file: 'invented.txt',
      bytes: new TextEncoder().encode(text),
      metaText: meta,
    });

  test('its trip takes the year of the day in its address, said to be inferred, and the report says why', () => {
    const r = run('url: "http://news.example.cn/system/2018/11/20/0123.shtml"\n');
    expect(r.visits[0]?.date).toMatchObject({
      start: '2018-11-16',
      end: '2018-11-18',
      inferred: true,
    });
    expect(r.article?.published).toBeNull();
    expect(r.report.notes.map((n) => n.kind)).toContain('date-from-url');
  });

  test('a published date written in meta.yaml is what counts, and no note is made', () => {
    const r = run(
      'url: "http://news.example.cn/system/2018/11/20/0123.shtml"\npublished: 2019-11-20\n',
    );
    expect(r.visits[0]?.date.start).toBe('2019-11-16');
    expect(r.report.notes.map((n) => n.kind)).not.toContain('date-from-url');
  });
});
