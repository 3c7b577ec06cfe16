/**
 * The site built from the five seeds plus every broken, huge, wrongly encoded and hostile fixture
 * of hostile-seeds.ts (one build, many assertions): the build goes on; each file is published or
 * named with its reason in the report and quality.json; no Han character is lost; no script that
 * came with an article runs in Chromium; the HTML is valid; memory stays bounded; --strict fails.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { countWarnings } from '../../scripts/lib/report';
import { toSimplified } from '../../scripts/pipeline/opencc';
import { MAX_PARAGRAPH_CHARS } from '../../scripts/pipeline/split-long-lines';
import type { Article, FileReport } from '../../src/schemas';
import { connectBrowser } from '../support/browser';
import { type StaticServer, serveStatic } from '../support/static-server';
import {
  FIXTURES,
  HOSTILE_LINES,
  META_FILES,
  OUTSIDE_SECRET,
  TRAP,
  writeHostileSeeds,
} from './hostile-seeds';
import { decodeInput, hanIn, hanOut, linesNotFound } from './nothing-lost';
import { type BuildRun, runBuild } from './run-build';
import { articleBodyParagraphs, filesOf, scriptRisks, validationErrors } from './static-checks';

/** The largest process of the build may use this much memory (MiB) with the 2 MB article. */
const MEMORY_BOUND_MIB = 1536;

/** One folder per test run, so that two runs at once never delete each other's build. */
const work = resolve('.cache/robustness', String(process.pid));
const seedsDir = join(work, 'seeds');
const out = join(work, 'dist');
let build: BuildRun;

const readOut = (path: string): string => readFileSync(join(out, path), 'utf8');
const quality = (): FileReport[] => JSON.parse(readOut('data/quality.json'));
const articles = (): Article[] => JSON.parse(readOut('data/articles.json'));
const reportOf = (file: string): FileReport | undefined => quality().find((r) => r.file === file);
/** The lines of the terminal report that name a file. */
const reportLines = (file: string): string[] =>
  build.stdout.split('\n').filter((line) => line.trimStart().startsWith(`${file}: `));

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(seedsDir, { recursive: true });
  writeHostileSeeds(seedsDir);
  build = await runBuild(['--seeds', seedsDir, '--out', out, '--content', `${out}.content`]);
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  console.info(`hostile seeds build: peak memory ${build.peakMiB} MiB`);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build of broken and hostile seeds', () => {
  test('goes on and publishes the articles that can be read', () => {
    expect(build.status).toBe(0);
    const published = FIXTURES.filter((f) => f.status === 'ok').length + 5;
    expect(articles()).toHaveLength(published);
  });

  test.each(FIXTURES)('$file is $status, and the report says why', (fixture) => {
    const report = reportOf(fixture.file);
    expect(report?.status).toBe(fixture.status);
    const said = [report?.reason ?? '', ...(report?.warnings ?? []).map((w) => w.message)];
    if (fixture.says) expect(said.join('\n')).toMatch(fixture.says);
    if (fixture.status === 'ok') {
      const article = articles().find((a) => a.id === report?.article);
      expect(article?.paragraphs.length).toBeGreaterThan(0);
      expect(existsSync(join(out, decodeURI(article?.url ?? '?'), 'index.html'))).toBe(true);
    } else {
      expect(report?.reason).toBeTruthy();
      expect(reportLines(fixture.file).join('\n')).toContain(`未发布：${report?.reason}`);
    }
    if (fixture.says && fixture.status === 'ok') {
      expect(reportLines(fixture.file).join('\n')).toMatch(fixture.says);
    }
  });

  test('every file of the seeds folder is an article or a line of quality.json', () => {
    // Every name: links, folders and pipes too (filesOf lists regular files only).
    const files = readdirSync(seedsDir)
      .filter((f) => !f.endsWith('.meta.yaml') && !f.startsWith('.'))
      .sort();
    expect(quality().map((r) => r.file)).toEqual(files);
    // A meta file beside its article is the article's, not a file of its own.
    for (const meta of META_FILES) expect(reportOf(meta)).toBeUndefined();
  });

  test('the same article under two names: both published, one trip reported in both', () => {
    const visits: { article: string; alsoReportedIn: string[] }[] = JSON.parse(
      readOut('data/visits.json'),
    );
    const a = visits.filter((v) => v.article === 'same-a');
    const b = visits.filter((v) => v.article === 'same-b');
    expect(a.length).toBeGreaterThan(0);
    expect(a.map((v) => v.alsoReportedIn)).toEqual(a.map(() => ['same-b']));
    expect(b.map((v) => v.alsoReportedIn)).toEqual(b.map(() => ['same-a']));
  });

  test('a file name with spaces and Chinese characters is a page with a valid link', () => {
    const article = articles().find((a) => a.id === '昆山 考察 报道');
    expect(article?.url).toBe('/articles/昆山%20考察%20报道/');
    expect(readOut('articles/index.html')).toContain('href="/articles/昆山%20考察%20报道/"');
  });

  test('bad meta.yaml values are not used: no impossible date, no javascript: url', () => {
    const byId = new Map(articles().map((a) => [a.id, a]));
    expect(byId.get('meta-bad-date')?.published).not.toBe('2025-02-30');
    expect(byId.get('meta-js-url')?.sourceUrl).toBeNull();
    expect(byId.get('meta-not-yaml')?.paragraphs.length).toBeGreaterThan(0);
  });
});

