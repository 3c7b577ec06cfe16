/** Invented paragraphs as the visit finder reads them: places, officials, dates, tokens. */
import { findArticleDates } from '../../../scripts/extract/dates';
import { type Sentence, toSentences } from '../../../scripts/extract/frames/sentences';
import { segmenterDictLines } from '../../../scripts/extract/frames/vocabulary';
import { findOfficials } from '../../../scripts/extract/officials';
import { findArticlePlaces, placeResolver, placesNamed } from '../../../scripts/extract/places';
import { setUserDict, tag } from '../../../scripts/lib/jieba';

let ready = false;

/** The sentences of invented paragraphs (no title), tokenized as the build tokenizes them. */
export function sentencesOf(...paragraphs: string[]): Sentence[] {
  if (!ready) {
    setUserDict(segmenterDictLines());
    ready = true;
  }
  const found = findArticlePlaces(paragraphs);
  const officials = findOfficials(paragraphs, placeResolver({ seen: placesNamed(found.flat()) }), {
    places: found,
  });
  const dates = findArticleDates(paragraphs, '2024-06-01');
  const texts = paragraphs.map((text, i) => ({
    text,
    places: found[i] ?? [],
    officials: officials.filter((o) => o.paragraph === i),
    dates: dates[i] ?? [],
  }));
  return toSentences(null, texts, tag);
}
