import { expect, test } from 'vitest';
import vocabulary from '../../scripts/data/sectors.json';
import { tagSectors } from '../../scripts/extract/sectors';
import { readGold } from './gold';
import { seedParagraphs } from './seed-text';

// Paragraphs about one visit, picked by hand from the seeds (the visit finder's job): article, visit, range.
const visits: [id: string, visit: number, from: number, to: number][] = [
  ['001_2a6d1cd1923ea9e9', 0, 1, 75],
  ['002_cb28012656704f36', 0, 2, 100],
  ['003_5da4af16118beb8c', 0, 7, 13],
  ['004_87b5ec8879539d45', 0, 0, 7],
];

test('[sectors] on the seed visits: every gold sector found, most of what is found in the gold', () => {
  let [found, right, wanted] = [0, 0, 0];
  for (const [id, visit, from, to] of visits) {
    const gold = readGold(id).visits[visit]?.sectors ?? [];
    const tags = tagSectors(seedParagraphs(id).slice(from, to), vocabulary);
    expect([id, gold.filter((g) => !tags.includes(g))]).toEqual([id, []]);
    [found, right, wanted] = [
      found + tags.length,
      right + tags.filter((t) => gold.includes(t)).length,
      wanted + gold.length,
    ];
  }
  expect(right / wanted).toBe(1);
  expect(right / found).toBeGreaterThan(0.6);
});
