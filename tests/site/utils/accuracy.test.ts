import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { accuracyRows, formatScore } from '../../../src/utils/accuracy';
import { loadAccuracy } from '../../../src/utils/load-accuracy';

const seeds = {
  articles: 5,
  rows: {
    officials: { tp: 20, pred: 25, gold: 24, p: 0.8, r: 0.8333, f: 0.8163 },
    visits: { tp: 9, pred: 10, gold: 11, p: 0.9, r: 0.818, f: 0.857 },
    extra: { tp: 1, pred: 1, gold: 1, p: 1, r: 1, f: 1 },
  },
  dates: 0.75,
  mentions: 1,
  officialPlaces: 0.9,
  overall: 0.8,
};
const sample = { seeds, corpus: null };

describe('[accuracy] reads and tabulates the scorer output', () => {
  test('known fields first in a fixed order, then the others', () => {
    const rows = accuracyRows(seeds);
    expect(rows.map((r) => [r.field, r.label, r.counts])).toEqual([
      ['visits', '考察（行程）', '9/10/11'],
      ['officials', '文中人物', '20/25/24'],
      ['extra', 'extra', '1/1/1'],
    ]);
    expect(formatScore(rows[1]?.recall ?? 0)).toBe('0.83');
  });

  test('absent file: not measured', () => {
    expect(loadAccuracy('/nonexistent/accuracy.json')).toBeNull();
  });

  test('present file: parsed; wrong shape: an error naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kcl-'));
    writeFileSync(join(dir, 'accuracy.json'), JSON.stringify(sample));
    expect(loadAccuracy(join(dir, 'accuracy.json'))?.seeds?.overall).toBe(0.8);
    writeFileSync(join(dir, 'bad.json'), '{"rows": 1}');
    expect(() => loadAccuracy(join(dir, 'bad.json'))).toThrow(/bad\.json/);
  });
});
