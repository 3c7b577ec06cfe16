/**
 * The article cache: one file per article result (normalized text, visits found, report line)
 * under `<dir>/<pipeline version>/`, named by the hash of everything the result depends on. Only
 * the current version is kept: opening the cache removes the folders of other versions.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedFile } from './read-seeds';
import { writeAtomic } from './write-atomic';

/** An open cache: where its entries of this pipeline version live. */
export interface SeedCache {
  /** The version's folder. */
  dir: string;
}

/** Opens (creates) the cache for `version` under `root`, removing the entries of other versions. */
export function openSeedCache(root: string, version: string): SeedCache {
  mkdirSync(root, { recursive: true });
  for (const name of readdirSync(root))
    if (name !== version) rmSync(join(root, name), { recursive: true, force: true });
  const dir = join(root, version);
  mkdirSync(dir, { recursive: true });
  return { dir };
}

/** The key of a seed's result: its name, its bytes, its meta text and why either was not read. */
export function seedKey(seed: SeedFile): string {
  const hash = createHash('sha256');
  for (const part of [
    seed.id,
    seed.file,
    seed.metaText ?? '\u0000none',
    seed.refused ?? '',
    seed.metaError ?? '',
  ])
    hash.update(part).update('\u0000');
  hash.update(seed.bytes);
  return hash.digest('hex');
}

/** The cached value for `key`, or null when there is none or it cannot be read. */
export function readCached<T>(cache: SeedCache, key: string): T | null {
  try {
    return JSON.parse(readFileSync(join(cache.dir, `${key}.json`), 'utf8')) as T;
  } catch {
    return null; // missing, or cut short by a build that was stopped: computed again
  }
}

/** Stores `value` under `key`: written aside and renamed, so no reader sees half a file. */
export function writeCached(cache: SeedCache, key: string, value: unknown): void {
  const target = join(cache.dir, `${key}.json`);
  writeAtomic(target, JSON.stringify(value));
}
