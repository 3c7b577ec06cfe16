/**
 * Stage 1: bytes → text. UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of
 * GBK and GB2312); line ends unified to LF, Unicode NFC.
 */
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
  /** 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be' or 'gb18030'. */
  encoding: string;
  /** The text, LF line ends, NFC. */
  text: string;
}

const BOMS: readonly { bytes: readonly number[]; encoding: string; decoder: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8-bom', decoder: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le', decoder: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be', decoder: 'utf-16be' },
];

/** Share of characters that may be U+FFFD before a decoding is rejected. */
const MAX_REPLACEMENT_SHARE = 0.01;
/** Share of control characters (other than tab, LF, FF, CR) that makes text binary. */
const MAX_CONTROL_SHARE = 0.05;

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/** Decodes without a BOM: strict UTF-8, else UTF-8 with a few bad bytes, else GB18030. */
function decodeUnmarked(bytes: Uint8Array): Decoded {
  if (bytes.includes(0)) throw new UnreadableError('binary', 'binary file (NUL bytes)');
  try {
    return { encoding: 'utf-8', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Not clean UTF-8: a UTF-8 file with a damaged byte or two, or a GBK/GB18030 file.
  }
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  const utf8Bad = count(utf8, /\uFFFD/g);
  if (utf8Bad <= Math.max(1, count(utf8, /\P{ASCII}/gu) * MAX_REPLACEMENT_SHARE)) {
    return { encoding: 'utf-8', text: utf8 };
  }
  const gb = iconv.decode(Buffer.from(bytes), 'gb18030');
  if (count(gb, /\uFFFD/g) > gb.length * MAX_REPLACEMENT_SHARE) {
    throw new UnreadableError('undecodable', 'neither UTF-8 nor GB18030');
  }
  return { encoding: 'gb18030', text: gb };
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
  return { encoding: decoded.encoding, text };
}
