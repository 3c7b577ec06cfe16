/** Scores a folder of articles against gold files: the content pipeline in a scratch folder, then the scorer. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildContent } from '../build-content';
import type { SeedCache } from '../lib/seed-cache';
import { readGoldDir } from './gold';
import { type Score, scoreExports } from './score';

/**
 * Builds the content of `articlesDir` (no Astro) in a scratch folder and scores it against
 * `goldDir`; with a cache, articles processed before by the same pipeline are not processed again.
 */
export function scoreFolder(
  articlesDir: string,
  goldDir: string,
  cache: SeedCache | null = null,
): Score {
  const scratch = mkdtempSync(join(tmpdir(), 'kaochalu-eval-'));
  try {
    const content = buildContent({ seedsDir: articlesDir, contentDir: scratch, cache });
    return scoreExports(content.visits, content.articles, readGoldDir(goldDir));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
