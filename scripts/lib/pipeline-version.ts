/**
 * The content pipeline's version: a hash of its own code, its knowledge files and the locked
 * dependency versions. A cached article result is reused only under the same version, so a changed
 * rule, word list or library never serves an answer of the old one.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * What an article's result depends on besides its own file: the stages (scripts/pipeline,
 * scripts/extract), their helpers and knowledge (scripts/lib, scripts/data), the record types and
 * shared derivations (src/schemas, src/utils), the body renderer's plugins (src/plugins), and the
 * exact versions of every package (package-lock.json).
 */
export const PIPELINE_SOURCES = [
  'scripts/pipeline',
  'scripts/extract',
  'scripts/lib',
  'scripts/data',
  'src/schemas',
  'src/utils',
  'src/plugins',
  'package-lock.json',
] as const;

/** Every file under `path` (or `path` itself), sorted, as paths relative to `root`. */
function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  if (!statSync(full, { throwIfNoEntry: false })) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((name) => join(path, name))
    .filter((name) => statSync(join(root, name)).isFile())
    .sort();
}

/** Hash the pipeline's sources under `root`: 16 hex digits, the same for the same files. */
export function pipelineVersion(
  root: string,
  sources: readonly string[] = PIPELINE_SOURCES,
): string {
  const hash = createHash('sha256');
  for (const file of sources.flatMap((s) => filesUnder(root, s))) {
    // The path counts too: a file moved is another pipeline.
    hash.update(relative(root, join(root, file)));
    hash.update('\0');
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
