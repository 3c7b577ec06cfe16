/** Ranks of place levels, for choosing between readings and keeping the plain slug. */
import type { PlaceLevel } from '../../src/schemas';

const LEVEL_RANK: Record<PlaceLevel, number> = {
  province: 5,
  municipality: 5,
  prefecture: 4,
  county: 3,
  district: 2,
  town: 1,
  foreign: 0,
};

/** Give the rank of a level: 5 for province-level down to 0 for foreign. */
export const levelRank = (level: PlaceLevel): number => LEVEL_RANK[level];
