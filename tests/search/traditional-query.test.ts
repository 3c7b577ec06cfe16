/**
 * [traditional-query] traditional → simplified for queries: the committed table is what the
 * tool writes now, it converts as the pipeline does, and it is loaded only for traditional text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { toSimplified, toTraditional } from '../../scripts/pipeline/opencc';
import {
  makeQueryTable,
  serializeQueryTable,
  TABLE_PATH,
} from '../../scripts/tools/build-query-t2s';
import {
  applyQueryTable,
  gb2312Han,
  hasTraditional,
  type QueryTable,
  toSimplifiedQuery,
} from '../../src/scripts/search/traditional-query';

const committed = JSON.parse(readFileSync(TABLE_PATH, 'utf8')) as QueryTable;

describe('[traditional-query] the table', () => {
  test('the committed table is up to date (else: tsx scripts/tools/build-query-t2s.ts)', () => {
    expect(readFileSync(TABLE_PATH, 'utf8')).toBe(serializeQueryTable(makeQueryTable()));
  });

  test('is small: under 30 KB (the opencc-js t2cn bundle is 109 KB)', () => {
    expect(Buffer.byteLength(readFileSync(TABLE_PATH))).toBeLessThan(30_000);
  });

  test('GB 2312 has its 6,763 Han characters', () => {
    expect(gb2312Han().size).toBe(6763);
  });
});

describe('[traditional-query] conversion', () => {
  test.each([
    ['蘇州', '苏州'],
    ['無錫 跨江融合發展', '无锡 跨江融合发展'],
    ['陳麗艷', '陈丽艳'],
    ['无锡 跨江融合發展', '无锡 跨江融合发展'],
    ['崑山', '昆山'],
    ['後來', '后来'],
    ['乾縣', '乾县'],
    ['一目瞭然', '一目了然'],
    ['"最強縣級市"', '"最强县级市"'],
  ])('%s → %s', async (traditional, simplified) => {
    expect(await toSimplifiedQuery(traditional)).toBe(simplified);
  });

  test.each(['昆山', '乾县', '著名', '什么', '徵', 'AI 产业'])(
    '%s (simplified) stays as typed',
    async (q) => {
      expect(hasTraditional(q)).toBe(false);
      expect(await toSimplifiedQuery(q)).toBe(q);
    },
  );

  test('every place, official and sector name of the site, written in traditional, comes back', () => {
    // The test build writes its content beside the site (tests/support/built-site.ts).
    const content = `${inject('siteRoot')}.content`;
    const names = ['places', 'officials', 'sectors'].flatMap((file) => {
      const records = JSON.parse(readFileSync(`${content}/data/${file}.json`, 'utf8')) as {
        name?: string;
        label?: string;
      }[];
      return records.map((r) => r.name ?? r.label ?? '');
    });
    expect(names.length).toBeGreaterThan(50);
    const wrong = names.filter((name) => applyQueryTable(committed, toTraditional(name)) !== name);
    expect(wrong).toEqual([]);
  });

  test('converts as the pipeline does, phrase by phrase', () => {
    const text = '憑藉跨江融合發展，乾乾淨淨的園區；後來蘇州、無錫、崑山都來了';
    expect(applyQueryTable(committed, text)).toBe(toSimplified(text));
  });
});
