/**
 * "Nothing lost", measured in Han characters. Normalization may change an article's characters but
 * not their number: traditional → simplified is one character for one, pinyin annotations and
 * punctuation are not Han, boilerplate and header lines are set aside (kept in `boilerplate`), the
 * headline becomes the title, and a repair changes a known damaged string (its `to` replaces its
 * `from`). So for every published article:
 *
 *   Han(input) + Σ repairs (Han(to) − Han(from)) × occurrences
 *     = Han(paragraphs) + Han(boilerplate) + Han(the titles that came from the text)
 *
 * where a title (or original title) "came from the text" when it is a whole line of the input and
 * not a whole paragraph or boilerplate entry too (a title made from a visit, or taken from
 * meta.yaml, is not in the input; one made from a short first paragraph is counted there).
 */
import iconv from 'iconv-lite';

/** What of an article record the comparison reads. */
export interface ArticleText {
  title: string;
  originalTitle: string | null;
  script: 'simplified' | 'traditional';
  paragraphs: string[];
  boilerplate: string[];
  repairs: { from: string; to: string }[];
}

const HAN = /\p{Script=Han}/gu;

/** The Han characters of a text, in order. */
export const hanOf = (s: string): string => (s.match(HAN) ?? []).join('');

/** Decodes a seed file the simple way, independently of the pipeline: BOM, strict UTF-8, else each line strict UTF-8 or GB18030. */
export function decodeInput(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return bytes.subarray(3).toString('utf8');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(bytes.subarray(2), 'utf-16be');
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  try {
    return utf8.decode(bytes);
  } catch {
    // Line by line: a file whose halves were saved in two encodings.
    const lines: string[] = [];
    for (let start = 0; start < bytes.length; ) {
      const lf = bytes.indexOf(0x0a, start);
      const end = lf < 0 ? bytes.length : lf + 1;
      const line = bytes.subarray(start, end);
      try {
        lines.push(utf8.decode(line));
      } catch {
        lines.push(iconv.decode(line, 'gb18030'));
      }
      start = end;
    }
    return lines.join('');
  }
}

/** Han characters of the input, with the repairs' changes applied. */
export function hanIn(input: string, article: ArticleText): number {
  const delta = article.repairs.reduce(
    (n, r) => n + (input.split(r.from).length - 1) * (hanOf(r.to).length - hanOf(r.from).length),
    0,
  );
  return hanOf(input).length + delta;
}

/** The titles of an article that are lines of its input (and not also a paragraph or boilerplate). */
export function titlesFromText(
  input: string,
  article: ArticleText,
  simplify: (s: string) => string,
): string[] {
  const lines = new Set(input.split(/\r?\n/).map((l) => hanOf(simplify(l))));
  // A subheading run into its paragraph (标题3月20日，…) is split off as the title: still the text's.
  const opening = hanOf(simplify(input.split(/\r?\n/).find((l) => l.trim() !== '') ?? ''));
  const pieces = new Set([...article.paragraphs, ...article.boilerplate].map(hanOf));
  const titles = [article.title, article.originalTitle ?? ''].map(hanOf);
  return [...new Set(titles)].filter(
    (t) => t !== '' && (lines.has(t) || opening.startsWith(t)) && !pieces.has(t),
  );
}

/** Han characters of the output: paragraphs, boilerplate and the titles that came from the text. */
export function hanOut(
  input: string,
  article: ArticleText,
  simplify: (s: string) => string,
): number {
  const pieces = [
    ...article.paragraphs,
    ...article.boilerplate,
    ...titlesFromText(input, article, simplify),
  ];
  return pieces.reduce((n, p) => n + hanOf(p).length, 0);
}

/**
 * Whether `han` is in `out`, whole, across paragraphs that follow each other (a line split at the
 * length limit), or cut in two (an inline pointer cut off to the boilerplate).
 */
function found(han: string, out: string): boolean {
  if (out.includes(han) || out.replaceAll('\n', '').includes(han)) return true;
  if (han.length > 1000) return false; // cut in two is the fate of a short line
  for (let k = 1; k < han.length; k++) {
    if (out.includes(han.slice(0, k)) && out.includes(han.slice(k))) return true;
  }
  return false;
}

/** Input lines whose Han characters appear in no paragraph, boilerplate entry or title. */
export function linesNotFound(
  input: string,
  article: ArticleText,
  simplify: (s: string) => string,
): string[] {
  const repaired = article.repairs.reduce((s, r) => s.split(r.from).join(r.to), input);
  const out = [
    article.title,
    article.originalTitle ?? '',
    ...article.paragraphs,
    ...article.boilerplate,
  ]
    .map(hanOf)
    .join('\n');
  return repaired
    .split(/\r?\n/)
    .filter((line) => hanOf(line) !== '' && !found(hanOf(simplify(line)), out));
}
