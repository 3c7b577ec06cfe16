import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeBytes, UnreadableError } from '../../scripts/pipeline/decode';

const fixture = (name: string): Uint8Array =>
  readFileSync(new URL(`../fixtures/pipeline/${name}`, import.meta.url));
/** The text of the encoded fixtures (tests/fixtures/pipeline/make-fixtures.ts). */
const SAMPLE =
  '昆山市党政代表团赴深圳考察\n来源:新华网\n3月5日,昆山市党政代表团赴深圳学习考察,刘㐀参加。\n';

/** The reason decodeBytes gives for refusing the bytes. */
function reasonFor(bytes: Uint8Array): string {
  try {
    decodeBytes(bytes);
  } catch (error) {
    if (error instanceof UnreadableError) return error.reason;
    throw error;
  }
  throw new Error('decoded');
}

describe('[decode] encodings', () => {
  test.each([
    ['gb18030.txt', 'gb18030'],
    ['utf8-bom-crlf.txt', 'utf-8-bom'],
    ['utf16le-bom.txt', 'utf-16le'],
  ])('%s is read as %s', (name, encoding) => {
    expect(decodeBytes(fixture(name))).toEqual({ encoding, text: SAMPLE });
  });

  test('UTF-8 without BOM', () => {
    expect(decodeBytes(Buffer.from('昆山', 'utf8'))).toEqual({ encoding: 'utf-8', text: '昆山' });
  });

  test('UTF-16BE with BOM', () => {
    const bytes = Buffer.from([0xfe, 0xff, 0x66, 0x06, 0x5c, 0x71]);
    expect(decodeBytes(bytes)).toEqual({ encoding: 'utf-16be', text: '昆山' });
  });

  test('GBK is read as GB18030, its superset', () => {
    expect(decodeBytes(iconv.encode('代表团，考察', 'gbk'))).toEqual({
      encoding: 'gb18030',
      text: '代表团，考察',
    });
  });

  test('UTF-8 with one damaged byte stays UTF-8 and keeps U+FFFD for the damage', () => {
    const bytes = Buffer.concat([
      Buffer.from('昆山市党政代表团赴深圳学习考察', 'utf8'),
      Buffer.from([0xff]),
    ]);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('昆山市党政代表团赴深圳学习考察\uFFFD');
  });
});

describe('[decode] line ends and normalization', () => {
  test.each([
    ['a\r\nb', 'a\nb'],
    ['a\rb', 'a\nb'],
    ['a\r\n\r\nb\n', 'a\n\nb\n'],
  ])('%j → %j', (input, output) => {
    expect(decodeBytes(Buffer.from(input, 'utf8')).text).toBe(output);
  });

  test('NFC: e + combining acute becomes é', () => {
    expect(decodeBytes(Buffer.from('caf\u0065\u0301', 'utf8')).text).toBe('café');
  });

  test('a CJK compatibility ideograph becomes the unified one', () => {
    expect(decodeBytes(Buffer.from('\uF92C', 'utf8')).text).toBe('\u90CE');
  });
});

describe('[decode] unreadable files', () => {
  test.each([
    ['empty.txt', 'empty'],
    ['whitespace.txt', 'whitespace'],
    ['binary.bin', 'binary'],
  ])('%s: %s', (name, reason) => {
    expect(reasonFor(fixture(name))).toBe(reason);
  });

  test.each([
    ['a BOM alone', [0xef, 0xbb, 0xbf], 'empty'],
    ['a UTF-16 BOM alone', [0xff, 0xfe], 'empty'],
    ['control characters', [0x01, 0x02, 0x03, 0x41, 0x04, 0x05], 'binary'],
    ['bytes no Chinese encoding knows', [0x80, 0xff, 0x80, 0xff, 0x80, 0xff, 0x41], 'undecodable'],
  ])('%s', (_, bytes, reason) => {
    expect(reasonFor(new Uint8Array(bytes))).toBe(reason);
  });

  test('UnreadableError is an Error with a name and a message', () => {
    const error = new UnreadableError('empty', 'empty file');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('UnreadableError');
    expect(error.message).toBe('empty file');
  });
});

describe('[decode] stray NULs and binary formats', () => {
  test('a text with a stray NUL or two is text (the NULs are removed later, and counted)', () => {
    const bytes = Buffer.from(
      `昆山市党政代表团${'\u0000'}赴深圳学习考察。${'代表团一行'.repeat(20)}`,
    );
    expect(decodeBytes(bytes).text).toContain('代表团\u0000赴深圳');
  });

  test.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x41]],
    ['PDF', [...Buffer.from('%PDF-1.4\n正文')]],
    ['ZIP (docx)', [0x50, 0x4b, 0x03, 0x04, 0x41, 0x42]],
    ['many NULs', [0x41, 0, 0x42, 0, 0x43, 0, 0x44]],
  ])('%s is binary', (_, bytes) => {
    expect(reasonFor(new Uint8Array(bytes))).toBe('binary');
  });
});

describe('[decode] a file whose halves are in two encodings', () => {
  const utf8 = Buffer.from('甲市代表团赴乙市考察\n第一段用UTF-8保存。\n');
  const gbk = iconv.encode('第二段用GBK保存，后来粘贴进来。\n第三段也是。\n', 'gbk');

  test('is decoded line by line, both halves kept, the GB18030 lines named', () => {
    expect(decodeBytes(Buffer.concat([utf8, gbk]))).toEqual({
      encoding: 'utf-8+gb18030',
      text: '甲市代表团赴乙市考察\n第一段用UTF-8保存。\n第二段用GBK保存，后来粘贴进来。\n第三段也是。\n',
      gbLines: [3, 4],
    });
  });

  test('the other way round too', () => {
    const decoded = decodeBytes(Buffer.concat([gbk, utf8]));
    expect(decoded.text).toBe(
      '第二段用GBK保存，后来粘贴进来。\n第三段也是。\n甲市代表团赴乙市考察\n第一段用UTF-8保存。\n',
    );
    expect(decoded.gbLines).toEqual([1, 2]);
  });

  test('GBK bytes that happen to be valid UTF-8 (D6 A1) are read as GBK in a mixed file', () => {
    const line = iconv.encode('帧\n', 'gbk');
    expect([...line.subarray(0, 2)]).toEqual([0xd6, 0xa1]);
    expect(decodeBytes(Buffer.concat([gbk, line])).text).toBe(
      '第二段用GBK保存，后来粘贴进来。\n第三段也是。\n帧\n',
    );
  });

  test('a whole GBK file is still gb18030, with no line list', () => {
    expect(decodeBytes(gbk)).toEqual({
      encoding: 'gb18030',
      text: '第二段用GBK保存，后来粘贴进来。\n第三段也是。\n',
    });
  });
});
