/** Reads a person's name after a title: a surname of scripts/data/surnames.json plus one or two characters. */
import surnames from '../data/surnames.json';

const single = new Set(surnames.single);
const double = new Set(surnames.double);
const transcribing = new Set(surnames.transliteration);
const stops = [...surnames.stopsAfterName].sort((a, b) => b.length - a.length);
const han = /^\p{Script=Han}$/u;

/** A name read at a position. */
export interface NameMatch {
  /** The name, e.g. 许峰. */
  name: string;
  /** Offset of its first character. */
  start: number;
  /** Offset after it. */
  end: number;
  /** True when what follows plainly ends it (punctuation, 率, 表示 …); false for a guessed length. */
  strong: boolean;
}

/** True when no name can go on at `at`: end of text, a non-Han character, or a stop word (率, 表示, 等 …). */
export function endsName(text: string, at: number): boolean {
  const ch = text[at];
  if (ch === undefined || !han.test(ch)) return true;
  return stops.some((w) => text.startsWith(w, at));
}

/**
 * Reads a transcribed name without surname (乌兰图雅, 额尔敦, 苏和): two to eight characters of the
 * transcription set, or up to eleven with a middle dot (艾尔肯·吐尼亚孜), plainly ended; null otherwise.
 */
function readTranscribed(text: string, at: number): NameMatch | null {
  let end = at;
  while (end - at < 13 && (transcribing.has(text[end] ?? '') || text[end] === '·')) end++;
  for (; end - at >= 2; end--) {
    const name = text.slice(at, end);
    // A name of one part has at most eight characters; one with a dot up to eleven (阿不都热合曼·买买提).
    const most = name.includes('·') ? 11 : 8;
    if (/·$|^·/u.test(name) || [...name].filter((c) => c !== '·').length > most) continue;
    if (endsName(text, end)) return { name, start: at, end, strong: true };
  }
  return null;
}

/** Reads a name (surname + one or two characters, or a transcribed name) at `at`, or null. */
export function readName(text: string, at: number): NameMatch | null {
  const surname = double.has(text.slice(at, at + 2)) ? 2 : single.has(text[at] ?? '') ? 1 : 0;
  // A surname can also be a one-character stop (于, 向): only longer stop words reject it (强调, 表示).
  const word = stops.find((w) => w.length > 1 && text.startsWith(w, at));
  if (word !== undefined) return null;
  const given = at + surname;
  // 李向东、王晓燕: a one-character stop (向, 和, 于) can open a given name that punctuation ends.
  const punctuated = /^\p{Script=Han}{2}[，、。；）)]/u.test(text.slice(given));
  if (
    surname > 0 &&
    endsName(text, given) &&
    punctuated &&
    !stops.some((w) => w.length > 1 && text.startsWith(w, given))
  )
    return { name: text.slice(at, given + 2), start: at, end: given + 2, strong: true };
  if (surname === 0 || endsName(text, given)) return readTranscribed(text, at);
  const end = endsName(text, given + 1) ? given + 1 : given + 2;
  const read = { name: text.slice(at, end), start: at, end, strong: endsName(text, end) };
  // 艾尔肯·吐尼亚孜: a middle dot goes on with the next part of a transcribed name.
  if (text[end] === '·' || text[given + 1] === '·') {
    const dotted = readTranscribed(text, at);
    if (dotted?.name.includes('·')) return dotted;
  }
  if (read.strong) return read;
  // 孟和巴雅尔: a surname's character opening a longer transcribed name.
  const long = readTranscribed(text, at);
  return long && long.end > read.end ? long : read;
}

/** Shortens a guessed three-character name to two when the article confirms the shorter one (黄钦 of 黄钦非…). */
export function preferKnown(match: NameMatch, known: ReadonlySet<string>): NameMatch {
  if (match.strong || match.name.length < 3) return match;
  const shorter = match.name.slice(0, -1);
  return known.has(shorter) ? { ...match, name: shorter, end: match.end - 1, strong: true } : match;
}
