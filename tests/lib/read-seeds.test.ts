import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import {
  MAX_ARTICLE_BYTES,
  MAX_META_BYTES,
  readSeeds,
  unsafeIdReason,
} from '../../scripts/lib/read-seeds';

test('[read-seeds] pairs articles with meta and names everything else', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kcl-seeds-'));
  writeFileSync(join(dir, 'b.txt'), '正文');
  writeFileSync(join(dir, 'b.meta.yaml'), 'published: 2025\n');
  writeFileSync(join(dir, 'a 苏州 文章.txt'), '正文');
  writeFileSync(join(dir, 'orphan.meta.yaml'), 'published: 2025\n');
  writeFileSync(join(dir, 'notes.md'), '# x');
  writeFileSync(join(dir, '.gitkeep'), '');
  mkdirSync(join(dir, 'sub'));
  const { seeds, others } = readSeeds(dir);
  expect(seeds.map((s) => [s.id, s.metaText])).toEqual([
    ['a 苏州 文章', null],
    ['b', 'published: 2025\n'],
  ]);
  expect(others.map((o) => o.file)).toEqual(['notes.md', 'orphan.meta.yaml', 'sub']);
  expect(others.every((o) => o.reason.length > 0)).toBe(true);
});

describe('[read-seeds] limits and odd files', () => {
  const folder = (): string => mkdtempSync(join(tmpdir(), 'kcl-seeds-'));

  test(`an article of exactly ${MAX_ARTICLE_BYTES} bytes is read; one byte more is refused by name`, () => {
    const dir = folder();
    writeFileSync(join(dir, 'at-limit.txt'), Buffer.alloc(MAX_ARTICLE_BYTES, 0x41));
    writeFileSync(join(dir, 'too-big.txt'), Buffer.alloc(MAX_ARTICLE_BYTES + 1, 0x41));
    writeFileSync(join(dir, 'too-big.meta.yaml'), 'published: 2025\n');
    const { seeds, others } = readSeeds(dir);
    const [atLimit, tooBig] = seeds;
    expect(atLimit?.bytes.length).toBe(MAX_ARTICLE_BYTES);
    expect(atLimit?.refused).toBeUndefined();
    expect(tooBig?.bytes.length).toBe(0);
    expect(tooBig?.refused).toBe(
      `文件 5.0 MB（${MAX_ARTICLE_BYTES + 1} 字节），超过文章大小上限 5 MB（${MAX_ARTICLE_BYTES} 字节），未读取：请删去无关内容或拆分成几篇`,
    );
    // Its meta file is still its own, not a file without an article.
    expect(tooBig?.metaText).toBe('published: 2025\n');
    expect(others).toEqual([]);
  });

  test.each([
    ['a#b', '#'],
    ['50%', '%'],
    ['what?', '?'],
    ['a\\b', '\\'],
    ['<x>"y"', '< > "'],
    ['tab\there', 'U+0009'],
  ])('the file name %j is refused: %s cannot be in a URL', (id, shown) => {
    expect(unsafeIdReason(id)).toBe(
      `文件名含有不能用在网址中的字符 ${shown}，未读取：请改名（可用汉字、字母、数字、空格和 - _ . 等）`,
    );
  });

  test.each(['002_cb28012656704f36', '昆山 考察 报道', '苏州（工业园区）', "it's-a_b.c+d&e=f@g"])(
    'the file name %j is fine',
    (id) => {
      expect(unsafeIdReason(id)).toBeNull();
    },
  );

  test('a refused name keeps its meta file and reads no bytes', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a#b.txt'), '正文');
    writeFileSync(join(dir, 'a#b.meta.yaml'), 'published: 2025\n');
    const { seeds, others } = readSeeds(dir);
    expect(seeds.map((s) => [s.id, s.bytes.length, s.refused?.slice(0, 12)])).toEqual([
      ['a#b', 0, '文件名含有不能用在网址中'],
    ]);
    expect(others).toEqual([]);
  });

  test('meta files are decoded like articles: BOM, UTF-16, GB18030; empty is no meta', () => {
    const dir = folder();
    const yaml = 'title: 昆山考察\n';
    const files: [string, Uint8Array][] = [
      ['bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(yaml)])],
      ['utf16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(yaml, 'utf16le')])],
      ['gb', iconv.encode(yaml, 'gb18030')],
      ['empty', new Uint8Array()],
    ];
    for (const [id, bytes] of files) {
      writeFileSync(join(dir, `${id}.txt`), '正文');
      writeFileSync(join(dir, `${id}.meta.yaml`), bytes);
    }
    const meta = Object.fromEntries(readSeeds(dir).seeds.map((s) => [s.id, s.metaText]));
    expect(meta).toEqual({ bom: yaml, utf16: yaml, gb: yaml, empty: '' });
  });

  test('a binary or oversized meta file is reported, not read', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.txt'), '正文');
    writeFileSync(join(dir, 'a.meta.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    writeFileSync(join(dir, 'b.txt'), '正文');
    writeFileSync(join(dir, 'b.meta.yaml'), `note: ${'长'.repeat(MAX_META_BYTES)}\n`);
    const [a, b] = readSeeds(dir).seeds;
    expect([a?.metaText, a?.metaError]).toEqual([
      null,
      'meta.yaml 无法读取（不是文本文件），已忽略',
    ]);
    expect(b?.metaText).toBeNull();
    expect(b?.metaError).toMatch(/^meta\.yaml 有 \d+ 字节，超过上限 65536，已忽略$/);
  });

  test('a broken symbolic link is named, and the rest of the folder is read', () => {
    const dir = folder();
    writeFileSync(join(dir, 'good.txt'), '正文');
    symlinkSync(join(dir, 'loop.txt'), join(dir, 'loop.txt'));
    const { seeds, others } = readSeeds(dir);
    expect(seeds.map((s) => s.id)).toEqual(['good']);
    expect(others.map((o) => o.file)).toEqual(['loop.txt']);
    expect(others[0]?.reason).toMatch(/^无法读取：ELOOP/);
  });
});
