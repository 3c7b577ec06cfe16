/**
 * Reads the seeds folder: every `.txt` that is a regular file is an article, its `.meta.yaml`
 * beside it; nothing else is read, and nothing is skipped silently (see seed-entries.ts).
 */
import { readdirSync, statSync } from 'node:fs';
import { decodeBytes, UnreadableError } from '../pipeline/decode';
import {
  classifyEntry,
  type ReadableEntry,
  type RefusedEntry,
  readRegularFile,
  unreadable,
} from './seed-entries';

/** One article file and its optional meta file, as bytes and text. */
export interface SeedFile {
  /** The file's stem, the article's id. */
  id: string;
  /** File name relative to the seeds folder. */
  file: string;
  /** Raw bytes of the article (empty when the file was refused). */
  bytes: Uint8Array;
  /** Text of `<id>.meta.yaml`, or null when there is none (or it could not be read). */
  metaText: string | null;
  /** Why the article file was not read at all (too large, no permission …); absent when it was. */
  refused?: string;
  /** Why its meta file could not be read; absent when it could (or there is none). */
  metaError?: string;
}

/** A file in the seeds folder that is not an article (reported, never dropped silently). */
export interface OtherFile {
  /** File name relative to the seeds folder. */
  file: string;
  /** Why it is not an article. */
  reason: string;
}

/** What the seeds folder holds. */
export interface SeedListing {
  /** Article files, sorted by id. */
  seeds: SeedFile[];
  /** Everything else. */
  others: OtherFile[];
}

const META = '.meta.yaml';

/**
 * The largest article file that is read: 5 MiB, about 1.7 million Chinese characters, a hundred
 * times the longest news report; a larger file is refused by name (it is a dump, not an article)
 * so that one file cannot exhaust the build's memory or time.
 */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
/** The largest meta.yaml that is read (a curator's five fields fit in a few hundred bytes). */
export const MAX_META_BYTES = 64 * 1024;

/**
 * Characters a file name (the article's id, a path segment of its page) must not hold: those that
 * change what a URL or a path means (slash, backslash, ?, #, %), those a URL cannot hold unescaped
 * and some hosts refuse (quotes, angle brackets, backtick, braces, |, ^, square brackets), and
 * control characters. Letters of any script, digits, spaces and other punctuation are fine.
 */
