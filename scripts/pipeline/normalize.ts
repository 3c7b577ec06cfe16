/**
 * Normalization (DATA.md "Normalization"): bytes of one seed file → the article's text, title,
 * header facts, boilerplate, repairs and anomalies. Each step is a stage module of its own.
 */
import type { Issue, Repair } from '../../src/schemas';
import { cleanText, note } from './clean-text';
import { convertScript, type Script } from './convert-script';
import { decodeBytes } from './decode';
import { detectDamage } from './detect-damage';
import { joinParagraphs } from './join-paragraphs';
import { toSimplified } from './opencc';
import { widenPunctuation } from './punctuation';
import { repairText } from './repair';
import { splitBoilerplate } from './split-boilerplate';
import { MAX_PARAGRAPH_CHARS, splitLongLines } from './split-long-lines';
import type { RemovedChar } from './strip-invisible';
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
  /** Invisible and control characters removed (zero-width, BOM, bidi controls, NUL …), with counts. */
  removed: RemovedChar[];
  /** What normalization did to the text as a whole: HTML read as text, lines split, encodings mixed. */
  notes: Issue[];
}

/** Anomalies listed one by one; more are counted in one line (finding each paragraph costs a scan). */
const MAX_LISTED_ANOMALIES = 50;

/** The note for paragraphs split at the length limit. */
const splitNote = (n: number): Issue =>
  note(
    'long-paragraph-split',
    `${n} 段超过 ${MAX_PARAGRAPH_CHARS} 字，已在句末拆成几段（文字不删）`,
  );

/** Finds the paragraph an anomaly's text ended up in, or null. */
function locate(issue: Issue, script: Script, paragraphs: readonly string[]): Issue {
  const piece = (issue.text ?? '').split('\n').reduce((a, b) => (b.length > a.length ? b : a), '');
  const bare = stripPinyin(piece.trim());
  const finished = widenPunctuation(script === 'traditional' ? toSimplified(bare) : bare);
  const at = finished.length < 2 ? -1 : paragraphs.findIndex((p) => p.includes(finished));
  return { ...issue, paragraph: at < 0 ? null : at };
}

/** Locates the first anomalies; the rest are summed up in one line, by kind, with their number. */
function locateAll(
  issues: readonly Issue[],
  script: Script,
  paragraphs: readonly string[],
): Issue[] {
  const listed = issues.slice(0, MAX_LISTED_ANOMALIES).map((i) => locate(i, script, paragraphs));
  const rest = issues.slice(MAX_LISTED_ANOMALIES);
  if (rest.length === 0) return listed;
  const kinds = [...new Set(rest.map((i) => i.kind))];
  const more: Issue[] = kinds.map((kind) => ({
    kind,
    message: `另有 ${rest.filter((i) => i.kind === kind).length} 处同类问题未逐一列出`,
    text: null,
    paragraph: null,
  }));
  return [...listed, ...more];
}

/** Normalizes one seed file; throws UnreadableError when it cannot be read as text. */
export function normalize(input: NormalizeInput): Normalized {
  // 1. Decode: UTF-8 (BOM or not), UTF-16 with BOM, else GB18030 (line by line if mixed); LF; NFC.
  const decoded = decodeBytes(input.bytes);
  // 1b–d. Remove invisible characters; read HTML as text; full-width digits and letters half-width.
  const clean = cleanText(decoded);
  const { encoding } = decoded;
  const original = clean.original;
  // 2. Repair known damage, and list the damage that remains.
  const repaired = repairText(clean.text);
  const damage = detectDamage(repaired.text);
  // 3. Remove pinyin annotations: 代表團(tuán) → 代表團.
  const bare = stripPinyin(repaired.text);
  // 4. Convert traditional text to simplified (simplified text is left alone).
  const { script, text } = convertScript(bare);
  // 5. Set boilerplate aside; header and footer lines become facts; the headline becomes the title.
  const split = splitBoilerplate(text);
  // 6. Join paragraphs broken mid-sentence; split the ones above the length limit.
  const long = splitLongLines(joinParagraphs(split.body));
  // 7. Full-width punctuation in Chinese text.
  const paragraphs = long.paragraphs.map(widenPunctuation);
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
    anomalies: locateAll(damage, script, paragraphs),
    removed: clean.removed,
    notes: long.split > 0 ? [...clean.notes, splitNote(long.split)] : clean.notes,
  };
}
