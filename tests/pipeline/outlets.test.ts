/**
 * Whole pages copied from outlets the seeds do not cover, one folder each under
 * tests/fixtures/outlets: input.txt as copied (page furniture included) and expected.json written
 * by hand: the title, the header facts, the paragraphs in order and every line set aside.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { type Normalized, normalize } from '../../scripts/pipeline/normalize';
import { toSimplified } from '../../scripts/pipeline/opencc';
import { widenPunctuation } from '../../scripts/pipeline/punctuation';

/** What a page must give: the header facts, the paragraphs in order, every line set aside (a footer block is its lines). */
type Expected = Pick<
  Normalized,
  'title' | 'outlet' | 'byline' | 'published' | 'editors' | 'paragraphs' | 'boilerplate'
> & { originalTitle?: string | null };

const ROOT = new URL('../fixtures/outlets/', import.meta.url);
const outlets = readdirSync(ROOT).sort();

/** Says whether a line of the input ended up somewhere: in the title, a paragraph or aside. */
function accountedFor(line: string, n: Normalized, aside: readonly string[]): boolean {
  const text = n.paragraphs.join('\n');
  if (aside.includes(line) || n.title === widenPunctuation(line)) return true;
  if (text.includes(widenPunctuation(line))) return true;
  // A line whose end was cut (…互利共赢。（完）): the rest is in a paragraph, the end aside.
  const cut = aside.find((piece) => line.endsWith(piece));
  return cut !== undefined && text.includes(widenPunctuation(line.slice(0, -cut.length).trim()));
}

test('there are ten outlets', () => {
  expect(outlets).toHaveLength(10);
});

describe.each(outlets)('[outlets] %s', (name) => {
  const dir = new URL(`${name}/`, ROOT);
  const bytes = readFileSync(new URL('input.txt', dir));
  const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Expected;
  const n = normalize({ id: name, bytes });
  const aside = n.boilerplate.flatMap((b) => b.split('\n'));

  test('title and header facts', () => {
    expect({
      title: n.title,
      originalTitle: n.originalTitle,
      outlet: n.outlet,
      byline: n.byline,
      published: n.published,
      editors: n.editors,
    }).toEqual({
      title: expected.title,
      originalTitle: expected.originalTitle ?? null,
      outlet: expected.outlet,
      byline: expected.byline,
      published: expected.published,
      editors: expected.editors,
    });
  });

  test('paragraphs, in order', () => {
    expect(n.paragraphs).toEqual(expected.paragraphs);
  });

  test('lines set aside, in order', () => {
    expect(aside).toEqual(expected.boilerplate);
  });

  test('nothing is lost: every line of the input is in the title, a paragraph or aside', () => {
    const lines = n.original
      .split('\n')
      .map((l) => (n.script === 'traditional' ? toSimplified(l.trim()) : l.trim()))
      .filter((l) => l !== '');
    expect(lines.filter((line) => !accountedFor(line, n, aside))).toEqual([]);
  });
});
