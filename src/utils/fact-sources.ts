import type { Visit } from '../schemas/visit';
import { isFurniture } from './furniture';
import { locateSentence, type SentenceRef } from './sentences';

/** Where a report says a fact: its article and the sentence. */
export interface FactSource extends SentenceRef {
  /** Id of the article. */
  article: string;
}

/** What a report needs for finding sentences: its visit's passages and its article's text. */
type Report = Pick<Visit, 'article' | 'evidence' | 'stops'>;

/**
 * Finds the sentence of a report's article that says a fact (a name, a site, a date's wording):
 * among the sentences its visit's evidence quotes first, then in the evidence's paragraphs and the
 * stops', then anywhere; never page furniture.
 */
export function locateInReport(
  report: Report,
  paragraphs: readonly string[],
  needles: readonly string[],
): FactSource | null {
  const evidence = report.evidence.map((e) => e.paragraph);
  const quoted = (sentence: string) =>
    report.evidence.some((e) => e.text.includes(sentence.trim()));
  const inEvidence = evidence.map((p) => paragraphs[p] ?? '');
  const first = locateSentence(needles, inEvidence, [], (s) => isFurniture(s) || !quoted(s));
  const preferred = [...evidence, ...report.stops.flatMap((s) => s.paragraphs)];
  const found = first
    ? { ...first, paragraph: evidence[first.paragraph] ?? first.paragraph }
    : locateSentence(needles, paragraphs, preferred, isFurniture);
  return found && { article: report.article, ...found };
}

/**
 * The sources of one fact of a trip: for each report whose visit states it, the sentence of its
 * article that says it (`needles` are the words to look for, per report: a date's wording differs).
 */
export function factSources<V extends Report>(
  reports: readonly V[],
  paragraphsOf: (article: string) => readonly string[] | undefined,
  states: (report: V) => boolean,
  needles: (report: V) => readonly string[],
): FactSource[] {
  return reports.flatMap((report) => {
    const paragraphs = paragraphsOf(report.article);
    if (!paragraphs || !states(report)) return [];
    return locateInReport(report, paragraphs, needles(report)) ?? [];
  });
}

/** The sources once each (the same sentence may support several values of a fact). */
export function uniqueSources(sources: readonly FactSource[]): FactSource[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.article}#${s.paragraph}.${s.sentence}`;
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}

/**
 * The id of a sentence quoted on a trip's page (CitedSentences), which its ¶ marks link to: `s3-2`
 * for ¶3.2, `r2-s3-2` for 报道2¶3.2.
 */
export function citedId(
  source: Pick<FactSource, 'paragraph' | 'sentence'>,
  report?: number,
): string {
  return `${report ? `r${report}-` : ''}s${source.paragraph + 1}-${source.sentence + 1}`;
}

/**
 * The mark of a ¶ link: `¶3.2` is the 3rd paragraph's 2nd sentence (from 1, as the article page
 * numbers them); on a trip of several reports, the report's number first: `报道2¶3.2`.
 */
export function sentenceMark(
  source: Pick<FactSource, 'paragraph' | 'sentence'>,
  report?: number,
): string {
  return `${report ? `报道${report}` : ''}¶${source.paragraph + 1}.${source.sentence + 1}`;
}
