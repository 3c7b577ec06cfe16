/**
 * Part of stage 2: report the damage that no repair could undo, as anomalies for the quality
 * report: U+FFFD, ? standing for lost characters, mojibake (repairs.json `markers`), and
 * characters of the other script (simplified forms in a traditional text, or the reverse).
 */
import type { Issue } from '../../src/schemas';
import table from '../data/repairs.json' with { type: 'json' };
import { detectScript, findOtherScript } from './convert-script';

/** Fewest characters of the other script worth a report (a stray one is no mixed text). */
const MIN_OTHER_SCRIPT = 3;
const HAN = /\p{Script=Han}/u;
const QUESTION_WORD = new RegExp(table.questionWords.join('|'), 'u');
const MARKERS = table.markers.map((m) => ({ pattern: new RegExp(m.pattern, 'gu'), note: m.note }));

const damaged = (message: string, text: string): Issue => ({
  kind: 'damaged-text',
  message,
  text,
  paragraph: null,
});
const around = (text: string, at: number, length: number): string =>
  text.slice(Math.max(0, at - 4), at + length + 4);

const CLAUSE_END = new Set([...'。！？!?；;，,\n']);

/** The clause that ends at `at`: back to the last clause end (a scan back, not a split of all before). */
function clauseBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && !CLAUSE_END.has(text[start - 1] ?? '')) start -= 1;
  return text.slice(start, at);
}

/**
 * True for a lone ? at `at` between two Han characters that closes no question (高质?发展, 会?代表团):
 * a character lost in re-encoding, not a question mark.
 */
export function isLostMark(text: string, at: number): boolean {
  if (text[at] !== '?' || text[at + 1] === '?' || text[at - 1] === '?') return false;
  if (!HAN.test(text[at - 1] ?? '') || !HAN.test(text[at + 1] ?? '')) return false;
  return !QUESTION_WORD.test(clauseBefore(text, at));
}

/** ? and U+FFFD that stand for lost characters: runs, clusters like ?!?, a lone ? in no question. */
function findLostCharacters(text: string): Issue[] {
  const issues: Issue[] = [];
  // A cluster's middle is not Han (?!? yes, 是谁?是我? no); a Han middle is judged ? by ?.
  for (const m of text.matchAll(/\uFFFD+|\?(?:[^\s?\p{Script=Han}]{0,2}\?)+|\?/gu)) {
    const [mark] = m;
    const at = m.index;
    const [before, after] = [text[at - 1] ?? '', text[at + mark.length] ?? ''];
    if (mark.includes('\uFFFD')) {
      issues.push(
        damaged('U+FFFD: bytes that could not be decoded', around(text, at, mark.length)),
      );
    } else if (mark.length > 1 && (HAN.test(before) || HAN.test(after))) {
      issues.push(
        damaged('? standing for characters lost in re-encoding', around(text, at, mark.length)),
      );
    } else if (mark === '?' && HAN.test(before) && HAN.test(after)) {
      // A real question mark closes a question: the clause before it holds a question word.
      if (isLostMark(text, at)) {
        issues.push(
          damaged('? inside Chinese text where no question is asked', around(text, at, 1)),
        );
      }
    }
  }
  return issues;
}

// ?xùn)|, ?qū): a pinyin gloss whose character and opening bracket were lost in re-encoding.
const GLOSS_REMNANT = /[?？\uFFFD][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/gu;

/** Finds pinyin glosses left after a lost character (the reading cannot say which it was). */
function findGlossRemnants(text: string): Issue[] {
  return [...text.matchAll(GLOSS_REMNANT)].map((m) =>
    damaged(
      'a pinyin gloss after a character lost in re-encoding',
      around(text, m.index, m[0].length),
    ),
  );
}

/** Finds irreversible mojibake (锟斤拷, Ã¤, private-use characters). */
function findMojibake(text: string): Issue[] {
  return MARKERS.flatMap(({ pattern, note }) =>
    [...text.matchAll(pattern)].map((m) => damaged(note, around(text, m.index, m[0].length))),
  );
}

/** Reports characters of the other script when there are enough of them to matter. */
function findMixedScript(text: string): Issue[] {
  const script = detectScript(text);
  const other = findOtherScript(text, script);
  if (other.length < MIN_OTHER_SCRIPT) return [];
  const kind = script === 'traditional' ? 'simplified' : 'traditional';
  const chars = [...new Set(other)].join('');
  const message = `${script} text with ${other.length} ${kind} characters: ${chars}`;
  return [{ kind: 'mixed-script', message, text: chars, paragraph: null }];
}

/** Lists the damage in the text that could not be repaired. */
export function detectDamage(text: string): Issue[] {
  return [
    ...findLostCharacters(text),
    ...findGlossRemnants(text),
    ...findMojibake(text),
    ...findMixedScript(text),
  ];
}
