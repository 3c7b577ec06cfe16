/**
 * The accuracy the About page shows, measured by the project's own scorer (scripts/eval/): the
 * built articles against the seeds' gold (tests/gold/seeds), and a corpus with gold of its own
 * (a folder holding articles/ and gold/, as ../shared/corpus does) when one is beside the project.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Accuracy, MeasuredSet } from '../../src/utils/accuracy';
import { readGoldDir } from '../eval/gold';
import { type Score, type ScoredArticle, type ScoredVisit, scoreExports } from '../eval/score';
import { scoreFolder } from '../eval/score-folder';
import type { SeedCache } from './seed-cache';

/** What the site keeps of a score: the articles it covers, the field rows, the shares, overall. */
export function summarizeScore(score: Score): MeasuredSet {
  const { rows, dates, mentions, officialPlaces, overall } = score;
  return { articles: score.articles.length, rows, dates, mentions, officialPlaces, overall };
}

/** Scores the built articles against the gold of `goldDir`; null when none of them has gold. */
export function measureSeeds(
  content: { visits: readonly ScoredVisit[]; articles: readonly ScoredArticle[] },
  goldDir: string,
): MeasuredSet | null {
  const ids = new Set(content.articles.map((a) => a.id));
  const golds = readGoldDir(goldDir);
  if (!golds.some((g) => ids.has(g.article))) return null;
  return summarizeScore(scoreExports(content.visits, content.articles, golds));
}

/** Builds and scores a corpus folder (articles/ and gold/); null when there is none. */
export function measureCorpus(dir: string, cache: SeedCache | null = null): MeasuredSet | null {
  const [articles, gold] = [join(dir, 'articles'), join(dir, 'gold')];
  if (!existsSync(articles) || !existsSync(gold)) return null;
  return summarizeScore(scoreFolder(articles, gold, cache));
}

/** Both measures; null when neither could be taken (the site then says: not measured). */
export function measureAccuracy(
  content: Parameters<typeof measureSeeds>[0],
  dirs: { seedsGold: string; corpus: string },
  cache: SeedCache | null = null,
): Accuracy | null {
  const seeds = measureSeeds(content, dirs.seedsGold);
  const corpus = measureCorpus(dirs.corpus, cache);
  return seeds || corpus ? { seeds, corpus } : null;
}
