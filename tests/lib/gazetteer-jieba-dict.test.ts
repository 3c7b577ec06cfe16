import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { placeDictLines, writePlaceDict } from '../../scripts/lib/jieba-dict';

const lines = placeDictLines();

describe('[jieba-dict] place lines', () => {
  test.each([
    '昆山市 ns',
    '昆山 ns',
    '延边朝鲜族自治州 ns',
    '延边 ns',
    '恩施州 ns',
    '广西 ns',
    '纽约 ns',
    '印尼 ns',
  ])('has %s', (line) => {
    expect(lines).toContain(line);
  });

  test.each(['青山 ns', '太湖 ns', '合作 ns', '城区 ns'])(
    'leaves out the ordinary word %s',
    (line) => {
      expect(lines).not.toContain(line);
    },
  );

  test('lines are "word ns", sorted and unique', () => {
    expect(lines.every((l) => /^\S+ ns$/.test(l))).toBe(true);
    expect([...lines].sort()).toEqual(lines);
    expect(new Set(lines).size).toBe(lines.length);
  });

  test('writes the lines to a file', () => {
    const path = writePlaceDict(join(mkdtempSync(join(tmpdir(), 'places-')), 'places.dict'));
    expect(readFileSync(path, 'utf8').split('\n').slice(0, 3)).toEqual(lines.slice(0, 3));
  });
});
