/** Seed articles as the normalization pipeline will give them: simplified, pinyin stripped, full-width punctuation. */
import { readFileSync } from 'node:fs';
import { Converter } from 'opencc-js';

const toSimplified = Converter({ from: 'tw', to: 'cn' });

/** Reads a seed as simplified paragraphs (a rough stand-in for the normalization pipeline). */
export function seedParagraphs(id: string): string[] {
  const raw = readFileSync(new URL(`../../seeds/${id}.txt`, import.meta.url), 'utf8');
  const text = toSimplified(raw.replace(/\(([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\)/gu, ''))
    .replace(/上\?!\?\+8”/gu, '上海“1+8”')
    .replace(/,/gu, '，')
    .replace(/:/gu, '：')
    .replace(/;/gu, '；')
    .replace(/\?/gu, '？')
    .replace(/\((?=\S)/gu, '（')
    .replace(/\)/gu, '）');
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
