import { describe, expect, test } from 'vitest';
import type { Stop } from '../../../src/schemas/visit';
import { foldPassages, groupEvidence, stopEvidenceId } from '../../../src/utils/evidence-groups';

const paragraphs = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6'];
const stop = (ps: number[]): Stop => ({
  place: {
    name: '昆山市',
    level: 'county',
    parent: '苏州市',
    province: '江苏省',
    code: '320583',
    lat: null,
    lon: null,
  },
  date: null,
  sites: [],
  paragraphs: ps,
});

describe('[evidence-groups] groups a visit page’s passages by stop', () => {
  test('the trip as a whole first, then each stop in route order, each in article order', () => {
    const groups = groupEvidence(
      {
        evidence: [
          { paragraph: 5, text: 'e5' },
          { paragraph: 1, text: 'e1' },
          { paragraph: 3, text: 'e3' },
          { paragraph: 0, text: 'e0' },
        ],
        stops: [stop([5, 3]), stop([1])],
      },
      paragraphs,
    );
    expect(groups.map((g) => [g.id, g.stop, g.passages.map((p) => p.text)])).toEqual([
      ['evidence-general', null, ['e0']],
      ['evidence-stop-1', 0, ['e3', 'e5']],
      ['evidence-stop-2', 1, ['e1']],
    ]);
  });

  test('a stop paragraph missing from the evidence is quoted from the article; unknown ones are dropped', () => {
    const groups = groupEvidence({ evidence: [], stops: [stop([2, 99, 2])] }, paragraphs);
    expect(groups).toEqual([
      { id: 'evidence-stop-1', stop: 0, passages: [{ paragraph: 2, text: 'p2' }] },
    ]);
  });

  test('a paragraph of some stops is shown under each; one of every stop is about the whole trip', () => {
    const groups = groupEvidence(
      {
        evidence: [
          { paragraph: 1, text: 'e1' },
          { paragraph: 4, text: 'e4' },
          { paragraph: 5, text: 'e5' },
        ],
        stops: [stop([1, 4]), stop([1, 4, 5]), stop([1, 5])],
      },
      paragraphs,
    );
    expect(groups.map((g) => [g.id, g.passages.map((p) => p.text)])).toEqual([
      ['evidence-general', ['e1']],
      ['evidence-stop-1', ['e4']],
      ['evidence-stop-2', ['e4', 'e5']],
      ['evidence-stop-3', ['e5']],
    ]);
  });

  test('empty groups are left out; a one-stop trip keeps its paragraphs under its stop', () => {
    const groups = groupEvidence(
      { evidence: [{ paragraph: 4, text: 'e4' }], stops: [stop([4])] },
      paragraphs,
    );
    expect(groups.map((g) => g.id)).toEqual(['evidence-stop-1']);
  });

  test('anchor ids count stops from 1', () => {
    expect(stopEvidenceId(0)).toBe('evidence-stop-1');
  });
});

describe('[evidence-groups] folds long groups', () => {
  test('short groups (up to four) are shown whole: folding two passages would save nothing', () => {
    expect(foldPassages([1, 2, 3, 4])).toEqual({ shown: [1, 2, 3, 4], folded: [] });
  });
  test('long groups show their first two', () => {
    expect(foldPassages([1, 2, 3, 4, 5])).toEqual({ shown: [1, 2], folded: [3, 4, 5] });
  });
});