describe('nothing is lost', () => {
  const readable = () => quality().filter((r) => r.status === 'ok');

  test('every readable input is an article', () => {
    expect(readable().length).toBe(articles().length);
  });

  test('Han characters in = Han characters out, and every line is found, for every article', () => {
    const byId = new Map(articles().map((a) => [a.id, a]));
    const rows = readable().map((report) => {
      const article = byId.get(report.article ?? '') as Article;
      const input = decodeInput(readFileSync(join(seedsDir, report.file)));
      const simplify = article.script === 'traditional' ? toSimplified : (s: string) => s;
      return {
        file: report.file,
        in: hanIn(input, article),
        out: hanOut(input, article, simplify),
        missing: linesNotFound(input, article, simplify).map((l) => l.slice(0, 40)),
      };
    });
    expect(rows.filter((r) => r.in !== r.out || r.missing.length > 0)).toEqual([]);
    // The 2 MB article is all there: some 620,000 characters.
    expect(rows.find((r) => r.file === 'long-2mb.txt')?.out).toBeGreaterThan(600_000);
  });

  test('the article page shows each paragraph as the text it is: no markup, nothing lost', () => {
    const article = articles().find((a) => a.id === 'hostile') as Article;
    const shown = articleBodyParagraphs(readOut('articles/hostile/index.html'));
    expect(shown.map((p) => p.tags)).toEqual(article.paragraphs.map(() => []));
    expect(shown.map((p) => p.text)).toEqual(article.paragraphs);
  });

  test('markup in an article is kept as text, not dropped', () => {
    const text = articles()
      .find((a) => a.id === 'hostile')
      ?.paragraphs.join('\n')
      .replace(/\s/g, '');
    for (const line of HOSTILE_LINES) expect(text).toContain(line.replace(/\s/g, ''));
  });
});

describe('no script that came with an article runs', () => {
  const hostilePages = () =>
    filesOf(out).filter((f) => readFileSync(join(out, f), 'utf8').includes('__pwned'));

  test('the hostile text reaches pages (else the next tests prove nothing)', () => {
    const pages = hostilePages();
    expect(pages).toContain('articles/hostile/index.html');
    expect(pages.some((p) => p.startsWith('visits/'))).toBe(true);
  });

  test('no page holds an event handler, a javascript: URL or a script of its own', () => {
    const risky = filesOf(out).flatMap((f) =>
      scriptRisks(readFileSync(join(out, f), 'utf8')).map((r) => `${f}: ${r}`),
    );
    expect(risky).toEqual([]);
  });

  test('feeds and sitemaps carry no markup', () => {
    for (const file of filesOf(out, '.xml')) expect(readOut(file)).not.toMatch(/<script|<img/i);
  });

  describe('in Chromium', () => {
    let browser: Browser;
    let server: StaticServer;
    beforeAll(async () => {
      browser = await connectBrowser();
      server = await serveStatic(out);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    /** Opens a page, lets it run, opens every <details>, and reads the trap. */
    async function trapAfter(
      path: string,
      act?: (page: import('playwright-core').Page) => Promise<void>,
    ) {
      const page = await browser.newPage();
      let dialog = false;
      page.on('dialog', (d) => {
        dialog = true;
        void d.dismiss();
      });
      await page.goto(`${server.origin}/${path}`, { waitUntil: 'load' });
      await page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = true;
      });
      await act?.(page);
      await page.waitForTimeout(100);
      const pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
      await page.close();
      return { pwned: pwned ?? null, dialog };
    }

    test('on every page that shows the hostile text', async () => {
      const pages = hostilePages().map((f) => f.replace(/index\.html$/, ''));
      const sprung = [];
      for (const path of pages) {
        const result = await trapAfter(path);
        if (result.pwned !== null || result.dialog) sprung.push(path);
      }
      expect(sprung).toEqual([]);
    }, 120_000);

    test('on the search page, with results from the hostile article', async () => {
      // One term (our own excerpt) and terms apart (Pagefind's excerpt, set as HTML).
      for (const query of ['扬州', '测试日报', 'pwned', '扬州 onerror', 'script 链接']) {
        let found = 0;
        const result = await trapAfter('search/', async (page) => {
          await page.fill('input[name="q"]', query);
          await page.press('input[name="q"]', 'Enter');
          await page.waitForSelector('#search-results a[href]', {
            state: 'attached',
            timeout: 15_000,
          });
          found = await page.locator('#search-results a[href*="hostile"]').count();
        });
        expect({ query, ...result }).toEqual({ query, pwned: null, dialog: false });
        if (query === '扬州') expect(found).toBeGreaterThan(0);
      }
    }, 120_000);

    test("Pagefind's excerpts of the hostile article hold no markup but <mark>", async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/search/`);
      // A string, not a function: Vitest would rewrite the import() of a function's source.
      const found: { excerpt: string }[] = await page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const search = await pagefind.search('pwned onerror');
        return Promise.all(search.results.map((r) => r.data()));
      })()`);
      await page.close();
      expect(found.length).toBeGreaterThan(0);
      for (const d of found) {
        expect(d.excerpt.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
      }
    });

    test('the trap works: a script put on the page does set it', async () => {
      const result = await trapAfter('articles/hostile/', async (page) => {
        await page.addScriptTag({ content: TRAP });
      });
      expect(result.pwned).toBe(1);
    });
  });
});

