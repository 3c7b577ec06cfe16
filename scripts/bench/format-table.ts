/** The bench result as markdown tables: sizes, page weights, search, Lighthouse, budgets. */
import type { BenchResult } from './results';

const row = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;
const table = (head: readonly string[], rows: readonly (readonly (string | number)[])[]): string =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const f1 = (n: number): string => n.toFixed(1);
const kb = (n: number): string => (n / 1024).toFixed(1);

/** Formats the whole result as markdown. */
export function formatTables(r: BenchResult): string {
  const out: string[] = [];
  out.push(
    `Seed ${r.seed}, ${r.runs} runs per size (medians; the builds column says how many a size had); ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGB} GB, Node ${r.machine.node}; load average ${r.machine.loadAverage.start.toFixed(1)} → ${r.machine.loadAverage.end.toFixed(1)}; ${r.generatedAt.slice(0, 10)}.`,
    '',
    table(
      [
        'articles',
        'builds',
        'pipeline ms/article',
        'articles/s',
        '× jieba cut',
        'content s',
        'astro s',
        'Pagefind s',
        'total s',
        'build ms/article',
        'peak RSS MB',
        'dist MB',
        'dist KB/article',
        'pages',
      ],
      r.sizes.map((s) => [
        s.articles,
        s.builds.length,
        f1(s.pipelineMsPerArticle),
        f1(s.articlesPerSecond),
        f1(s.pipelineVsCutRatio),
        f1(s.contentSeconds),
        f1(s.astroSeconds),
        f1(s.pagefindSeconds),
        f1(s.totalSeconds),
        f1(s.buildMsPerArticle),
        Math.round(s.peakRssMB),
        f1(s.distBytes / 1024 / 1024),
        kb(s.distBytes / s.articles),
        s.pages,
      ]),
    ),
  );
  const rebuilt = r.sizes.filter((s) => s.incremental);
  if (rebuilt.length > 0) {
    out.push(
      '',
      'One article added to a built corpus, built again into the same folders (seconds):',
      '',
      table(
        [
          'articles',
          'content s (clean)',
          'content s (+1)',
          'content ratio',
          'astro s',
          'Pagefind s',
          'total s',
          'peak RSS MB',
        ],
        rebuilt.map((s) => [
          s.articles,
          f1(s.contentSeconds),
          f1(s.incremental?.steps['内容'] ?? 0),
          (s.incremental?.contentRatio ?? 0).toFixed(3),
          f1(s.incremental?.steps['astro build'] ?? 0),
          f1(s.incremental?.steps.Pagefind ?? 0),
          f1(s.incremental?.totalSeconds ?? 0),
          Math.round(s.incremental?.peakRssMB ?? 0),
        ]),
      ),
    );
  }
  const largest = r.sizes.at(-1);
  if (largest) {
    const stages = Object.entries(largest.stages);
    out.push(
      '',
      `Pipeline stages at ${largest.articles} articles (ms per article):`,
      '',
      table(
        ['stage', ...stages.map(([name]) => name)],
        [
          ['median', ...stages.map(([, s]) => s.medianMs.toFixed(2))],
          ['share', ...stages.map(([, s]) => `${Math.round(s.share * 100)}%`)],
        ],
      ),
    );
  }
  out.push(
    '',
    `Page weights at ${largest?.articles ?? '?'} articles (KB: raw as on disk, and gzip as transferred):`,
    '',
    table(
      [
        'page type',
        'pages',
        'HTML median',
        'HTML max',
        'HTML gzip median',
        'CSS',
        'CSS gzip',
        'JS',
        'max HTML+CSS gzip',
      ],
      Object.entries(r.pageTypes).map(([type, p]) => [
        type,
        p.pages,
        kb(p.htmlBytesMedian),
        kb(p.htmlBytesMax),
        kb(p.htmlGzipBytesMedian),
        kb(p.cssBytes),
        kb(p.cssGzipBytes),
        kb(p.jsBytes),
        kb(p.htmlPlusCssGzipBytesMax),
      ]),
    ),
  );
  if (r.search) {
    const s = r.search;
    out.push(
      '',
      `Search at ${r.searchSize ?? '?'} articles (${s.mode === 'page' ? 'the /search/ page' : "Pagefind's JS API in a blank page"}; first queries each on a fresh page with an empty cache; KB as transferred, gzip, from navigation to the first result on screen):`,
      '',
      table(
        ['first query', 'kind', 'budgeted', 'results', 'ms to first results', 'KB fetched'],
        [
          ...s.firstQueries.map((f) => [
            f.q,
            f.kind,
            f.budgeted ? 'yes' : 'no',
            f.results,
            Math.round(f.ms),
            kb(f.bytes),
          ]),
          [
            s.traditionalFirstQuery,
            'traditional place',
            'no',
            s.results[s.traditionalFirstQuery] ?? '',
            Math.round(s.traditionalFirstQueryMs),
            kb(s.traditionalFirstQueryBytes),
          ],
        ],
      ),
      '',
      `Next queries on the warm page (simplified and traditional): median ${Math.round(s.nextQueryMsMedian)} ms.`,
    );
    if (s.ratio) {
      const ratioRow = (
        when: string,
        x: { q: string; group: string; pageMs: number; bareMs: number; ratio: number },
      ) => [
        when,
        x.q,
        x.group,
        Math.round(x.pageMs),
        Math.round(x.bareMs),
        `${x.ratio.toFixed(2)}×`,
      ];
      out.push(
        '',
        'Search page against the bare Pagefind API (import pagefind.js, search(), the first 10 results’ data()), same dist, same run, in turn; medians, ms from submit to the first result:',
        '',
        table(
          ['', 'query', 'kind', 'page ms', 'bare ms', 'page / bare'],
          [
            ...s.ratio.first.map((x) => ratioRow('first (cold)', x)),
            ...Object.values(s.ratio.firstByGroup).map((x) => ratioRow('first, median', x)),
            ...s.ratio.next.map((x) => ratioRow('next (warm)', x)),
            ...Object.values(s.ratio.nextByGroup).map((x) => ratioRow('next, median', x)),
          ],
        ),
      );
    }
  }
  if (r.indexComparison) {
    const c = r.indexComparison;
    out.push(
      '',
      `Bare Pagefind API on another build of the same corpus (${c.beforeDist}) and on this one, in turn; first queries cold, next ones warm; medians:`,
      '',
      table(
        ['', 'query', 'kind', 'before ms', 'before results', 'after ms', 'after results'],
        [
          ...c.before.map((b, i) => ['first', b, c.after[i]] as const),
          ...c.beforeNext.map((b, i) => ['next', b, c.afterNext[i]] as const),
        ].map(([when, b, a]) => [
          when,
          b.q,
          b.group,
          Math.round(b.ms),
          b.results,
          Math.round(a?.ms ?? 0),
          a?.results ?? '',
        ]),
      ),
    );
  }
  const lh = Object.entries(r.lighthouse);
  if (lh.length > 0) {
    out.push(
      '',
      'Lighthouse (mobile, simulated throttling):',
      '',
      table(
        ['page', 'performance', 'accessibility', 'best practices', 'SEO'],
        lh.map(([page, s]) => [page, s.performance, s.accessibility, s['best-practices'], s.seo]),
      ),
    );
  }
  out.push(
    '',
    'Budgets:',
    '',
    table(
      ['budget', 'limit', 'measured', ''],
      r.budgets.map((b) => [b.name, b.limit, b.actual, b.ok === null ? '–' : b.ok ? '✅' : '❌']),
    ),
  );
  return out.join('\n');
}
