/** A small seeded random source (mulberry32): the same seed gives the same corpus on every machine. */

/** Draws numbers, integers and choices from one seeded stream. */
export interface Random {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number;
  /** One element of a non-empty list. */
  pick: <T>(list: readonly T[]) => T;
  /** True with probability `p`. */
  chance: (p: number) => boolean;
  /** `n` distinct elements of a list, in random order (fewer if the list is shorter). */
  sample: <T>(list: readonly T[], n: number) => T[];
  /** `n` lowercase hex digits. */
  hex: (n: number) => string;
}

/** Mixes two integers into a 32-bit seed (so article i of seed s has a stream of its own). */
export function mixSeed(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Creates a random source from a seed number. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[int(0, list.length - 1)] as T;
  };
  const sample = <T>(list: readonly T[], n: number): T[] => {
    const pool = [...list];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = int(0, i);
      [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
    }
    return pool.slice(0, n);
  };
  const hex = (n: number): string =>
    Array.from({ length: n }, () => int(0, 15).toString(16)).join('');
  return { next, int, pick, chance: (p) => next() < p, sample, hex };
}
