/**
 * Stage 1: bytes → text. UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of
 * GBK and GB2312), line by line when a file mixes the two; line ends unified to LF, Unicode NFC.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/** Why a file is not an article. */
export type UnreadableReason = 'empty' | 'whitespace' | 'binary' | 'undecodable';

/** A file that cannot be read as an article; `reason` says why. */
export class UnreadableError extends Error {
  readonly reason: UnreadableReason;

  constructor(reason: UnreadableReason, message: string) {
    super(message);
    this.name = 'UnreadableError';
    this.reason = reason;
  }
}

/** Decoded text and the encoding it was read in. */
export interface Decoded {
  /** 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030', or 'utf-8+gb18030' (lines of both). */
  encoding: string;
  /** The text, LF line ends, NFC. */
  text: string;
  /** In a file of both encodings, the lines (from 1) read as GB18030; absent otherwise. */
  gbLines?: number[];
}

const BOMS: readonly { bytes: readonly number[]; encoding: string; decoder: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8-bom', decoder: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le', decoder: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be', decoder: 'utf-16be' },
];

/** Magic numbers of binary formats saved as .txt: PNG, GIF, JPEG, PDF, ZIP (docx, xlsx), gzip, OLE (doc), 7z, ELF. */
const SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47],
  [0x47, 0x49, 0x46, 0x38],
  [0xff, 0xd8, 0xff],
  [0x25, 0x50, 0x44, 0x46, 0x2d],
  [0x50, 0x4b, 0x03, 0x04],
  [0x1f, 0x8b],
  [0xd0, 0xcf, 0x11, 0xe0],
  [0x37, 0x7a, 0xbc, 0xaf],
  [0x7f, 0x45, 0x4c, 0x46],
];

/** Share of characters that may be U+FFFD before a decoding is rejected. */
const MAX_REPLACEMENT_SHARE = 0.01;
/** Share of control characters (other than tab, LF, FF, CR) that makes text binary. */
const MAX_CONTROL_SHARE = 0.05;
/** Share of NUL bytes that makes a file binary; fewer are stray NULs, removed from the text later. */
const MAX_NUL_SHARE = 0.01;

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/** Says whether the bytes start like a binary format. */
const hasSignature = (bytes: Uint8Array): boolean =>
  SIGNATURES.some((sig) => sig.every((byte, i) => bytes[i] === byte));

/** How one line is read: UTF-8 (clean or with a damaged byte or two) or GB18030. */
type LineEncoding = 'utf-8' | 'gb18030';

const gbOf = (bytes: Uint8Array): string => iconv.decode(Buffer.from(bytes), 'gb18030');
const lossyUtf8 = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

/**
 * The encoding of one line of a file that is not UTF-8 as a whole. Valid UTF-8 is UTF-8, unless
 * it only holds two-byte sequences (Latin to Arabic) where GB18030 reads Chinese: GBK bytes can
 * happen to be valid UTF-8 (D6 A1). Invalid UTF-8 is UTF-8 with damage when U+FFFD are few, else GB18030.
 */
function lineEncoding(bytes: Uint8Array): LineEncoding {
  if (isUtf8(bytes)) {
    const text = lossyUtf8(bytes);
    if (!/[\u0080-\u07ff]/u.test(text) || /[\u0800-\u{10ffff}]/u.test(text)) return 'utf-8';
    return /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef\p{ASCII}“”‘’…—·]*$/u.test(gbOf(bytes))
      ? 'gb18030'
      : 'utf-8';
  }
  const text = lossyUtf8(bytes);
  const bad = count(text, /\uFFFD/g);
  return bad <= Math.max(1, count(text, /\P{ASCII}/gu) * MAX_REPLACEMENT_SHARE)
    ? 'utf-8'
    : 'gb18030';
}

/**
 * Decodes a file that is not UTF-8 as a whole line by line (LF, 0x0A, is never part of a UTF-8 or
 * GB18030 sequence): a file whose halves were saved in two encodings keeps both halves.
 */
function decodeByLines(bytes: Uint8Array): Decoded {
  const runs: { encoding: LineEncoding; start: number; end: number }[] = [];
  const gbLines: number[] = [];
  let utf8Lines = 0;
  for (let start = 0, line = 1; start < bytes.length; line++) {
    const lf = bytes.indexOf(0x0a, start);
    const end = lf < 0 ? bytes.length : lf + 1;
    const piece = bytes.subarray(start, end);
    // An ASCII line reads the same either way: it joins the run before it.
    const ascii = piece.every((b) => b < 0x80);
    const encoding = ascii ? (runs.at(-1)?.encoding ?? 'utf-8') : lineEncoding(piece);
    if (!ascii && encoding === 'gb18030') gbLines.push(line);
    if (!ascii && encoding === 'utf-8') utf8Lines += 1;
    const last = runs.at(-1);
    if (last?.encoding === encoding) last.end = end;
    else runs.push({ encoding, start, end });
    start = end;
  }
  const pieces = runs.map((r) => ({
    ...r,
    text: (r.encoding === 'utf-8' ? lossyUtf8 : gbOf)(bytes.subarray(r.start, r.end)),
  }));
  const text = pieces.map((p) => p.text).join('');
  // UTF-8 lines were taken with few U+FFFD; GB18030 lines full of them are no text at all.
  const gbBad = pieces.reduce(
    (n, p) => n + (p.encoding === 'gb18030' ? count(p.text, /\uFFFD/g) : 0),
    0,
  );
  if (gbBad > Math.max(1, text.length * MAX_REPLACEMENT_SHARE)) {
    throw new UnreadableError('undecodable', 'neither UTF-8 nor GB18030');
  }
  if (gbLines.length === 0) return { encoding: 'utf-8', text };
  if (utf8Lines === 0) return { encoding: 'gb18030', text };
  return { encoding: 'utf-8+gb18030', text, gbLines };
}

/** Decodes without a BOM: binary refused, strict UTF-8, else line by line (UTF-8 or GB18030). */
function decodeUnmarked(bytes: Uint8Array): Decoded {
  const nuls = bytes.reduce((n, b) => (b === 0 ? n + 1 : n), 0);
  if (hasSignature(bytes) || nuls > bytes.length * MAX_NUL_SHARE) {
    throw new UnreadableError('binary', 'binary file (a binary format, or NUL bytes)');
  }
  if (isUtf8(bytes)) return { encoding: 'utf-8', text: new TextDecoder('utf-8').decode(bytes) };
  return decodeByLines(bytes);
}

/** Decodes a file's bytes to NFC text with LF line ends, naming the encoding; throws UnreadableError. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (bytes.length === (bom?.bytes.length ?? 0)) throw new UnreadableError('empty', 'empty file');
  const decoded = bom
    ? { encoding: bom.encoding, text: new TextDecoder(bom.decoder).decode(bytes) }
    : decodeUnmarked(bytes);
  const text = decoded.text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
  if (text.trim() === '') throw new UnreadableError('whitespace', 'only whitespace');
  const controls = count(text, /(?![\t\n\f\r])\p{Cc}/gu);
  if (controls > text.length * MAX_CONTROL_SHARE) {
    throw new UnreadableError('binary', 'binary file (control characters)');
  }
  return { ...decoded, text };
}
