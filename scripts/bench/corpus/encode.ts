/** Writes a text in one of the encodings seeds come in: UTF-8 (with or without BOM), GB18030, UTF-16LE. */
import iconv from 'iconv-lite';

/** An encoding a generated file is written in. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le';

/** Encodes text to bytes, with a BOM where the encoding has one. */
export function encodeText(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode(`\uFEFF${text}`);
    case 'gb18030':
      return new Uint8Array(iconv.encode(text, 'gb18030'));
    case 'utf-16le':
      return new Uint8Array(iconv.encode(`\uFEFF${text}`, 'utf-16le'));
  }
}
