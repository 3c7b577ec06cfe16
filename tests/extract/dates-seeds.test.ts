import { expect, test } from 'vitest';
import { findArticleDates } from '../../scripts/extract/dates';
import { readGold, SEED_IDS } from './gold';
import { seedParagraphs } from './seed-text';

// The scorer's rule: a gold start --MM-DD matches a start ending with MM-DD; else a prefix.
const matches = (gold: string, found: string | null) =>
  gold.startsWith('--') ? (found ?? '').endsWith(gold.slice(2)) : (found ?? '').startsWith(gold);

test.each(SEED_IDS)('[dates] %s: each gold visit date is found with the gold start', (id) => {
  const gold = readGold(id);
  const mentions = findArticleDates(seedParagraphs(id), gold.published).flat();
  for (const { date } of gold.visits) {
    const first = date.text.split('……')[0] ?? date.text; // 25日……26日: the first day written
    const found = mentions.filter((m) => m.span.text === first);
    expect([
      first,
      found.some((m) => date.start !== null && matches(date.start, m.span.start)),
    ]).toEqual([first, true]);
  }
});
