/**
 * Hand-made annotations in the format of the reference scorer's gold files (`<article>.gold.json`):
 * what a reader of each article lists as its visits, officials and places.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A person as a gold file writes one: the name as written, the title with its place. */
export interface GoldPerson {
  /** Name. */
  name: string;
  /** Title, place made explicit. */
  title?: string;
  /** The place the title is of. */
  place?: string;
}

/** One visit as annotated. */
export interface GoldVisit {
  /** The delegation's place, full official name. */
  origin: string;
  /** Destinations, full official names. */
  destinations: string[];
  /** Who led it. */
  leaders: GoldPerson[];
  /** Who received it. */
  hosts: GoldPerson[];
  /** Sites visited, as written; absent when not annotated. */
  sites?: string[];
  /** Sector labels; absent when not annotated. */
  sectors?: string[];
  /** True for a trip mentioned in passing. */
  mentioned_only?: boolean;
  /** The trip's date as annotated. */
  date?: { start: string | null; end?: string | null; text?: string };
}

/** One article's annotations. */
export interface Gold {
  /** The article's id (its file stem). */
  article: string;
  /** Its visits. */
  visits: GoldVisit[];
  /** Officials named in it. */
  officials?: GoldPerson[];
  /** Places named in it. */
  places?: string[];
  /** Places that count neither way. */
  places_optional?: string[];
}

/** Reads every `*.gold.json` of a folder, sorted by file name; throws naming a file that is not JSON. */
export function readGoldDir(dir: string): Gold[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      try {
        return JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold;
      } catch (error) {
        throw new Error(`${join(dir, f)}: ${error instanceof Error ? error.message : error}`);
      }
    });
}
