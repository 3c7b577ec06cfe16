import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseStepSeconds } from '../../../scripts/bench/measure/build';
import { pageAssets } from '../../../scripts/bench/measure/dist';
import { median } from '../../../scripts/bench/measure/stats';

describe('[stats] median', () => {
  test.each([
    [[], 0],
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('median(%j) = %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('[build] step times from the build report', () => {
  test('reads each step', () => {
    const out =
      '考察录 构建报告\n  用时       3.5s（内容 0.4s · 评测 0.0s · astro build 2.8s · Pagefind 0.3s）\n';
    expect(parseStepSeconds(out)).toEqual({
      内容: 0.4,
      评测: 0,
      'astro build': 2.8,
      Pagefind: 0.3,
    });
  });

  test('throws when the report has no time line', () => {
    expect(() => parseStepSeconds('nothing')).toThrow();
  });
});

describe('[dist] assets a page loads', () => {
  const dist = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  writeFileSync(join(dist, 'a.css'), 'body{color:red}');
  writeFileSync(join(dist, 'b.js'), 'console.log(1)');

  test('counts linked CSS and scripts, not JSON-LD', () => {
    const html =
      '<link rel="stylesheet" href="/a.css"><script type="application/ld+json">{"a":1}</script><script type="module" src="/b.js"></script><script>var x</script>';
    const { css, js } = pageAssets(html, dist);
    expect(css.raw).toBe(15);
    expect(js.raw).toBe(14 + 5);
  });

  test('a page without scripts loads 0 bytes of JavaScript', () => {
    expect(
      pageAssets('<link rel="stylesheet" href="/a.css"><style>p{}</style>', dist),
    ).toMatchObject({
      css: { raw: 18 },
      js: { raw: 0 },
    });
  });
});
