import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ArticleRecordSchema } from '../../src/schemas/article';
import { OfficialEntitySchema } from '../../src/schemas/official';
import { PlaceEntitySchema } from '../../src/schemas/place';
import { FileReportSchema } from '../../src/schemas/quality';
import { SectorEntitySchema } from '../../src/schemas/sector';
import { VisitSchema } from '../../src/schemas/visit';

const dir = new URL('../fixtures/content/', import.meta.url);
const read = (name: string): unknown[] => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));

describe('[fixtures] the hand-made content is valid data', () => {
  test.each([
    ['articles.json', ArticleRecordSchema],
    ['visits.json', VisitSchema],
    ['places.json', PlaceEntitySchema],
    ['officials.json', OfficialEntitySchema],
    ['sectors.json', SectorEntitySchema],
    ['quality.json', FileReportSchema],
  ] as const)('%s is not empty and matches its schema', (name, schema) => {
    const records = read(name);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) expect(() => schema.parse(record)).not.toThrow();
  });

  test('every visit quotes its article and every reference resolves', () => {
    const articles = new Map(
      read('articles.json')
        .map((a) => ArticleRecordSchema.parse(a))
        .map((a) => [a.id, a]),
    );
    const visits = read('visits.json').map((v) => VisitSchema.parse(v));
    // Counted, so that fixtures without evidence or stops cannot pass by checking nothing.
    let [quotes, stopParagraphs] = [0, 0];
    for (const visit of visits) {
      const article = articles.get(visit.article);
      expect(article, visit.id).toBeDefined();
      for (const e of visit.evidence) {
        expect(article?.paragraphs[e.paragraph]).toContain(e.text);
        quotes++;
      }
      for (const stop of visit.stops)
        for (const p of stop.paragraphs) {
          expect(article?.paragraphs[p]).toBeDefined();
          stopParagraphs++;
        }
      expect(article?.visits).toContain(visit.id);
    }
    expect(visits.length).toBeGreaterThan(0);
    expect(quotes).toBeGreaterThanOrEqual(visits.length);
    expect(stopParagraphs).toBeGreaterThan(0);
    expect(visits.some((v) => v.date.start?.startsWith('--'))).toBe(true);
  });
});
