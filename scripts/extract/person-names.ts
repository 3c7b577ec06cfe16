/** Reads a person's name after a title: a surname of scripts/data/surnames.json plus one or two characters. */
import surnames from '../data/surnames.json';
import { tag } from '../lib/jieba';

const single = new Set(surnames.single);
const double = new Set(surnames.double);
const transcribing = new Set(surnames.transliteration);
const stops = [...surnames.stopsAfterName].sort((a, b) => b.length - a.length);
const finalConjunctions = new Set(surnames.nameFinalConjunctions);
const han = /^\p{Script=Han}$/u;
// What ends a clause: a conjunction cannot stand before it (副旗长巴图孟和，).
const clauseEnd = /^[，、。；：！？,;:)）”]/u;

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
  // 巴图孟和，: 和 before punctuation is the name's last character, not a conjunction.
  if (finalConjunctions.has(ch) && clauseEnd.test(text[at + 1] ?? '')) return false;
  return stops.some((w) => text.startsWith(w, at));
}

// jieba's tags of a person's name or of a word it does not know (a transcription it has not seen).
const NAME_TAGS = /^(?:nr|nrt|nrfg|nz|ns|x)$/u;
// Words of an office, which no name read by its place holds (市长眭丽华 is a title and a name).
const OFFICE_WORD = /书记|[省市县区州旗镇乡村]长|主任|主席|常委|委员|部长|领导/u;
/**
 * True when jieba reads the run mostly as ordinary words (重要讲话, 抓党建工作, 荡湖防洪圈 of 区长荡湖防洪圈):
 * names and words it does not know cover less than half of it (更登加措, 索南达杰, 罗布阿依 are more).
 */
function ordinaryWords(run: string): boolean {
  const named = tag(run)
    .filter((w) => NAME_TAGS.test(w.tag))
    .reduce((n, w) => n + w.word.length, 0);
  return named * 2 < run.length;
}

/**
 * Reads a name by its place right after a title, without surname or listed characters: a run that
 * ends plainly, of four to six characters (索南达杰, 罗布阿依, 更登加措, 巴图孟和; a Han name has at most
 * three, four with a double surname) unless jieba reads it as ordinary words or it holds an office,
 * or a transcription with a middle dot (瓦西里·戈尔捷耶夫); the shortest such run, or null. After a
 * surname's read that does not end plainly (索南达 of 索南达杰), only one character more, and only before
 * punctuation: 林雪芬全程陪同 is 林雪芬 and an adverb, 梁君彦担任 a name and a verb.
 */
function readPositional(text: string, at: number, known: NameMatch | null): NameMatch | null {
  if (stops.some((w) => text.startsWith(w, at))) return null;
  let limit = at;
  while (limit - at < 13 && (han.test(text[limit] ?? '') || text[limit] === '·')) limit++;
  for (let end = at + 1; end <= limit; end++) {
    if (text[end] === '·' || !endsName(text, end)) continue;
    const name = text.slice(at, end);
    if (name.length < 2) return null; // 王向大家: a stop after one character ends the read
    if (name.includes('·')) {
      if (/^·|·$|··/u.test(name)) return null;
      return { name, start: at, end, strong: true };
    }
    if (known && (end !== known.end + 1 || !clauseEnd.test(text[end] ?? ''))) return null;
    if (name.length < 4 || name.length > 6 || OFFICE_WORD.test(name) || ordinaryWords(name))
      return null;
    return { name, start: at, end, strong: true };
  }
  return null;
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

/**
 * Reads a name (surname + one or two characters, or a transcribed name) at `at`, or null; where that
 * read does not end plainly, a longer name that does, read by its place (索南达杰, 瓦西里·戈尔捷耶夫).
 */
export function readName(text: string, at: number): NameMatch | null {
  const read = readKnownName(text, at);
  // 伊万·彼得罗夫: a read that stops at a middle dot is the first part of a transcribed name.
  const dotted = read !== null && text[read.end] === '·';
  if (read?.strong && !dotted) return read;
  const placed = readPositional(text, at, dotted ? null : read);
  return placed && (!read || placed.end > read.end) ? placed : read;
}

/** Reads a name of a surname and one or two characters, or of transcription characters, or null. */
function readKnownName(text: string, at: number): NameMatch | null {
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
