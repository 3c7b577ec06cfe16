/**
 * `npm run eval [-- DIR…]`: runs the content pipeline (no Astro) over seeds/ and each DIR, scores the
 * visits against the gold annotations, and prints per article what was missed or wrong, then one
 * table per folder. A DIR holds `articles/` and `gold/` (as ../shared/corpus does), or articles with
 * their `*.gold.json` beside them. `--json` prints the scores as JSON instead.
 */
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { diffArticles } from './eval/diff';
import { formatScore } from './eval/format';
import type { Score } from './eval/score';
import { scoreFolder } from './eval/score-folder';

/** Where a folder's articles and gold files are. */
interface EvalSet {
  name: string;
  articles: string;
  gold: string;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean', default: false } },
});

/** The seeds with the project's own annotations, then each folder given. */
function evalSets(dirs: readonly string[]): EvalSet[] {
  const seeds = { name: 'seeds', articles: resolve('seeds'), gold: resolve('tests/gold/seeds') };
  return [
    seeds,
    ...dirs.map((d) => {
      const dir = resolve(d);
      if (!existsSync(dir)) throw new Error(`评测目录不存在：${d}`);
      const split = existsSync(join(dir, 'articles')) && existsSync(join(dir, 'gold'));
      return split
        ? { name: basename(dir), articles: join(dir, 'articles'), gold: join(dir, 'gold') }
        : { name: basename(dir), articles: dir, gold: dir };
    }),
  ];
}

/** Builds one folder's content in a scratch folder and scores it. */
function scoreSet(set: EvalSet): Score {
  return scoreFolder(set.articles, set.gold);
}

const sets = evalSets(positionals);
const scores = sets.map((set) => ({ set, score: scoreSet(set) }));
if (values.json) {
  console.log(
    JSON.stringify(Object.fromEntries(scores.map((s) => [s.set.name, s.score])), null, 2),
  );
} else {
  for (const { set, score } of scores) {
    console.log(`# ${set.name}: what was missed or wrong`);
    const diffs = diffArticles(score.articles).filter((d) => d.lines.length > 0);
    for (const d of diffs) console.log([d.article, ...d.lines].join('\n'));
    if (diffs.length === 0) console.log('  (nothing)');
  }
  for (const { set, score } of scores) {
    console.log(`\n# ${set.name} (${score.articles.length} articles with gold)`);
    console.log(formatScore(score).join('\n'));
  }
}
