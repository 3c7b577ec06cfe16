import { describe, expect, test } from 'vitest';
import { generateArticle } from '../../../scripts/bench/corpus/generate-article';
import { generateCorpus } from '../../../scripts/bench/corpus/generate-corpus';
import { rosterOf } from '../../../scripts/bench/corpus/people';
import { decodeBytes } from '../../../scripts/pipeline/decode';
import { toSimplified } from '../../../scripts/pipeline/opencc';

const corpus = generateCorpus(1, 200);
const share = (p: (a: (typeof corpus)[number]) => boolean): number =>
  corpus.filter(p).length / corpus.length;

describe('[corpus] deterministic from a seed', () => {
  test('the same seed gives the same files', () => {
    const again = generateCorpus(1, 20);
    expect(again.map((a) => [a.id, a.bytes, a.metaYaml])).toEqual(
      corpus.slice(0, 20).map((a) => [a.id, a.bytes, a.metaYaml]),
    );
  });

  test('a smaller corpus is the start of a larger one', () => {
    expect(generateCorpus(1, 5).map((a) => a.id)).toEqual(corpus.slice(0, 5).map((a) => a.id));
  });

  test('another seed gives other articles', () => {
    expect(generateArticle(2, 0).text).not.toBe(generateArticle(1, 0).text);
  });

  test('ids are unique and shaped like seed ids', () => {
    expect(new Set(corpus.map((a) => a.id)).size).toBe(corpus.length);
    for (const a of corpus) expect(a.id).toMatch(/^b\d{4}_[0-9a-f]{16}$/);
  });
});

describe('[corpus] realistic', () => {
  test('every article names a delegation (党政代表团 or 黨政代表團)', () => {
    // Pinyin annotations may sit inside the word: 黨(dǎng)政代表團.
    const bare = (text: string) => text.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '');
    for (const a of corpus) expect(bare(a.text)).toMatch(/党政代表团|黨政代表團/);
  });

  test('some leads follow the pattern 由X市委书记XX带队的X市党政代表团赴A、B学习考察', () => {
    const pattern =
      /\d+月\d+日至\d+日[，,]由\p{Script=Han}+?[市县区]委书记\p{Script=Han}{2,3}带队的\p{Script=Han}+?党政代表团赴.+?学习考察/u;
    expect(share((a) => pattern.test(a.text))).toBeGreaterThan(0.05);
  });

  test('some are traditional, some of those with pinyin, the rest simplified', () => {
    expect(share((a) => a.traits.traditional)).toBeGreaterThan(0.08);
    expect(share((a) => a.traits.traditional)).toBeLessThan(0.25);
    expect(
      corpus.some(
        (a) => a.traits.pinyin && /\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u.test(a.text),
      ),
    ).toBe(true);
  });

  test('hosts are named with 陪同 and boilerplate appears', () => {
    expect(share((a) => /陪同/.test(a.text))).toBeGreaterThan(0.4);
    expect(
      share((a) => /打开网易新闻 查看精彩图片|打開網易新聞 查看精彩圖片/.test(a.text)),
    ).toBeGreaterThan(0.1);
    expect(share((a) => /来源[:：]|來源[:：]/.test(a.text))).toBeGreaterThan(0.2);
    expect(share((a) => /原标题|原標題/.test(a.text))).toBeGreaterThan(0.05);
    expect(share((a) => /责编|责任编辑|責編|責任編輯/.test(a.text))).toBeGreaterThan(0.1);
  });

  test('files come in several encodings and decode back to their text', () => {
    expect(new Set(corpus.map((a) => a.traits.encoding)).size).toBeGreaterThanOrEqual(3);
    for (const a of corpus) expect(decodeBytes(a.bytes).text.normalize()).toBe(a.text.normalize());
  });

  test('places are real divisions and most traditional text converts back to the simplified place name', () => {
    const trad = corpus.filter((a) => a.traits.traditional && !a.traits.pinyin);
    const found = trad.filter((a) => toSimplified(a.text).includes(a.trip.home.short));
    expect(found.length / trad.length).toBeGreaterThan(0.8);
  });

  test('lengths vary like the seeds: 1,000 to 8,000 characters', () => {
    const lengths = corpus.map((a) => a.text.length).sort((x, y) => x - y);
    expect(lengths[0]).toBeGreaterThan(500);
    expect(lengths.at(-1)).toBeLessThan(10_000);
    expect(lengths[100]).toBeGreaterThan(1200);
  });
});

describe('[corpus] officials as real reports name them', () => {
  test('a place has one roster a term: the same people lead and host all term, others the next', () => {
    const a = rosterOf(1, '昆山市', 2021);
    expect(rosterOf(1, '昆山市', 2024)).toEqual(a);
    expect(rosterOf(1, '昆山市', 2026)).not.toEqual(a);
    expect(rosterOf(1, '江阴市', 2021)).not.toEqual(a);
    expect(a.map((o) => o.title)).toEqual([
      '市委书记',
      '市委副书记、市长',
      '市人大常委会主任',
      '市政协主席',
      '市委常委、常务副市长',
      '市委常委、秘书长',
      '副市长',
    ]);
  });

  test('trips of one place in one term are led by people of its roster', () => {
    const trips = corpus.map((a) => a.trip);
    for (const t of trips) {
      const roster = new Set(rosterOf(1, t.home.name, t.year).map((o) => o.name));
      for (const leader of t.leaders) expect(roster).toContain(leader.name);
    }
    // So a corpus names fewer people than it has places for them: at 1,000 reports about two thirds.
    const more = generateCorpus(1, 1000).map((a) => a.trip);
    const named = more.flatMap((t) => [
      ...t.leaders.map((o) => `${t.home.name}|${o.name}`),
      ...t.stops.flatMap((s) => s.hosts.map((o) => `${s.place.name}|${o.name}`)),
    ]);
    expect(new Set(named).size).toBeLessThan(named.length * 0.8);
  });
});
