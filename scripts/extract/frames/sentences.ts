/** An article as sentences, each with its tokens and the mentions that fall in it. */
import type { DateMention, OfficialMention, PlaceMention } from '../types';
import { type Tagger, type Token, tokenize } from './tokens';

/** One sentence of an article (the title is paragraph -1). */
export interface Sentence {
  /** Order in the article, the title's sentences first. */
  index: number;
  /** Paragraph index, -1 for the title. */
  paragraph: number;
  /** Offsets in the paragraph. */
  start: number;
  end: number;
  /** Its text, closing mark included. */
  text: string;
  tokens: Token[];
  places: PlaceMention[];
  officials: OfficialMention[];
  dates: DateMention[];
}

/** A paragraph (or the title) with its mentions. */
export interface TextWithMentions {
  text: string;
  places: readonly PlaceMention[];
  officials: readonly OfficialMention[];
  dates: readonly DateMention[];
}

/**
 * Offsets of the sentences of a text: up to and including 。！？ (and closing quotes after them). A
 * half-width ? between Han characters is a character lost in re-encoding (会?代表团), no sentence end.
 */
export function sentenceRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const pattern = /(?:[^。！？!?]|\?(?=\p{Script=Han}))+(?:[。！？!?]+[”’」』）)]?)?|[。！？!?]+/gu;
  for (const m of text.matchAll(pattern)) {
    const s = m.index;
    if (m[0].trim() !== '') ranges.push([s, s + m[0].length]);
  }
  return ranges;
}

const inside = <T extends { start: number; end: number }>(
  list: readonly T[],
  s: number,
  e: number,
) => list.filter((m) => m.start >= s && m.end <= e);

/** Splits the title and paragraphs into sentences and tokenizes each. */
export function toSentences(
  title: TextWithMentions | null,
  paragraphs: readonly TextWithMentions[],
  tag: Tagger,
): Sentence[] {
  const all: Sentence[] = [];
  const texts: [number, TextWithMentions][] = [
    ...(title ? [[-1, title] as [number, TextWithMentions]] : []),
    ...paragraphs.map((p, i) => [i, p] as [number, TextWithMentions]),
  ];
  for (const [paragraph, p] of texts) {
    for (const [start, end] of sentenceRanges(p.text)) {
      const mentions = {
        places: inside(p.places, start, end),
        officials: p.officials.filter((o) => o.start >= start && o.end <= end),
        dates: inside(p.dates, start, end),
      };
      all.push({
        index: all.length,
        paragraph,
        start,
        end,
        text: p.text.slice(start, end),
        tokens: tokenize(p.text, start, end, mentions, tag),
        ...mentions,
      });
    }
  }
  return all;
}
