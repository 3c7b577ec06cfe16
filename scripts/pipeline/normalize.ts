/**
 * Normalization (DATA.md "Normalization"): bytes of one seed file → the article's text, title,
 * header facts, boilerplate, repairs and anomalies. Each step is a stage module of its own.
 */
import type { Issue, Repair } from '../../src/schemas';
import { convertScript, type Script } from './convert-script';
import { decodeBytes } from './decode';
import { detectDamage } from './detect-damage';
import { joinParagraphs } from './join-paragraphs';
import { toSimplified } from './opencc';
import { widenPunctuation } from './punctuation';
import { repairText } from './repair';
import { splitBoilerplate } from './split-boilerplate';
import { stripPinyin } from './strip-pinyin';

export { UnreadableError } from './decode';

/** One seed file: its id (the file's stem) and its bytes. */
export interface NormalizeInput {
  /** The file's stem, e.g. 002_cb28012656704f36. */
  id: string;
  /** The file's bytes, as read. */
  bytes: Uint8Array;
}

/** A normalized article. */
export interface Normalized {
  /** Encoding the file was read in: 'utf-8', 'utf-8-bom', 'gb18030', 'utf-16le' … */
  encoding: string;
  /** The decoded text (step 1 only), for the 原文 view. */
  original: string;
  /** Script of the text as it came. */
  script: Script;
  /** Headline from the text, simplified; null if none (e.g. the first line is a caption). */
  title: string | null;
  /** 原标题. */
  originalTitle: string | null;
  /** 来源. */
  outlet: string | null;
  /** Reporter line without its label. */
  byline: string | null;
  /** Date of the dateline in the header, YYYY-MM-DD, else null. */
  published: string | null;
  /** Editors named in the header or footer. */
  editors: string[];
  /** Normalized body: simplified, whole paragraphs, full-width punctuation. */
  paragraphs: string[];
  /** Lines and blocks set aside, simplified. */
  boilerplate: string[];
  /** Repairs of known damage. */
  repairs: Repair[];
  /** Damage that could not be repaired. */
  anomalies: Issue[];
}

/** Finds the paragraph an anomaly's text ended up in, or null. */
function locate(issue: Issue, script: Script, paragraphs: readonly string[]): Issue {
  const piece = (issue.text ?? '').split('\n').reduce((a, b) => (b.length > a.length ? b : a), '');
  const bare = stripPinyin(piece.trim());
  const finished = widenPunctuation(script === 'traditional' ? toSimplified(bare) : bare);
  const at = finished.length < 2 ? -1 : paragraphs.findIndex((p) => p.includes(finished));
  return { ...issue, paragraph: at < 0 ? null : at };
}

/** Normalizes one seed file; throws UnreadableError when it cannot be read as text. */
export function normalize(input: NormalizeInput): Normalized {
  // 1. Decode: UTF-8 (BOM or not), UTF-16 with BOM, else GB18030; LF line ends; NFC.
  const { encoding, text: original } = decodeBytes(input.bytes);
  // 2. Repair known damage, and list the damage that remains.
  const repaired = repairText(original);
  const damage = detectDamage(repaired.text);
  // 3. Remove pinyin annotations: 代表團(tuán) → 代表團.
  const bare = stripPinyin(repaired.text);
  // 4. Convert traditional text to simplified (simplified text is left alone).
  const { script, text } = convertScript(bare);
  // 5. Set boilerplate aside; header and footer lines become facts; the headline becomes the title.
  const split = splitBoilerplate(text);
  // 6. Join paragraphs broken mid-sentence.
  const joined = joinParagraphs(split.body);
  // 7. Full-width punctuation in Chinese text.
  const paragraphs = joined.map(widenPunctuation);
  const finish = (s: string | null): string | null => (s === null ? null : widenPunctuation(s));
  return {
    encoding,
    original,
    script,
    title: finish(split.title),
    originalTitle: finish(split.facts.originalTitle),
    outlet: split.facts.outlet,
    byline: split.facts.byline,
    published: split.facts.published,
    editors: split.facts.editors,
    paragraphs,
    boilerplate: split.boilerplate,
    repairs: repaired.repairs,
    anomalies: damage.map((issue) => locate(issue, script, paragraphs)),
  };
}
