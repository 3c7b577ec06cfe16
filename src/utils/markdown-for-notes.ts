import { parseDocument } from 'yaml';

/** The frontmatter block at the start of a Markdown file, and the rest. */
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/**
 * The article's Markdown for notes: the file the pipeline wrote, text and metadata as they are,
 * without the frontmatter's `marks` (every spelling of every place, person and sector with its
 * link, which the site's renderer reads: four fifths of the file, nothing a note needs).
 */
export function forNotes(markdown: string): string {
  const match = FRONTMATTER.exec(markdown);
  if (!match) return markdown;
  const doc = parseDocument(match[1] ?? '');
  doc.delete('marks');
  return `---\n${String(doc)}---\n${markdown.slice(match[0].length)}`;
}
