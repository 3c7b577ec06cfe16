import { readdirSync, readFileSync } from 'node:fs';
import { Converter } from 'opencc-js';
import { describe, expect, test } from 'vitest';
import { findArticlePlaces, placesNamed } from '../../scripts/extract/places';

const seeds = new URL('../../seeds/', import.meta.url);
const golds = new URL('../gold/seeds/', import.meta.url);
const toSimplified = Converter({ from: 'tw', to: 'cn' });

/** A seed as simplified paragraphs: pinyin annotations dropped, traditional converted. */
function paragraphs(id: string): string[] {
  const raw = readFileSync(new URL(`${id}.txt`, seeds), 'utf8').replace(
    /\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/gu,
    '',
  );
  return toSimplified(raw)
    .split(/\r?\n/u)
    .filter((l) => l.trim() !== '');
}

/** The scorer's key of a place: its own short name (长沙市望城区 → 望城). */
function key(name: string): string {
  const own = /^(?:.+?[省市])+(.+?[区县市旗])$/u.exec(name)?.[1] ?? name;
  return own.replace(/(特别行政区|自治州|自治县|地区|新区|省|市|区|县|镇|村)$/u, '');
}

const ids = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4));

describe('[places] seed articles against the gold', () => {
  test.each(ids)('%s: every gold place found, at most one spurious', (id) => {
    const gold = JSON.parse(readFileSync(new URL(`${id}.gold.json`, golds), 'utf8')) as {
      places: string[];
      places_optional: string[];
    };
    const found = placesNamed(findArticlePlaces(paragraphs(id)).flat()).filter(
      (p) => p.level !== 'province' && p.level !== 'town',
    );
    const keys = new Set(found.map((p) => key(p.name)));
    const wanted = new Set([...gold.places, ...gold.places_optional].map(key));
    expect(gold.places.map(key).filter((k) => !keys.has(k))).toEqual([]);
    expect([...keys].filter((k) => !wanted.has(k)).length).toBeLessThanOrEqual(1);
  });
});
