import { describe, expect, test } from 'vitest';
import { findSupportingParagraph } from '../../../src/utils/find-paragraph';
import { createFactLocator } from '../../../src/utils/visit-sources';

const paragraphs = ['黄钦带队。', '南通市委书记徐惠民说。', '看点：扬子江药业。', '黄钦说。'];

describe('[find-paragraph] finds the paragraph that supports a fact', () => {
  test.each([
    [['黄钦'], [], 0],
    [['黄钦'], [3], 3],
    [['扬子江药业'], [1, 3], 2],
    [['南通', '南通市'], [], 1],
    [['深圳'], [], null],
    [[''], [], null],
    [[], [], null],
  ])('%j preferring %j → %s', (needles, preferred, expected) => {
    expect(findSupportingParagraph(needles, paragraphs, preferred)).toBe(expected);
  });

  test('ignores preferred indexes outside the article', () => {
    expect(findSupportingParagraph(['黄钦'], paragraphs, [99])).toBe(0);
  });

  test("a visit's locator prefers its evidence, then its stops", () => {
    const locate = createFactLocator(
      { evidence: [{ paragraph: 3, text: '黄钦说。' }], stops: [] },
      paragraphs,
    );
    expect(locate(['黄钦'])).toBe(3);
    expect(locate(['徐惠民'])).toBe(1);
  });
});
