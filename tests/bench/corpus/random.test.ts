import { describe, expect, test } from 'vitest';
import { createRandom, mixSeed } from '../../../scripts/bench/corpus/random';

describe('[random] a seeded stream', () => {
  test('the same seed gives the same numbers', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect(Array.from({ length: 5 }, a.next)).toEqual(Array.from({ length: 5 }, b.next));
  });

  test('different seeds give different numbers', () => {
    expect(createRandom(1).next()).not.toBe(createRandom(2).next());
  });

  test('int stays within its bounds, both included', () => {
    const rng = createRandom(7);
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(3, 5)));
    expect([...seen].sort()).toEqual([3, 4, 5]);
  });

  test('sample gives distinct elements', () => {
    const picked = createRandom(9).sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(picked).size).toBe(4);
  });

  test('hex gives n lowercase hex digits', () => {
    expect(createRandom(3).hex(16)).toMatch(/^[0-9a-f]{16}$/);
  });

  test('mixSeed separates articles of one seed and seeds of one article', () => {
    expect(mixSeed(1, 0)).not.toBe(mixSeed(1, 1));
    expect(mixSeed(1, 0)).not.toBe(mixSeed(2, 0));
  });
});
