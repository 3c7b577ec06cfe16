/**
 * A query as typed → the words Pagefind searches and the terms a result must hold intact.
 * `无锡 "跨江融合"` has two terms; the quoted one must appear exactly as typed.
 */

/** One word or quoted phrase of the query. */
export interface Term {
  /** The text, without quotes. */
  text: string;
  /** True when it was typed in quotes ("…", “…”, 「…」, 『…』): results must hold it as typed. */
  quoted: boolean;
}

/** A parsed query. */
export interface ParsedQuery {
  /** What Pagefind is given: the terms, space-separated, without quotes. */
  text: string;
  /** The terms in order. */
  terms: Term[];
}

const QUOTES: Record<string, string> = { '"': '"', '“': '”', '「': '」', '『': '』' };

/** Normalize a query: NFKC (全角 ＡＢＣ１ → ABC1), one space between words, no outer spaces. */
export function normalizeQuery(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** Split a normalized query into words and quoted phrases; an unclosed quote is dropped. */
export function parseQuery(query: string): ParsedQuery {
  const terms: Term[] = [];
  let i = 0;
  const chars = [...query];
  let word = '';
  const push = (text: string, quoted: boolean) => {
    const t = text.trim();
    if (t) terms.push({ text: t, quoted });
  };
  while (i < chars.length) {
    const c = chars[i] as string;
    const close = QUOTES[c];
    const end = close === undefined ? -1 : chars.indexOf(close, i + 1);
    if (close !== undefined && end > i) {
      push(word, false);
      word = '';
      push(chars.slice(i + 1, end).join(''), true);
      i = end + 1;
    } else if (c === ' ' || close !== undefined || Object.values(QUOTES).includes(c)) {
      push(word, false);
      word = '';
      i += 1;
    } else {
      word += c;
      i += 1;
    }
  }
  push(word, false);
  return { text: terms.map((t) => t.text).join(' '), terms };
}