const UNSAFE_IN_ID = /[/\\?#%"<>`{}|^[\]\p{Cc}]/gu;

/** Why an id cannot be the path of a page, or null when it can. */
export function unsafeIdReason(id: string): string | null {
  const bad = [...new Set(id.match(UNSAFE_IN_ID) ?? [])];
  if (bad.length === 0) return null;
  const shown = bad.map((c) =>
    /\p{Cc}/u.test(c) ? `U+${c.codePointAt(0)?.toString(16).padStart(4, '0')}` : c,
  );
  return `文件名含有不能用在网址中的字符 ${shown.join(' ')}，未读取：请改名（可用汉字、字母、数字、空格和 - _ . 等）`;
}

/** A size in MB with one decimal, for messages. */
const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The message for an article file above the size limit. */
const tooLarge = (size: number): string =>
  `文件 ${megabytes(size)}（${size} 字节），超过文章大小上限 ${MAX_ARTICLE_BYTES / 1024 / 1024} MB（${MAX_ARTICLE_BYTES} 字节），未读取：请删去无关内容或拆分成几篇`;

/** Reads an article file, or says why it was not read. */
function readArticle(path: string, id: string): { bytes: Uint8Array; refused?: string } {
  const unsafe = unsafeIdReason(id);
  if (unsafe !== null) return { bytes: new Uint8Array(), refused: unsafe };
  const read = readRegularFile(path, MAX_ARTICLE_BYTES);
  if ('bytes' in read) return { bytes: read.bytes };
  return {
    bytes: new Uint8Array(),
    refused: 'tooLarge' in read ? tooLarge(read.tooLarge) : read.refused,
  };
}

/** Reads a meta file as text (UTF-8, BOM, UTF-16 or GB18030 like the articles), or says why not. */
function readMeta(entry: ReadableEntry | RefusedEntry): {
  metaText: string | null;
  metaError?: string;
} {
  if ('reason' in entry) return { metaText: null, metaError: `meta.yaml ${entry.reason}，已忽略` };
  const read = readRegularFile(entry.path, MAX_META_BYTES);
  if ('tooLarge' in read) {
    return {
      metaText: null,
      metaError: `meta.yaml 有 ${read.tooLarge} 字节，超过上限 ${MAX_META_BYTES}，已忽略`,
    };
  }
  if ('refused' in read) return { metaText: null, metaError: `meta.yaml ${read.refused}，已忽略` };
  try {
    return { metaText: decodeBytes(read.bytes).text };
  } catch (error) {
    if (error instanceof UnreadableError && ['empty', 'whitespace'].includes(error.reason)) {
      return { metaText: '' }; // an empty meta file says nothing, and that is fine
    }
    const reason = error instanceof UnreadableError ? '不是文本文件' : unreadable(error);
    return { metaText: null, metaError: `meta.yaml 无法读取（${reason}），已忽略` };
  }
}

/** An article file found in the seeds folder, not read yet: what readSeed needs to read it. */
export interface SeedRef {
  /** The file's stem, the article's id. */
  id: string;
  /** File name relative to the seeds folder. */
  file: string;
  /** Path of the article file. */
  path: string;
  /** Its meta file's entry, or null when there is none. */
  meta: ReadableEntry | RefusedEntry | null;
}

/** What the seeds folder holds, the articles not read yet. */
export interface SeedRefListing {
  /** Article files, sorted by id. */
  seeds: SeedRef[];
  /** Everything else. */
  others: OtherFile[];
}

/** The seeds folder itself cannot be listed (missing, or not a folder): the build stops, saying so. */
export class SeedsFolderError extends Error {
  override name = 'SeedsFolderError';
}

/**
 * Lists the seeds folder, pairing each article with its meta file, without reading them (a corpus
 * is read one article at a time). Only regular files are articles, and links only when their real
 * target stays inside the folder; every other name is reported with its reason.
 */
export function listSeeds(dir: string): SeedRefListing {
  const folder = statSync(dir, { throwIfNoEntry: false });
  if (!folder)
    throw new SeedsFolderError(`文章文件夹 ${dir} 不存在（--seeds 指定文章所在的文件夹）`);
  if (!folder.isDirectory())
    throw new SeedsFolderError(`${dir} 不是文件夹（--seeds 指定文章所在的文件夹）`);
  // Dotfiles (.gitkeep, .DS_Store) are not content.
  const names = readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
  const entries = new Map(names.map((name) => [name, classifyEntry(dir, name)]));
  const seeds: SeedRef[] = [];
  const others: OtherFile[] = [];
  for (const [name, entry] of entries) {
    const isArticle = name.endsWith('.txt');
    const metaOf = name.endsWith(META) ? `${name.slice(0, -META.length)}.txt` : null;
    const article = metaOf === null ? undefined : entries.get(metaOf);
    if (article !== undefined && !('reason' in article)) continue; // read with its article
    if ('reason' in entry) {
      others.push({ file: name, reason: entry.reason });
    } else if (isArticle) {
      const id = name.slice(0, -'.txt'.length);
      seeds.push({ id, file: name, path: entry.path, meta: entries.get(`${id}${META}`) ?? null });
    } else if (metaOf !== null) {
      const why = article === undefined ? '没有对应的文章文件' : '对应的文章文件未读取：';
      others.push({ file: name, reason: `${why} ${metaOf}` });
    } else {
      others.push({ file: name, reason: '不是 .txt 文章或 .meta.yaml 元数据，已跳过' });
    }
  }
  return { seeds, others };
}

/** Reads one listed article and its meta file; a file that cannot be read says why in the result. */
export function readSeed(ref: SeedRef): SeedFile {
  return {
    id: ref.id,
    file: ref.file,
    ...readArticle(ref.path, ref.id),
    ...(ref.meta === null ? { metaText: null } : readMeta(ref.meta)),
  };
}

/** Lists and reads the whole seeds folder (listSeeds, then readSeed for every article). */
export function readSeeds(dir: string): SeedListing {
  const { seeds, others } = listSeeds(dir);
  return { seeds: seeds.map(readSeed), others };
}
