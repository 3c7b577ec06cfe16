import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import {
  listSeeds,
  MAX_ARTICLE_BYTES,
  MAX_META_BYTES,
  readSeeds,
  SeedsFolderError,
  unsafeIdReason,
} from '../../scripts/lib/read-seeds';
import { notRegular, OUTSIDE_LINK, readRegularFile } from '../../scripts/lib/seed-entries';

test('[read-seeds] a seeds folder that is missing or is a file: an error naming it, not a listing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kcl-seeds-'));
  const missing = join(dir, '没有这个文件夹');
  expect(() => listSeeds(missing)).toThrow(SeedsFolderError);
  expect(() => listSeeds(missing)).toThrow(`文章文件夹 ${missing} 不存在`);
  const file = join(dir, 'a.txt');
  writeFileSync(file, '正文');
  expect(() => listSeeds(file)).toThrow(`${file} 不是文件夹`);
});

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

describe('[read-seeds] only regular files, and links only inside seeds/', () => {
  /** A seeds folder inside a scratch folder that also holds a file outside it. */
  function scratch(): { dir: string; outside: string } {
    const root = mkdtempSync(join(tmpdir(), 'kcl-links-'));
    const dir = join(root, 'seeds');
    mkdirSync(dir);
    const outside = join(root, 'secret.txt');
    writeFileSync(outside, 'SECRET 机密内容');
    return { dir, outside };
  }
  const reasons = (dir: string) =>
    Object.fromEntries(readSeeds(dir).others.map((o) => [o.file, o.reason]));

  test.each([
    ['an absolute link', (outside: string) => outside],
    ['a relative link with ..', () => '../secret.txt'],
    ['a link to /etc/passwd', () => '/etc/passwd'],
    ['a link to a device', () => '/dev/zero'],
  ])('%s out of the folder is reported by name and not read', (_, target) => {
    const { dir, outside } = scratch();
    symlinkSync(target(outside), join(dir, 'leak.txt'));
    const { seeds, others } = readSeeds(dir);
    expect(seeds).toEqual([]);
    expect(others).toEqual([{ file: 'leak.txt', reason: OUTSIDE_LINK }]);
    expect(JSON.stringify(others)).not.toContain('secret');
  });

  test('a link whose target stays inside the folder is read like the file', () => {
    const { dir } = scratch();
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'a'), '正文一');
    writeFileSync(join(dir, 'b.txt'), '正文二');
    symlinkSync('drafts/a', join(dir, 'a.txt'));
    symlinkSync(join(dir, 'b.txt'), join(dir, 'b2.txt'));
    const { seeds } = readSeeds(dir);
    const text = (s: { bytes: Uint8Array }) => Buffer.from(s.bytes).toString();
    expect(seeds.map((s) => [s.id, text(s)])).toEqual([
      ['a', '正文一'],
      ['b', '正文二'],
      ['b2', '正文二'],
    ]);
  });

  test('a meta file that links out of the folder is not read; its article is', () => {
    const { dir, outside } = scratch();
    writeFileSync(join(dir, 'a.txt'), '正文');
    symlinkSync(outside, join(dir, 'a.meta.yaml'));
    const { seeds, others } = readSeeds(dir);
    expect(seeds.map((s) => [s.id, s.metaText, s.metaError])).toEqual([
      ['a', null, `meta.yaml ${OUTSIDE_LINK}，已忽略`],
    ]);
    expect(others).toEqual([]);
  });

  test('a folder, a named pipe and a socket named like articles are reported, never read', async () => {
    const { dir } = scratch();
    mkdirSync(join(dir, 'folder.txt'));
    writeFileSync(join(dir, 'folder.meta.yaml'), 'title: x\n');
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const server = createServer();
    await new Promise<void>((done) => server.listen(join(dir, 'socket.txt'), done));
    symlinkSync('folder.txt', join(dir, 'to-folder.txt'));
    try {
      expect(reasons(dir)).toEqual({
        'folder.meta.yaml': '对应的文章文件未读取： folder.txt',
        'folder.txt': '是目录，不是文章文件，未读取',
        'pipe.txt': '是命名管道（FIFO），不是普通文件，未读取',
        'socket.txt': '是套接字（socket），不是普通文件，未读取',
        'to-folder.txt': '是符号链接，目标是目录，不是文章文件，未读取',
      });
      expect(readSeeds(dir).seeds).toEqual([]);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });

  test('a device is no regular file', () => {
    expect(notRegular(lstatSync('/dev/null'))).toBe('是设备文件，不是普通文件，未读取');
  });

  test('a broken link is named by its error code, without the machine’s paths', () => {
    const { dir } = scratch();
    symlinkSync(join(dir, 'gone'), join(dir, 'broken.txt'));
    expect(reasons(dir)).toEqual({ 'broken.txt': '无法读取：ENOENT（符号链接的目标不存在）' });
  });

  test('a file is opened without following a link put there after the listing', () => {
    const { dir, outside } = scratch();
    symlinkSync(outside, join(dir, 'swapped.txt'));
    expect(readRegularFile(join(dir, 'swapped.txt'), 1000)).toEqual({
      refused: '无法读取：ELOOP（符号链接循环）',
    });
  });
});