describe('the second round: files that are not what they seem', () => {
  const article = (id: string): Article | undefined => articles().find((a) => a.id === id);
  /** Every file the build wrote, as text. */
  const everything = () =>
    [...filesOf(out, ''), ...filesOf(`${out}.content`, '').map((f) => `../dist.content/${f}`)]
      .filter((f) => /\.(html|json|xml|csv|txt|js)$/.test(f))
      .map((f) => [f, readFileSync(join(out, f), 'utf8')] as const);

  test('nothing of a file that a link in seeds/ points to outside it reaches the site', () => {
    expect(
      everything()
        .filter(([, text]) => text.includes(OUTSIDE_SECRET))
        .map(([f]) => f),
    ).toEqual([]);
  });

  test('no zero-width character, BOM, bidi control or NUL on any page or in any export', () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is one of the characters looked for.
    const invisible = /[\u0000\u200b-\u200f\u2060\u202a-\u202e\u2066-\u2069\ufeff]/u;
    const found = everything()
      .filter(([f]) => !f.endsWith('.csv')) // visits.csv starts with its BOM, for Excel
      .filter(([, text]) => invisible.test(text))
      .map(([f]) => f);
    expect(found).toEqual([]);
  });

  test('invisible characters are removed, counted in quality.json and named in the report', () => {
    expect(reportOf('invisible.txt')?.removed.map((r) => [r.char, r.count])).toEqual([
      ['U+0000', 1],
      ['U+200B', 1],
      ['U+200D', 1],
      ['U+202C', 1],
      ['U+202E', 1],
      ['U+2066', 1],
      ['U+2069', 1],
      ['U+FEFF', 1],
    ]);
    expect(reportLines('invisible.txt').join('\n')).toContain('删去不可见字符 8 个');
    const visits: { article: string; leaders: { name: string }[] }[] = JSON.parse(
      readOut('data/visits.json'),
    );
    expect(visits.find((v) => v.article === 'invisible')?.leaders.map((l) => l.name)).toEqual([
      '胡海峰',
    ]);
  });

  test('an article saved as HTML is text: no tag, entity or script; the conversion noted', () => {
    const page = article('saved-page');
    expect(page?.title).toBe('衢州市党政代表团赴金华学习考察');
    expect(page?.paragraphs.join('\n')).not.toMatch(/[<>]|&\w+;|&#|pwned|display/);
    expect(page?.paragraphs.join('')).toContain('集成电路&生物医药');
    expect(reportOf('saved-page.txt')?.notes.map((n) => n.kind)).toEqual(['html-converted']);
    expect(reportLines('saved-page.txt').join('\n')).toContain('文件是 HTML');
  });

  test('an undated report filed under a day: its trip takes that year, and its page says why', () => {
    const visits: { article: string; date: { start: string | null; inferred: boolean } }[] =
      JSON.parse(readOut('data/visits.json'));
    expect(visits.filter((v) => v.article === 'undated-filed').map((v) => v.date)).toEqual([
      expect.objectContaining({ start: '2018-03-12', inferred: true }),
    ]);
    expect(article('undated-filed')?.published).toBeNull();
    expect(reportOf('undated-filed.txt')?.notes.map((n) => n.kind)).toEqual(['date-from-url']);
    const page = readOut('articles/undated-filed/index.html');
    expect(page).toContain('网址中的日期为2018年3月15日');
  });

  test('full-width digits are half-width in the text', () => {
    expect(article('full-width')?.paragraphs.join('')).toContain('3月12日至13日');
  });

  test('a file of two encodings keeps both halves, and says which lines were GB18030', () => {
    expect(reportOf('two-encodings.txt')?.encoding).toBe('utf-8+gb18030');
    expect(article('two-encodings')?.paragraphs.join('')).toContain(
      '陈浩表示，要主动学习嘉兴的经验',
    );
    expect(reportOf('two-encodings.txt')?.notes.map((n) => n.kind)).toEqual(['mixed-encoding']);
  });

  test('a page on one line is split into paragraphs within the limit, and noted', () => {
    const paragraphs = article('one-line-600k')?.paragraphs ?? [];
    expect(paragraphs.length).toBeGreaterThan(100);
    expect(paragraphs.every((p) => [...p].length <= MAX_PARAGRAPH_CHARS)).toBe(true);
    expect(reportOf('one-line-600k.txt')?.notes.map((n) => n.kind)).toEqual([
      'long-paragraph-split',
    ]);
  });

  test('a link inside seeds/ is read like its target', () => {
    expect(article('inside-link')?.paragraphs).toEqual(article('unrelated')?.paragraphs);
  });

  test('no cell of visits.csv reads as a formula; a date without its year is text', () => {
    const csv = readOut('data/visits.csv');
    const cells = csv
      .slice(1)
      .split('\r\n')
      .flatMap((row) => row.split(','));
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells.some((c) => c.startsWith("'--"))).toBe(true);
  });

  test('a second build of the same hostile seeds writes the same content, byte for byte', async () => {
    const again = join(work, 'again');
    const run = await runBuild(['--seeds', seedsDir, '--content', again, '--no-site']);
    expect(run.status).toBe(0);
    const hash = (dir: string) =>
      Object.fromEntries(
        filesOf(dir, '.json')
          .filter((f) => f !== 'accuracy.json' && !f.startsWith('.'))
          .map((f) => [
            f,
            createHash('sha256')
              .update(readFileSync(join(dir, f)))
              .digest('hex'),
          ]),
      );
    expect(hash(again)).toEqual(hash(`${out}.content`));
  }, 300_000);
});

