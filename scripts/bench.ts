/**
 * `npm run bench`: builds the site from generated corpora of several sizes, measures speed, memory,
 * page weights, search and Lighthouse, writes bench/results/latest.json, prints markdown tables and
 * exits non-zero naming each budget that is over. Options: --sizes 5,100,1000 --runs 3 --seed 1
 * --large-runs 1 (builds of sizes of 5,000 and more)
 * --no-browser (skip search and Lighthouse) --keep (keep bench/tmp/run-*);
 * --no-incremental (skip the rebuild with one article more); --generate <dir> --count N writes a corpus only; --search <dist> measures search alone on a built
 * dist (printed, not written); --before-dist <dist> also measures the bare Pagefind API on another
 * build of the same corpus (an index made otherwise) in the same run, for before/after figures;
 * --search-size N: the size whose build search is measured on (default 1000 when run, else the
 * largest; Lighthouse and page weights are on the largest).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './bench/corpus/generate-corpus';
import { formatTables } from './bench/format-table';
import { runBench } from './bench/run-bench';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '5,100,1000' },
    runs: { type: 'string', default: '3' },
    'large-runs': { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    'no-browser': { type: 'boolean', default: false },
    'no-incremental': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    generate: { type: 'string' },
    count: { type: 'string', default: '100' },
    search: { type: 'string' },
    'before-dist': { type: 'string' },
    'search-size': { type: 'string' },
  },
});
const root = process.cwd();
const seed = Number(values.seed);

if (values.generate) {
  // 1. Only write a corpus: `npm run bench -- --generate /tmp/corpus --count 1000`.
  const written = writeCorpus(resolve(root, values.generate), seed, Number(values.count));
  process.stdout.write(`${written.length} articles written to ${values.generate}\n`);
  process.exit(0);
}

if (values.search) {
  // 1b. Only search, on a dist built already (the corpus of seed `seed`).
  const { measureBareSearch, measureSearch } = await import('./bench/measure/search');
  const { searchQueries } = await import('./bench/search-queries');
  const { generateCorpus } = await import('./bench/corpus/generate-corpus');
  const queries = searchQueries(generateCorpus(seed, 10));
  const dist = resolve(root, values.search);
  const before = values['before-dist'];
  const figures = await measureSearch(dist, queries, Number(values.runs));
  const bare = before
    ? await measureBareSearch([resolve(root, before), dist], queries, Number(values.runs))
    : null;
  const out = { baseline: figures.baseline, ratio: figures.ratio, bareBeforeAfter: bare };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  process.exit(0);
}

// 2. Run every size, then search (at 1,000 articles) and Lighthouse (on the largest).
const sizes = values.sizes
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0)
  .sort((a, b) => a - b);
const result = await runBench({
  root,
  workDir: join(root, 'bench/tmp', `run-${Date.now()}`),
  sizes,
  runs: Math.max(1, Number(values.runs)),
  largeRuns: Math.max(1, Number(values['large-runs'])),
  seed,
  browser: !values['no-browser'],
  incremental: !values['no-incremental'],
  keep: values.keep,
  // Search is measured at 1,000 articles when that size is run (the issues' search budgets).
  searchSize: values['search-size']
    ? Number(values['search-size'])
    : sizes.includes(1000)
      ? 1000
      : (sizes.at(-1) ?? 0),
  ...(values['before-dist'] ? { beforeDist: resolve(root, values['before-dist']) } : {}),
  log: (line) => process.stdout.write(`▸ ${line}\n`),
});

// 3. Write the result and print the tables.
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.json'), `${JSON.stringify(result, null, 2)}\n`);
const tables = formatTables(result);
writeFileSync(join(root, 'bench/results/latest.md'), `${tables}\n`);
process.stdout.write(`\n${tables}\n`);
for (const note of result.notes) process.stdout.write(`\nNote: ${note}\n`);

// 4. Fail when a budget is over, naming each.
const over = result.budgets.filter((b) => b.ok === false);
if (over.length > 0) {
  process.stderr.write(
    `\n${over.length} budget(s) over:\n${over.map((b) => `  ✗ ${b.name}: ${b.actual}`).join('\n')}\n`,
  );
  process.exit(1);
}
