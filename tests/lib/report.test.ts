import { describe, expect, test } from 'vitest';
import { countWarnings, formatSummary, removedSummary } from '../../scripts/lib/report';
import type { FileReport } from '../../src/schemas';

const report = (extra: Partial<FileReport>): FileReport => ({
  file: 'a.txt',
  article: 'a',
  status: 'ok',
  reason: null,
  encoding: 'utf-8',
  repairs: [],
  anomalies: [],
  unresolved: [],
  warnings: [],
  removed: [],
  notes: [],
  ...extra,
});
const note = (message: string) => ({
  kind: 'html-converted',
  message,
  text: null,
  paragraph: null,
});
const summary = (reports: FileReport[]) =>
  formatSummary({
    filesRead: 1,
    articles: 1,
    visits: 0,
    entities: { places: 0, officials: 0, sectors: 0 },
    reports,
    seconds: { 内容: 1 },
  });

describe('[report] the terminal report names each file and what became of it', () => {
  test('removed characters, in one line', () => {
    expect(
      removedSummary({
        removed: [
          { char: 'U+200B', name: '零宽空格', count: 3 },
          { char: 'U+202E', name: '双向控制符（从右到左覆盖）', count: 1 },
        ],
      }),
    ).toBe('删去不可见字符 4 个（零宽空格 U+200B ×3、双向控制符（从右到左覆盖） U+202E ×1）');
    expect(removedSummary({ removed: [] })).toBeNull();
  });

  test('a file with notes and removed characters has a line, and no warning', () => {
    const r = report({
      removed: [{ char: 'U+200B', name: '零宽空格', count: 1 }],
      notes: [note('文件是 HTML，已转为文字')],
    });
    expect(countWarnings(r)).toBe(0);
    expect(summary([r])).toContain(
      '    a.txt: 删去不可见字符 1 个（零宽空格 U+200B ×1）；文件是 HTML，已转为文字',
    );
    expect(summary([r])).toContain('警告       0');
  });

  test('a file not read: its reason', () => {
    const r = report({ file: 'leak.txt', article: null, status: 'ignored', reason: '是目录' });
    expect(summary([r])).toContain('    leak.txt: 未发布：是目录；');
    expect(countWarnings(r)).toBe(1);
  });

  test('a clean file has no line', () => {
    expect(summary([report({})])).not.toContain('a.txt');
  });
});
