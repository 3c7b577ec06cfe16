/**
 * `npm run build`: seeds → content → astro build → Pagefind, with progress and a closing report.
 * Options: --strict (warnings fail the build), --seeds <dir>, --content <dir>, --no-site,
 * --cache <dir> (where article results are kept between builds, default .cache/content),
 * --no-cache (process every article again), --workers <n> (threads for the articles; default one a core).
 */
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { runContentStep } from './lib/content-step';
import { countWarnings, formatSummary } from './lib/report';
import { runPagefind } from './lib/run-pagefind';

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    seeds: { type: 'string', default: 'seeds' },
    content: { type: 'string', default: process.env.KCL_CONTENT_DIR ?? '.content' },
    out: { type: 'string', default: process.env.KCL_OUT_DIR ?? 'dist' },
    'no-site': { type: 'boolean', default: false },
    cache: { type: 'string', default: process.env.KCL_PIPELINE_CACHE ?? '.cache/content' },
    'no-cache': { type: 'boolean', default: false },
    workers: { type: 'string' },
  },
});
const root = process.cwd();
const contentDir = resolve(root, values.content);
const outDir = resolve(root, values.out);
const seconds: Record<string, number> = {};

/** Times one step of the build. */
async function step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  process.stdout.write(`▸ ${name}…\n`);
  const result = await run();
  seconds[name] = (performance.now() - started) / 1000;
  return result;
}

// 1–2. The content pipeline and the accuracy measure (content-step.ts), in a process of their own:
//      the corpus's records are given back before Astro and Pagefind start.
const content = await runContentStep(
  {
    root,
    seedsDir: resolve(root, values.seeds),
    contentDir,
    cacheDir: values['no-cache'] ? null : resolve(root, values.cache),
    base: process.env.BASE_PATH ?? '/',
    ...(values.workers === undefined ? {} : { workers: Number(values.workers) }),
    // The development corpus with its gold where it is beside the project.
    corpusDir: resolve(root, process.env.KCL_CORPUS_DIR ?? '../shared/corpus'),
    seedsGoldDir: resolve(root, 'tests/gold/seeds'),
  },
  (m) => {
    if (m.kind === 'progress') process.stdout.write(`${m.line}\n`);
    else seconds[m.name] = m.seconds;
  },
).catch((error: unknown) => {
  process.stderr.write(`构建失败：${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

if (!values['no-site'] && content.articles > 0) {
  // 3. Render the site.
  await step('astro build', () => {
    const astro = resolve(root, 'node_modules/.bin/astro');
    const run = spawnSync(astro, ['build', '--silent'], {
      stdio: 'inherit',
      env: {
        ...process.env,
        KCL_CONTENT_DIR: contentDir,
        KCL_OUT_DIR: outDir,
        // A cache of its own per content folder: two builds at once never share a data store.
        KCL_CACHE_DIR: join(contentDir, '.astro-cache'),
      },
    });
    if (run.status !== 0) throw new Error(`astro build 失败（退出码 ${run.status}）`);
  });
  // 4. Publish the exports the content step wrote (DATA.md) under /data/.
  cpSync(join(contentDir, 'data'), join(outDir, 'data'), { recursive: true });
  // 5. Index it for search.
  const indexed = await step('Pagefind', () => runPagefind(outDir));
  process.stdout.write(
    `  Pagefind 索引了 ${indexed.pages} 个页面${indexed.shards > 1 ? `（分 ${indexed.shards} 个索引）` : ''}\n`,
  );
}

// 6. Report, and decide the exit code.
process.stdout.write(
  `${formatSummary({
    filesRead: content.filesRead,
    articles: content.articles,
    visits: content.visits,
    trips: content.trips,
    entities: { places: content.places, officials: content.officials, sectors: content.sectors },
    reports: content.reports,
    cached: content.cachedArticles,
    seconds,
  })}\n`,
);
const warnings = content.reports.reduce((n, r) => n + countWarnings(r), 0);
if (content.articles === 0) {
  process.stderr.write('没有任何文章可以读取：构建失败。\n');
  process.exit(1);
}
if (values.strict && warnings > 0) {
  process.stderr.write(`--strict：有 ${warnings} 条提示，构建失败。\n`);
  process.exit(1);
}
