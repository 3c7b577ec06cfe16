/**
 * Stage 5: separate the article from what is not the article, keeping both. Metadata lines fill
 * the header facts and are kept aside too; a footer runs from its first line to the end; the first
 * line becomes the title when it is a headline; the account's name beside the dateline turns aside.
 * The patterns are in scripts/data/boilerplate.json.
 */
import {
  FOOTER_MAX_LINE,
  FOOTER_RULES,
  HEADER_RULES,
  INLINE_RULES,
  LINE_RULES,
  matchesAny,
  TRAILING_MAX_LINE,
  TRAILING_RULES,
} from './boilerplate-rules';
import {
  collectFacts,
  type HeaderFacts,
  type LineFact,
  readLead,
  readMetaLine,
} from './extract-header';
import { cutHeadline, isHeadline } from './find-title';

/** An article split from its boilerplate. */
export interface Split {
  /** The headline, or null when the first line is not one. */
  title: string | null;
  /** Lines of the article, trimmed, blank lines dropped. */
  body: string[];
  /** Lines and blocks set aside, in the order they came. */
  boilerplate: string[];
  /** Facts of the metadata lines. */
  facts: HeaderFacts;
}

type Kind = 'body' | 'meta' | 'aside';

/** Index of the line that opens the footer, or the number of lines when there is none. */
function footerStart(lines: readonly string[]): number {
  // No long line from the footer's start on: found once (each start checking the rest was quadratic).
  const lastLong = lines.findLastIndex((l) => [...l].length > FOOTER_MAX_LINE);
  const at = lines.findIndex((line, i) => i > lastLong && matchesAny(FOOTER_RULES, line));
  return at < 0 ? lines.length : at;
}

/** Kinds of the lines before the footer; short trailing lines like 江苏要闻 turn aside. */
function classify(lines: readonly string[]): Kind[] {
  const kinds = lines.map((line): Kind => {
    if (readMetaLine(line)) return 'meta';
    return matchesAny(LINE_RULES, line) ? 'aside' : 'body';
  });
  for (let i = kinds.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (kinds[i] !== 'body') continue;
    if ([...line].length > TRAILING_MAX_LINE || !matchesAny(TRAILING_RULES, line)) break;
    kinds[i] = 'aside';
  }
  return kinds;
}

/**
 * Turns aside the short name lines of the header (the account above or below the dateline) that
 * stand next to a metadata line, from `from` up to the first paragraph.
 */
function asideHeaderNames(lines: readonly string[], kinds: Kind[], from: number): void {
  for (let i = from; i < kinds.length; i++) {
    if (kinds[i] !== 'body') continue;
    const nextToMeta = kinds[i - 1] === 'meta' || kinds[i + 1] === 'meta';
    if (!nextToMeta || !matchesAny(HEADER_RULES, lines[i] ?? '')) return;
    kinds[i] = 'aside';
  }
}

// A subheading the page ran into its paragraph: 博州党政代表团对襄阳…进行考察9月15日至16日，博州…
const GLUED_HEADING =
  /^(?<heading>[^，。,；;：:！？!?“”"()（）]{8,40}?[\p{Script=Han}])(?<![于在从自至到截止於])(?=\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?[，,])/u;

/** A line that opens with a subheading run into its paragraph, as two lines; else the line. */
export function splitGluedHeading(line: string): string[] {
  const heading = GLUED_HEADING.exec(line)?.groups?.heading;
  return heading ? [heading, line.slice(heading.length)] : [line];
}

/** A line without the cell marks of a copied table (| 12月14日上午，… |). */
const untabled = (line: string): string =>
  // Only the marks around a cell of running text; a row of several cells (| 甲 | 乙 |) stays.
  /^[|｜]\s/u.test(line) && !/[|｜]/u.test(line.slice(1, -1))
    ? line.replace(/^[|｜]\s+|\s+[|｜]$/gu, '').trim()
    : line;

/**
 * Turns aside a summary that the text repeats (摘要：X, then X as the first paragraph): the
 * paragraph is kept once.
 */
function markSummaries(lines: readonly string[], kinds: Kind[]): void {
  lines.forEach((line, i) => {
    const m = /^(?:摘要|内容摘要|导读|核心提示)\s*[:：]\s*(.+)$/u.exec(line);
    const summary = m?.[1]?.trim();
    if (kinds[i] !== 'body' || !summary || summary.length < 10) return;
    const repeated = lines.some(
      (l, j) => j !== i && kinds[j] === 'body' && untabled(l).startsWith(summary.slice(0, 30)),
    );
    if (repeated) kinds[i] = 'aside';
  });
}

/** Cuts an inline pointer like (详情请点击链接…) from the end of a line: [kept, cut]. */
function cutInline(line: string): [string, string | null] {
  const rule = INLINE_RULES.find((r) => r.pattern.test(line));
  if (!rule) return [line, null];
  const kept = line.replace(rule.pattern, '');
  return [kept, line.slice(kept.length).trim()];
}

/**
 * True when a line repeats the headline: the same text, where a mark of what was lost in the title
 * (U+FFFD, as a title read in the wrong encoding keeps it) stands for one or two characters.
 */
function sameHeadline(line: string, title: string): boolean {
  if (line === title) return true;
  if (!title.includes('\ufffd') || line.includes('\ufffd') || line.length > title.length + 4)
    return false;
  const literal = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${title.split('\ufffd').map(literal).join('.{1,2}')}$`, 'u').test(line);
}

/** Splits simplified text into title, body lines, boilerplate and header facts. */
export function splitBoilerplate(text: string): Split {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .flatMap(splitGluedHeading);
  const end = footerStart(lines);
  const kinds = classify(lines.slice(0, end));
  const facts: LineFact[] = lines.flatMap((line, i) =>
    i >= end || kinds[i] === 'meta' ? (readMetaLine(line) ?? []) : [],
  );
  markSummaries(lines, kinds);
  const firstBody = kinds.indexOf('body');
  let [titleLine, titleFields] =
    lines[firstBody] === undefined ? [undefined, null] : cutHeadline(lines[firstBody] ?? '');
  const hasTitle =
    titleLine !== undefined && isHeadline(titleLine) && kinds.lastIndexOf('body') > firstBody;
  const body: string[] = [];
  const boilerplate: string[] = [];
  asideHeaderNames(lines, kinds, hasTitle ? firstBody + 1 : 0);
  if (hasTitle && titleFields) {
    facts.push(...(readMetaLine(titleFields) ?? []));
    boilerplate.push(titleFields);
  }
  for (const [i, kind] of kinds.entries()) {
    const line = lines[i] ?? '';
    if (kind !== 'body') boilerplate.push(line);
    if (kind !== 'body' || (hasTitle && i === firstBody)) continue;
    // The headline printed again above the text (page title, then the story's own heading).
    const again = cutHeadline(line)[0];
    if (
      hasTitle &&
      titleLine !== undefined &&
      body.length === 0 &&
      sameHeadline(again, titleLine)
    ) {
      // A title damaged where the text repeats it intact takes the intact wording.
      titleLine = again;
      boilerplate.push(line);
      continue;
    }
    const [kept, cut] = cutInline(untabled(line));
    if (kept !== '') body.push(kept);
    if (cut) boilerplate.push(cut);
  }
  if (end < lines.length) boilerplate.push(lines.slice(end).join('\n'));
  return {
    title: hasTitle ? (titleLine ?? null) : null,
    body,
    boilerplate,
    // The facts of the lines first: a 来源 line or a byline of its own wins over the lead's.
    facts: collectFacts([...facts, ...(body[0] === undefined ? [] : readLead(body[0]))]),
  };
}
