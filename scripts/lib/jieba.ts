/** The only importer of nodejieba: loads it once, lazily, with an optional user dictionary. */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodejieba from 'nodejieba';
import { writeAtomic } from './write-atomic';

/** A word and its part-of-speech tag (nr person, ns place, x unknown …). */
export interface TaggedWord {
  /** The word. */
  word: string;
  /** Its tag. */
  tag: string;
}

let userDict: readonly string[] = [];
let dictPath: string | null = null; // the user dictionary's file, written once per dictionary
let loaded: string | null = null; // the dictionary file loaded, or 'default'

/**
 * Writes `text` to `path` unless it is there: aside, then renamed, so that a worker thread or
 * another build loading the file at the same moment never reads it half written.
 */
function writeOnce(path: string, text: string): void {
  if (!existsSync(path)) writeAtomic(path, text);
}

/** Writes user dictionary lines (许峰 nr, 昆山 ns) to a temp file named by their hash; returns its path. */
export function userDictFile(lines: readonly string[]): string {
  const text = `${lines
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n')}\n`;
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const path = join(tmpdir(), `kaochalu-jieba-${hash}.txt`);
  writeOnce(path, text);
  return path;
}

/** Sets the user dictionary; it is (re)loaded at the next cut or tag, only if it changed. */
export function setUserDict(lines: readonly string[]): void {
  userDict = [...lines];
  dictPath = null;
}

/**
 * An idf dictionary of one word: the pipeline cuts and tags, it never extracts keywords, and
 * nodejieba's own 6 MB idf table took a fifth of its load time (which an incremental build with
 * one new article pays in full).
 */
function idfFile(): string {
  const path = join(tmpdir(), 'kaochalu-jieba-idf-unused.txt');
  writeOnce(path, '考察 10.0\n');
  return path;
}

function engine(): typeof nodejieba {
  // Hashed and written once per dictionary, not per call (a call is one sentence).
  if (dictPath === null && userDict.length > 0) dictPath = userDictFile(userDict);
  const path = userDict.length > 0 ? dictPath : null;
  const key = path ?? 'default';
  if (loaded !== key) {
    nodejieba.load(path === null ? { idfDict: idfFile() } : { userDict: path, idfDict: idfFile() });
    loaded = key;
  }
  return nodejieba;
}

/** Cuts a text into words (precise mode, HMM for unknown words). */
export function cut(text: string): string[] {
  return engine().cut(text);
}

/** Cuts a text into words with their part-of-speech tags. */
export function tag(text: string): TaggedWord[] {
  return engine().tag(text);
}
