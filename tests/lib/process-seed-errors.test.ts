/** A bug met on odd input stops that file only: the others go on, the report names it. */
import { describe, expect, test, vi } from 'vitest';
import { processSeed } from '../../scripts/lib/process-seed';

vi.mock('../../scripts/lib/extract-article', () => ({
  extractArticle: (id: string) => {
    throw new RangeError(`extraction bug in ${id}\nstack…`);
  },
}));
vi.mock('../../scripts/pipeline/normalize', async (original) => {
  const real = await original<typeof import('../../scripts/pipeline/normalize')>();
  return {
    ...real,
    normalize: (input: { id: string; bytes: Uint8Array }) => {
      if (input.id === 'crash') throw new TypeError('normalization bug');
      return real.normalize(input);
    },
  };
});

const seed = (id: string) => ({
  id,
  file: `${id}.txt`,
  bytes: new TextEncoder().encode(
    '盐城市党政代表团赴苏州学习考察\n3月12日，代表团赴苏州学习考察。\n',
  ),
  metaText: null,
});

describe('[process-seed] errors of the pipeline itself', () => {
  test('an extraction error: the article is published, without entities, with a warning', () => {
    const { article, visits, report } = processSeed(seed('a'));
    expect(article?.paragraphs.length).toBeGreaterThan(0);
    expect([article?.places, article?.officials, visits]).toEqual([[], [], []]);
    expect(report.status).toBe('ok');
    expect(report.warnings.map((w) => [w.kind, w.message])).toEqual([
      ['extract-failed', '信息提取出错，文章照常发布但未标出地点、人物与考察：extraction bug in a'],
    ]);
  });

  test('a normalization error: the file is unreadable, the reason names the error', () => {
    const { article, report } = processSeed(seed('crash'));
    expect(article).toBeNull();
    expect([report.status, report.reason]).toEqual(['unreadable', '处理出错：normalization bug']);
  });
});
