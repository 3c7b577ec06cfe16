/** The hand annotations of the seed articles (tests/gold/seeds), as the seed tests read them. */
import { readFileSync } from 'node:fs';

/** A person of the gold. */
export interface GoldPerson {
  /** Name. */
  name: string;
  /** Title with its place. */
  title: string;
}

/** A visit of the gold, the fields the extractor tests use. */
export interface GoldVisit {
  /** The visit's date. */
  date: { start: string | null; text: string };
  /** Sector labels. */
  sectors: string[];
  /** Leaders. */
  leaders: GoldPerson[];
  /** Hosts. */
  hosts: GoldPerson[];
}

/** An article's gold. */
export interface Gold {
  /** Article id. */
  article: string;
  /** Publication date or null. */
  published: string | null;
  /** Visits. */
  visits: GoldVisit[];
  /** Officials named in the article. */
  officials: GoldPerson[];
}

/** The ids of the seed articles that have a gold file. */
export const SEED_IDS = [
  '000_a21bf360e6243a78',
  '001_2a6d1cd1923ea9e9',
  '002_cb28012656704f36',
  '003_5da4af16118beb8c',
  '004_87b5ec8879539d45',
];

/** Reads the gold of a seed article. */
export function readGold(id: string): Gold {
  const url = new URL(`../gold/seeds/${id}.gold.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Gold;
}
