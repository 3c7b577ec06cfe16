/** A corpus of N generated articles: in memory, or written as a seeds folder. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GeneratedArticle, generateArticle } from './generate-article';

/** Generates articles 0 … n-1 of the corpus of `seed` (a corpus of 100 is the start of one of 1,000). */
export function generateCorpus(seed: number, n: number): GeneratedArticle[] {
  return Array.from({ length: n }, (_, i) => generateArticle(seed, i));
}

/** Writes `<id>.txt` and `<id>.meta.yaml` (where there is one) into `dir`; returns the articles. */
export function writeCorpus(dir: string, seed: number, n: number): GeneratedArticle[] {
  mkdirSync(dir, { recursive: true });
  const articles = generateCorpus(seed, n);
  for (const a of articles) {
    writeFileSync(join(dir, `${a.id}.txt`), a.bytes);
    if (a.metaYaml !== null) writeFileSync(join(dir, `${a.id}.meta.yaml`), a.metaYaml);
  }
  return articles;
}
