/**
 * Sentences of a paragraph, the unit a fact is cited by: `#p3-s2` is the 2nd sentence of the
 * 3rd paragraph (both counted from 1, as the article page shows them).
 */

/**
 * A sentence: text up to and with its end marks (。！？；and their half-width forms) and the
 * closing quotes or brackets after them (……。” stays whole); or end marks alone.
 */
const SENTENCE =
  /[^。！？；!?;]+[。！？；!?;]*[”’」』）)》"'】]*|[。！？；!?;]+[”’」』）)》"'】]*/gu;

/** Splits a paragraph into sentences; joined again they give back the paragraph exactly. */
export function splitSentences(text: string): string[] {
  return [...text.matchAll(SENTENCE)].map((m) => m[0]);
}

/** The anchor of sentence `sentence` of paragraph `paragraph` (both 0-based): `p3-s2`. */
export function sentenceId(paragraph: number, sentence: number): string {
  return `p${paragraph + 1}-s${sentence + 1}`;
}

/** Where a fact is said: paragraph and sentence (0-based) and the sentence's text. */
export interface SentenceRef {
  paragraph: number;
  sentence: number;
  text: string;
}

/**
 * Finds the first sentence that contains one of `needles`, in the paragraphs of `preferred`
 * first (in their order), then in all; sentences `skip` rejects (furniture left in the text) are
 * never chosen. Null when no sentence does.
 */
export function locateSentence(
  needles: readonly string[],
  paragraphs: readonly string[],
  preferred: readonly number[] = [],
  skip: (sentence: string) => boolean = () => false,
): SentenceRef | null {
  const words = needles.filter((n) => n.length > 0);
  if (words.length === 0) return null;
  for (const index of new Set([...preferred, ...paragraphs.keys()])) {
    const text = paragraphs[index];
    if (text === undefined || !words.some((w) => text.includes(w))) continue;
    const sentences = splitSentences(text);
    const found = sentences.findIndex((s) => !skip(s) && words.some((w) => s.includes(w)));
    const sentence = sentences[found];
    if (sentence !== undefined) return { paragraph: index, sentence: found, text: sentence };
  }
  return null;
}
