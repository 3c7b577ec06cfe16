/**
 * A sentence as a row of tokens: the entities the other extractors found (places, officials with
 * their titles, dates) as one token each, and nodejieba's words for the text between them.
 */
import type { DateMention, OfficialMention, PlaceMention } from '../types';
import { isWord } from './vocabulary';

/** A tagged word as the segmenter gives it. */
export interface TaggedWord {
  word: string;
  tag: string;
}

/** Segments and tags a stretch of text (nodejieba's `tag`, through scripts/lib/jieba.ts). */
export type Tagger = (text: string) => TaggedWord[];

/** One token of a sentence; offsets are those of the paragraph. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** What the token is: an entity, a word, or punctuation. */
  kind: 'place' | 'official' | 'date' | 'word' | 'punct';
  /** The segmenter's part-of-speech tag (ns, nr, t for entities). */
  pos: string;
  place?: PlaceMention;
  official?: OfficialMention;
  date?: DateMention;
}

/** The mentions that fall in a sentence. */
export interface SentenceMentions {
  places: readonly PlaceMention[];
  officials: readonly OfficialMention[];
  dates: readonly DateMention[];
}

const PUNCT = /^[\s\p{P}\p{S}]+$/u;
// Characters that open a trip word and that the segmenter's guesser glues to the next (来晋, 率党).
const GLUED_HEADS = ['来', '到', '赴', '抵', '率', '在', '于'];

/** Entity tokens of a sentence, officials first, without overlaps, in text order. */
function entityTokens(text: string, from: number, to: number, m: SentenceMentions): Token[] {
  const taken: Token[] = [];
  const free = (s: number, e: number) =>
    s >= from && e <= to && taken.every((t) => e <= t.start || s >= t.end);
  const add = (t: Omit<Token, 'text'>) => {
    if (free(t.start, t.end) && t.end > t.start)
      taken.push({ ...t, text: text.slice(t.start, t.end) });
  };
  // 市领导A、B、C: each name after the first starts where the one before it ended.
  let lastEnd = -1;
  for (const o of [...m.officials].sort((a, b) => a.start - b.start)) {
    let start = Math.max(o.titleStart ?? o.start, lastEnd);
    while (start < o.start && /[、，,和及与\s]/u.test(text[start] ?? '')) start++;
    add({ start, end: o.end, kind: 'official', pos: 'nr', official: o });
    lastEnd = o.end;
  }
  for (const d of m.dates) add({ start: d.start, end: d.end, kind: 'date', pos: 't', date: d });
  for (const p of m.places) add({ start: p.start, end: p.end, kind: 'place', pos: 'ns', place: p });
  return taken.sort((a, b) => a.start - b.start);
}

/** The words of a stretch between entities, offsets placed in the paragraph. */
function wordTokens(text: string, from: number, to: number, tag: Tagger): Token[] {
  const gap = text.slice(from, to);
  if (gap === '') return [];
  const tokens: Token[] = [];
  let cursor = 0;
  for (const { word, tag: pos } of tag(gap)) {
    const at = gap.indexOf(word, cursor);
    if (at < 0 || word === '') continue;
    cursor = at + word.length;
    tokens.push(...unglued(word, from + at, pos));
  }
  return tokens;
}

/** A word the guesser made of a trip word and what follows (来晋 → 来 + 晋), split; else as is. */
function unglued(word: string, start: number, pos: string): Token[] {
  const kind = PUNCT.test(word) ? 'punct' : 'word';
  const head = word[0] ?? '';
  const glued =
    (pos === 'x' && word.length === 2 && GLUED_HEADS.includes(head) && !isWord('moves', word)) ||
    // 和硕/nr, 城和云/x: a conjunction the guesser glued to a name (…生物和硕世生物).
    (((pos === 'x' && word.length <= 3) || ((pos === 'nr' || pos === 'nz') && word.length === 2)) &&
      /^[和及与]/u.test(word));
  // 曾来/x, 已赴: an adverb the guesser glued to the trip word after it.
  const adverb =
    pos === 'x' &&
    word.length === 2 &&
    isWord('gluedAdverbs', head) &&
    isWord('moves', word.slice(1));
  if (adverb)
    return [
      { text: head, start, end: start + 1, kind, pos: 'd' },
      { text: word.slice(1), start: start + 1, end: start + 2, kind, pos: 'v' },
    ];
  if (glued)
    return [
      { text: head, start, end: start + 1, kind, pos: /[和及与]/u.test(head) ? 'c' : 'v' },
      { text: word.slice(1), start: start + 1, end: start + word.length, kind, pos: 'x' },
    ];
  // 城和云: a conjunction inside a guessed word splits it where the left is a name's end.
  const inner = pos === 'x' ? word.search(/[和及与]/u) : -1;
  if (inner > 0 && inner < word.length - 1)
    return [
      { text: word.slice(0, inner), start, end: start + inner, kind, pos: 'x' },
      { text: word[inner] ?? '', start: start + inner, end: start + inner + 1, kind, pos: 'c' },
      {
        text: word.slice(inner + 1),
        start: start + inner + 1,
        end: start + word.length,
        kind,
        pos: 'x',
      },
    ];
  return [{ text: word, start, end: start + word.length, kind, pos }];
}

/** Tokenizes text[from, to) of a paragraph: entities as found, the rest segmented. */
export function tokenize(
  text: string,
  from: number,
  to: number,
  mentions: SentenceMentions,
  tag: Tagger,
): Token[] {
  const entities = entityTokens(text, from, to, mentions);
  const tokens: Token[] = [];
  let cursor = from;
  for (const e of entities) {
    tokens.push(...wordTokens(text, cursor, e.start, tag), e);
    cursor = e.end;
  }
  tokens.push(...wordTokens(text, cursor, to, tag));
  return tokens;
}
