/**
 * Stage 1d: full-width digits and Latin letters become half-width (２０２５年３月 → 2025年3月,
 * ５Ｇ → 5G, ＧＤＰ → GDP), so that dates and numbers read as the half-width ones do; so do the
 * marks inside a number or date written full-width: the point of ３．５, the percent of ７０％ and
 * the separators of ２０２５－０３－０１, １６：５８ and ３／４. Full-width punctuation in Chinese
 * text (，：（）) is the norm of the normalized text and stays.
 */

const FULL_ALNUM = /[０-９Ａ-Ｚａ-ｚ]/u;
/** A run of full-width letters and digits, with the marks inside a number (before a digit) or after it (％). */
const RUN = /[０-９Ａ-Ｚａ-ｚ]+(?:[．－：／][０-９]+)*％?/gu;
const MARKS: Readonly<Record<string, string>> = {
  '．': '.',
  '－': '-',
  '：': ':',
  '／': '/',
  '％': '%',
};

/** One full-width character as its half-width form (U+FF01–FF5E are U+0021–007E shifted). */
const narrow = (c: string): string =>
  MARKS[c] ?? String.fromCharCode((c.codePointAt(0) ?? 0) - 0xfee0);

/** Makes full-width digits and letters half-width; says how many runs changed. */
export function foldWidth(text: string): { text: string; folded: number } {
  if (!FULL_ALNUM.test(text)) return { text, folded: 0 };
  let folded = 0;
  const out = text.replace(RUN, (run) => {
    folded += 1;
    return [...run].map(narrow).join('');
  });
  return { text: out, folded };
}