describe('the HTML of the hostile build', () => {
  test('is valid (html-validate:recommended, 0 errors)', async () => {
    expect(await validationErrors(out)).toEqual([]);
  }, 120_000);
});

describe('limits', () => {
  test(`memory stays under ${MEMORY_BOUND_MIB} MiB with the 2 MB article`, () => {
    expect(build.peakMiB).not.toBeNull();
    expect(build.peakMiB).toBeLessThan(MEMORY_BOUND_MIB);
  });

  test('an article above 5 MB is refused by name with a clear message', () => {
    expect(reportOf('oversized.txt')?.reason).toMatch(
      /^文件 5\.0 MB（\d+ 字节），超过文章大小上限 5 MB/,
    );
    expect(articles().some((a) => a.id === 'oversized')).toBe(false);
  });
});

describe('--strict', () => {
  test('counts a problem for each fixture that has one, and none for the others', () => {
    const counts = FIXTURES.map((f) => [f.file, countWarnings(reportOf(f.file) as FileReport) > 0]);
    expect(Object.fromEntries(counts)).toEqual(
      Object.fromEntries(FIXTURES.map((f) => [f.file, f.strict])),
    );
  });

  test('fails the build and names the files', async () => {
    // Every fixture but the 2 MB article, which has no problem and takes most of the time.
    const problems = join(work, 'problems');
    // cp -a keeps what the fixtures are: links as links, the FIFO a FIFO (cpSync would read it).
    const copied = spawnSync('cp', ['-a', seedsDir, problems]);
    expect(copied.status, String(copied.stderr)).toBe(0);
    rmSync(join(problems, 'long-2mb.txt'));
    const strict = await runBuild([
      '--seeds',
      problems,
      '--content',
      join(work, 'strict'),
      '--no-site',
      '--strict',
    ]);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('--strict');
    for (const f of FIXTURES.filter((x) => x.strict)) {
      expect(strict.stdout).toContain(`${f.file}: `);
    }
  }, 300_000);

  test('passes on files that have no problem', async () => {
    const clean = join(work, 'clean');
    mkdirSync(clean, { recursive: true });
    for (const f of ['gb18030.txt', 'utf16-bom.txt', 'utf8-bom-crlf.txt', 'unrelated.txt']) {
      copyFileSync(join(seedsDir, f), join(clean, f));
    }
    const strict = await runBuild([
      '--seeds',
      clean,
      '--content',
      join(work, 'clean.content'),
      '--no-site',
      '--strict',
    ]);
    expect(strict.stderr).toBe('');
    expect(strict.status).toBe(0);
  }, 120_000);
});
