/** [excerpt] the passage under a result: around the query, or Pagefind's cut to size. */
import { describe, expect, test } from 'vitest';
import { type ExcerptPart, pagefindExcerpt, phraseExcerpt } from '../../src/scripts/search/excerpt';

const joined = (parts: ExcerptPart[] | null) =>
  parts?.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('[excerpt] phraseExcerpt', () => {
  test('cuts around the longest term and marks every term', () => {
    const text = `${'甲'.repeat(100)}无锡推动跨江融合发展，无锡${'乙'.repeat(100)}`;
    expect(joined(phraseExcerpt(text, ['无锡', '跨江融合发展'], 0, 4))).toBe(
      '…[无锡]推动[跨江融合发展]，[无]…',
    );
  });

  test('prefers a match after `from` (past the title the text repeats)', () => {
    const text = '昆山市考察团. 概要. 这次昆山市考察团学习了深圳';
    expect(joined(phraseExcerpt(text, ['昆山'], 8, 3))).toBe('… 这次[昆山]市考察团…');
  });

  test('finds a term across the space Pagefind puts between blocks, in any case', () => {
    expect(joined(phraseExcerpt('全国最强 县级市，AI 产业', ['最强县级市', 'ai'], 0, 10))).toBe(
      '全国[最强 县级市]，[AI] 产业',
    );
  });

  test('null when no term is there', () => {
    expect(phraseExcerpt('昆山', ['无锡'])).toBeNull();
  });
});

describe('[excerpt] pagefindExcerpt', () => {
  test('joins the marks of one word, decodes entities, strips other tags', () => {
    expect(
      joined(
        pagefindExcerpt('“<mark>跨</mark><mark>江</mark><mark>融合</mark>” &amp; <b>x</b>&#39;'),
      ),
    ).toBe("“[跨江融合]” & x'");
  });

  test('cuts a page-long excerpt around its first mark', () => {
    const html = `${'甲'.repeat(500)}<mark>最强</mark>${'乙'.repeat(500)}`;
    const parts = pagefindExcerpt(html, 10);
    expect(joined(parts)).toBe(`…${'甲'.repeat(10)}[最强]${'乙'.repeat(18)}…`);
  });

  test('an excerpt without marks is cut from its start', () => {
    expect(joined(pagefindExcerpt('甲'.repeat(200), 10))).toBe(`${'甲'.repeat(30)}…`);
  });
});
