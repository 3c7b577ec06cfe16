/**
 * Shapes that pass between the extractors. Exported records (Visit, Place, Person …) are
 * defined once in src/schemas; these are the intermediate mentions found in the text.
 */
import type { DateSpan, Place } from '../../src/schemas';

/** A place named in a paragraph. An abbreviation like 沪苏通 names several places at once. */
export interface PlaceMention {
  /** Offset of the first character in the paragraph. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** The text as written: 昆山, 长沙望城区, 沪苏通. */
  surface: string;
  /** The places it names, in order. */
  places: Place[];
  /** How it was recognised: full name, short name, abbreviation, foreign. */
  via: 'full' | 'short' | 'abbreviation' | 'foreign';
}

/** An official named with a title in a paragraph. */
export interface OfficialMention {
  /** Name, simplified. */
  name: string;
  /** Title as reported, with the place made explicit: 江阴市委书记, 无锡市委常委、江阴市委书记. */
  title: string;
  /** The place the (last) title belongs to, when it could be resolved. */
  place: Place | null;
  /** Paragraph index. */
  paragraph: number;
  /** Offset of the name in the paragraph. */
  start: number;
  /** Offset after the name. */
  end: number;
  /** Offset of the title the name follows (of a list's title for every name of 市领导A、B). */
  titleStart?: number;
}

/** A date expression in a paragraph, resolved as far as the publication date allows. */
export interface DateMention {
  /** Offset in the paragraph. */
  start: number;
  /** Offset after it. */
  end: number;
  /** The resolved span; `text` holds the surface form. */
  span: DateSpan;
}

/** A keyword of the sector vocabulary found in a paragraph. */
export interface SectorHit {
  /** Sector label. */
  label: string;
  /** The keyword that matched. */
  keyword: string;
  /** Offset in the paragraph. */
  start: number;
  /** Offset after it. */
  end: number;
}

/** Resolves a place name as written (full, short) to a place, using what is known of the article. */
export type PlaceResolver = (surface: string) => Place | null;
