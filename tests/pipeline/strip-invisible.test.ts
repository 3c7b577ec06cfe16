import { describe, expect, test } from 'vitest';
import { INVISIBLE, stripInvisible } from '../../scripts/pipeline/strip-invisible';

describe('[strip-invisible] removes what shows nothing, counts each character', () => {
  test.each([
    ['zero-width space inside a name', '陈\u200b丽艳', '陈丽艳', 'U+200B'],
    ['zero-width joiner', '昆\u200d山', '昆山', 'U+200D'],
    ['zero-width non-joiner', '昆\u200c山', '昆山', 'U+200C'],
    ['word joiner', '昆\u2060山', '昆山', 'U+2060'],
    ['a BOM inside the text', '第一段\n\ufeff第二段', '第一段\n第二段', 'U+FEFF'],
    ['right-to-left override', '\u202e市山昆\u202c', '市山昆', 'U+202C'],
    ['left-to-right mark', '昆山\u200e市', '昆山市', 'U+200E'],
    ['bidi isolate', '\u2067昆山\u2069', '昆山', 'U+2067'],
    ['Arabic letter mark', '昆\u061c山', '昆山', 'U+061C'],
    ['NUL', '昆\u0000山', '昆山', 'U+0000'],
    ['a C0 control', '昆\u0007山', '昆山', 'U+0007'],
    ['a C1 control', '昆\u0090山', '昆山', 'U+0090'],
    ['soft hyphen', 'Kun\u00adshan', 'Kunshan', 'U+00AD'],
    ['Hangul filler', '\u3164昆山', '昆山', 'U+3164'],
    ['variation selector', '▶\ufe0f昆山', '▶昆山', 'U+FE0F'],
    ['tag character', '昆\u{e0041}山', '昆山', 'U+E0041'],
    ['a lone surrogate', '昆\ud800山', '昆山', 'U+D800'],
    ['a noncharacter', '昆\uffff山', '昆山', 'U+FFFF'],
  ])('%s', (_, input, output, char) => {
    const result = stripInvisible(input);
    expect(result.text).toBe(output);
    expect(result.removed.map((r) => r.char)).toContain(char);
  });

  test.each([
    ['line separator', '甲\u2028乙'],
    ['paragraph separator', '甲\u2029乙'],
    ['next line (NEL)', '甲\u0085乙'],
    ['form feed', '甲\f乙'],
    ['vertical tab', '甲\v乙'],
  ])('a %s becomes a line end', (_, input) => {
    expect(stripInvisible(input).text).toBe('甲\n乙');
  });

  test('tab, line feed, spaces and visible characters stay', () => {
    const text = 'a\tb\nc d\u3000e\u00a0f（中）“引号”…—·№①';
    expect(stripInvisible(text)).toEqual({ text, removed: [] });
  });

  test('counts by character, in code point order, with names', () => {
    expect(stripInvisible('\u200b陈\u200b丽\u202e艳\u0000').removed).toEqual([
      { char: 'U+0000', name: 'NUL 空字符', count: 1 },
      { char: 'U+200B', name: '零宽空格', count: 2 },
      { char: 'U+202E', name: '双向控制符（从右到左覆盖）', count: 1 },
    ]);
  });

  test('nothing invisible is left', () => {
    const all = Array.from({ length: 0x3000 }, (_, i) => String.fromCharCode(i)).join('');
    expect(stripInvisible(all).text.match(INVISIBLE)).toBeNull();
  });
});
