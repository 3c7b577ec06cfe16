import { describe, expect, test } from 'vitest';
import { forNotes } from '../../../src/utils/markdown-for-notes';

describe('[markdown-for-notes] the article Markdown offered for download', () => {
  test('keeps the metadata and the text, drops the marks the renderer reads', () => {
    const file = [
      '---',
      'id: "a1"',
      'title: "昆山考察"',
      'marks:',
      '  - text: "昆山"',
      '    href: "/places/kunshan/"',
      '    kind: "place"',
      'page: "/articles/a1/"',
      '---',
      '',
      '昆山党政代表团\\*赴义乌。',
      '',
    ].join('\n');
    expect(forNotes(file)).toBe(
      [
        '---',
        'id: "a1"',
        'title: "昆山考察"',
        'page: "/articles/a1/"',
        '---',
        '',
        '昆山党政代表团\\*赴义乌。',
        '',
      ].join('\n'),
    );
  });

  test('a file without frontmatter stays as it is', () => {
    expect(forNotes('正文\n')).toBe('正文\n');
  });
});
