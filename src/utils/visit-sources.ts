import type { Visit } from '../schemas/visit';
import { findSupportingParagraph } from './find-paragraph';

/**
 * Return a function that finds the paragraph supporting a fact of a visit (a name, a site, a
 * keyword): among the visit's evidence paragraphs first, then its stops' paragraphs, then the
 * rest of the article. Null when the article does not contain it.
 */
export function createFactLocator(
  visit: Pick<Visit, 'evidence' | 'stops'>,
  paragraphs: readonly string[],
) {
  const preferred = [
    ...visit.evidence.map((e) => e.paragraph),
    ...visit.stops.flatMap((s) => s.paragraphs),
  ];
  return (needles: readonly string[]): number | null =>
    findSupportingParagraph(needles, paragraphs, preferred);
}
