import { describe, expect, test } from 'vitest';
import {
  MAX_PARAGRAPH_CHARS,
  splitLongLine,
  splitLongLines,
} from '../../scripts/pipeline/split-long-lines';

describe('[split-long-lines] long paragraphs are split, never cut short', () => {
  test('a paragraph at the limit stays whole', () => {
    const line = '字'.repeat(MAX_PARAGRAPH_CHARS);
    expect(splitLongLine(line)).toEqual([line]);
  });

  test('splits after the last sentence end before the limit', () => {
    expect(splitLongLine('甲乙丙。丁戊己。庚辛', 8)).toEqual(['甲乙丙。丁戊己。', '庚辛']);
  });

  test('without a sentence end, after the last comma; without one, at the limit', () => {
    expect(splitLongLine('甲乙丙丁，戊己庚辛壬癸', 8)).toEqual(['甲乙丙丁，', '戊己庚辛壬癸']);
    expect(splitLongLine('甲乙丙丁戊己庚辛壬癸', 4)).toEqual(['甲乙丙丁', '戊己庚辛', '壬癸']);
  });

  test('never cuts a character outside the BMP in two', () => {
    const line = '𠀀'.repeat(9);
    const pieces = splitLongLine(line, 4);
    expect(pieces).toEqual(['𠀀𠀀𠀀𠀀', '𠀀𠀀𠀀𠀀', '𠀀']);
  });

  test('a page on one line: every piece within the limit, nothing lost', () => {
    const line = '代表团一行先后走进产业园区，详细了解产业转型升级情况。'.repeat(5000);
    const pieces = splitLongLine(line);
    expect(pieces.every((p) => [...p].length <= MAX_PARAGRAPH_CHARS)).toBe(true);
    expect(pieces.join('')).toBe(line);
    expect(pieces.every((p) => p.endsWith('。'))).toBe(true);
  });

  test('counts the paragraphs it split', () => {
    expect(splitLongLines(['短。', '甲乙丙。丁戊己。庚辛'], 8)).toEqual({
      paragraphs: ['短。', '甲乙丙。丁戊己。', '庚辛'],
      split: 1,
    });
  });
});
