/** Places an article's address names in pinyin, and the words of addresses that name none. */
import { describe, expect, test } from 'vitest';
import { placesInUrl } from '../../scripts/extract/url-places';

const names = (url: string) => placesInUrl(url).map((p) => p.name);

describe('[places] an address names its city', () => {
  test.each([
    ['http://www.weihai.tv/news/2023/0221/1.html', ['威海市']],
    ['http://www.abc.cn/html/news/taixing/2006/1214/3322.html', ['泰兴市']],
    // A platform, an agency, a common path word: pinyin of a county's name, no place.
    ['https://mp.weixin.qq.com/s/8fK2mQxLzT3vWnR5yBcD1A', []],
    ['http://www.xinhuanet.com/xinhua/2024-05/01/c_1.htm', []],
    ['http://www.example.gov.cn/gongan/tongzhi/1.html', []],
  ])('%s → %j', (url, expected) => {
    expect(names(url)).toEqual(expected);
  });
});
