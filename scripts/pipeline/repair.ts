/**
 * Stage 2: repair known damage and record each repair. The table of literal repairs and the
 * description of each mechanism are in scripts/data/repairs.json.
 */
import type { Repair } from '../../src/schemas';
import table from '../data/repairs.json' with { type: 'json' };
import { repairGbkShift } from './repair-gbk-shift';
import { repairLatin1Mojibake } from './repair-latin1-mojibake';
import { repairLineMarkers } from './repair-line-markers';
import { repairUtf8AsGbk } from './repair-utf8-as-gbk';

/** Text after a repair step and the repairs made. */
export interface Repaired {
  /** The repaired text. */
  text: string;
  /** What was replaced, with a little context. */
  repairs: Repair[];
}

/** Replaces the literal strings of repairs.json (HTML entities, invisible characters). */
export function repairLiterals(text: string): Repaired {
  const repairs: Repair[] = [];
  let out = text;
  for (const { from, to } of table.literal) {
    if (!out.includes(from)) continue;
    out = out.split(from).join(to);
    repairs.push({ from, to });
  }
  return { text: out, repairs };
}

const STEPS: readonly ((text: string) => Repaired)[] = [
  repairLiterals,
  repairLineMarkers,
  repairLatin1Mojibake,
  repairUtf8AsGbk,
  repairGbkShift,
];

/** Applies every repair in turn; lists each distinct repair once. */
export function repairText(text: string): Repaired {
  const result = STEPS.reduce<Repaired>(
    (acc, step) => {
      const next = step(acc.text);
      return { text: next.text, repairs: [...acc.repairs, ...next.repairs] };
    },
    { text, repairs: [] },
  );
  const keys = result.repairs.map((r) => JSON.stringify([r.from, r.to]));
  const repairs = result.repairs.filter((_, i) => keys.indexOf(keys[i] ?? '') === i);
  return { text: result.text, repairs };
}
