/**
 * What each name in the seeds folder is, told without following a link out of the folder: a
 * regular file, a link whose real target stays inside seeds/ (followed), or something that is not
 * read (a directory, a named pipe, a socket, a device, a link that leaves the folder, a broken
 * link). Jekyll's safe mode and Hugo refuse links that leave the content folder; so does this.
 */

import type { Stats } from 'node:fs';
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
} from 'node:fs';
import { join, sep } from 'node:path';

/** A name of the seeds folder that can be read: its path to open (a link's real target). */
export interface ReadableEntry {
  /** File name in the seeds folder. */
  name: string;
  /** The path to open: the file itself, or a link's real target inside the folder. */
  path: string;
}

/** A name of the seeds folder that is not read, and why (said for the person who put it there). */
export interface RefusedEntry {
  /** File name in the seeds folder. */
  name: string;
  /** Why it is not read. */
  reason: string;
}

/** Why an fs call failed, by its code only: a message with the build machine's paths is never published. */
const CODES: Record<string, string> = {
  ENOENT: '符号链接的目标不存在',
  ELOOP: '符号链接循环',
  EACCES: '没有读取权限',
  EPERM: '没有读取权限',
  EISDIR: '是目录',
  ENAMETOOLONG: '路径过长',
};

/** `无法读取：CODE（说明）` for an fs error. */
export function unreadable(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return '无法读取';
  return `无法读取：${code}${CODES[code] ? `（${CODES[code]}）` : ''}`;
}

/** Why something that is not a regular file is not read, or null for a regular file. */
export function notRegular(stat: Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return '是目录，不是文章文件，未读取';
  if (stat.isFIFO()) return '是命名管道（FIFO），不是普通文件，未读取';
  if (stat.isSocket()) return '是套接字（socket），不是普通文件，未读取';
  if (stat.isBlockDevice() || stat.isCharacterDevice()) return '是设备文件，不是普通文件，未读取';
  return '不是普通文件，未读取';
}

/** The message for a link whose target is outside the seeds folder (the target is not named). */
export const OUTSIDE_LINK =
  '是指向 seeds/ 以外的符号链接，出于安全未读取（只跟随目标仍在 seeds/ 之内的链接）';

/** Tells what one name of the folder is: readable (with the path to open) or refused with a reason. */
export function classifyEntry(dir: string, name: string): ReadableEntry | RefusedEntry {
  const path = join(dir, name);
  try {
    if (!lstatSync(path).isSymbolicLink()) {
      const reason = notRegular(lstatSync(path));
      return reason === null ? { name, path } : { name, reason };
    }
    const real = realpathSync(path);
    const root = realpathSync(dir);
    if (!real.startsWith(root + sep)) return { name, reason: OUTSIDE_LINK };
    const reason = notRegular(lstatSync(real));
    return reason === null ? { name, path: real } : { name, reason: `是符号链接，目标${reason}` };
  } catch (error) {
    return { name, reason: unreadable(error) };
  }
}

/** What reading a file gave: its bytes, or why it was not read. */
export type ReadResult = { bytes: Uint8Array } | { refused: string } | { tooLarge: number };

/**
 * Reads a regular file of at most `limit` bytes. The file is opened without following a link and
 * without blocking (a pipe put there after the listing is not waited on), and checked again once
 * open, so that nothing swapped in after the listing is read.
 */
export function readRegularFile(path: string, limit: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(
      path,
      constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0),
    );
  } catch (error) {
    return { refused: unreadable(error) };
  }
  try {
    const stat = fstatSync(fd);
    const reason = notRegular(stat);
    if (reason !== null) return { refused: reason };
    if (stat.size > limit) return { tooLarge: stat.size };
    // One byte more than its size: a file that grows while it is read is refused, not cut short.
    const buffer = Buffer.alloc(stat.size + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < buffer.length; length += n) {
      n = readSync(fd, buffer, length, buffer.length - length, null);
    }
    if (length > stat.size) return { refused: '文件在读取时仍在变化，未读取：请等它写完再构建' };
    return { bytes: new Uint8Array(buffer.subarray(0, length)) };
  } catch (error) {
    return { refused: unreadable(error) };
  } finally {
    closeSync(fd);
  }
}
