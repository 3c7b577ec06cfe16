/**
 * Part of stage 2: damage markers a broken re-encoding left at the start of every line (`??? `,
 * `??？`), where a paragraph's indent (full-width spaces) was turned into question marks. They
 * stand for no text: removed, and recorded as one repair.
 */
import type { Repaired } from './repair';

// Two or more ?/？ (a real question never opens a line), then the spaces after them.
const MARKER = /^[ \t\u3000]*[?？]{2,}[ \t\u3000]*(?=\S)/gmu;

/** Removes question-mark runs at line starts; one repair lists how many lines had one. */
export function repairLineMarkers(text: string): Repaired {
  const found = text.match(MARKER) ?? [];
  if (found.length < 2) return { text, repairs: [] };
  const out = text.replace(MARKER, '');
  return {
    text: out,
    repairs: [{ from: `${found[0]?.trim()}（行首，${found.length} 行）`, to: '' }],
  };
}
