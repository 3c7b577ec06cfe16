/**
 * Whose visit a site belongs to when a sentence tells two (陈丽艳一行考察了A，江阴分别考察了B): the
 * nearest actor before the visiting verb — a leader's name, a delegation's place — names the trip.
 */
import type { Trip } from './assemble';
import { leadNames } from './assemble';
import type { Sentence } from './sentences';

/** The trip whose actor stands nearest before token `at`, or null when the sentence names none. */
export function ownerAt(s: Sentence, at: number, trips: readonly Trip[]): Trip | null {
  for (let j = at - 1; j >= 0; j--) {
    const t = s.tokens[j];
    if (t?.kind === 'official' && t.official) {
      const name = t.official.name;
      const led = trips.find((x) => leadNames(x).has(name));
      if (led) return led;
    }
    // 陈丽艳一行考察了…: a leader named again without a title.
    if (t?.kind === 'word' && t.text.length >= 2) {
      const led = trips.find((x) => leadNames(x).has(t.text));
      if (led) return led;
    }
    if (t?.kind === 'place') {
      const place = t.place?.places.at(-1);
      const sent = trips.find((x) => x.origin.name === place?.name);
      if (sent) return sent;
    }
  }
  return null;
}
