/** Finds later mentions of a titled official by name alone (黄钦表示), with the title given last before. */
import { endsName } from './person-names';
import type { OfficialMention } from './types';

/** Finds each untitled occurrence of an already titled official's name, in order. */
export function findRepeatedNames(
  paragraphs: readonly string[],
  mentions: readonly OfficialMention[],
): OfficialMention[] {
  const titled = [...mentions].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const names = [...new Set(titled.map((m) => m.name))];
  const found: OfficialMention[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const name of names) {
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        const end = i + name.length;
        if (!endsName(text, end)) continue; // 王国 of 王国荣
        if (titled.some((m) => m.paragraph === paragraph && m.start === i)) continue;
        const earlier = (m: OfficialMention) =>
          m.paragraph < paragraph || (m.paragraph === paragraph && m.start < i);
        const before = titled.filter((m) => m.name === name && earlier(m));
        const source = before.at(-1) ?? titled.find((m) => m.name === name);
        // The name alone: no title stands before it here (the source's titleStart is another place's).
        if (source) found.push({ ...source, paragraph, start: i, end, titleStart: i });
      }
    }
  });
  return found.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}
