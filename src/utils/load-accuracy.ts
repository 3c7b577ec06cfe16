import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Accuracy, AccuracySchema } from './accuracy';
import { contentFile } from './content-dir';

/**
 * Read accuracy.json from the content directory; null when it is absent (not measured).
 * A file that is present but not the scorer's shape fails the build with its name.
 */
export function loadAccuracy(path: string = contentFile('accuracy.json')): Accuracy | null {
  const file = resolve(process.cwd(), path);
  if (!existsSync(file)) return null;
  const parsed = AccuracySchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: not the scorer's output: ${parsed.error.message}`);
  return parsed.data;
}
