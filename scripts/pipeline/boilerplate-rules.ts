/**
 * The patterns of scripts/data/boilerplate.json, compiled once. What each list means is said in
 * the file's `$comment`; each pattern carries a note on what it is for.
 */
import data from '../data/boilerplate.json' with { type: 'json' };

/** A metadata field a header or footer line can carry; `none` is furniture that shares such a line. */
export type MetaField = 'originalTitle' | 'byline' | 'editors' | 'outlet' | 'published' | 'none';

/** One compiled pattern with its note. */
export interface Rule {
  /** The pattern, flag u (and g for metadata rules). */
  pattern: RegExp;
  /** What it is for. */
  note: string;
}

/** A metadata pattern and the field its `value` group fills. */
export interface MetaRule extends Rule {
  /** The field. */
  field: MetaField;
}

interface RuleData {
  pattern: string;
  note: string;
  flags?: string | undefined;
}

const FIELDS: readonly MetaField[] = [
  'originalTitle',
  'byline',
  'editors',
  'outlet',
  'published',
  'none',
];

const compile = (rule: RuleData, extra = ''): Rule => ({
  pattern: new RegExp(rule.pattern, `u${rule.flags ?? ''}${extra}`),
  note: rule.note,
});

const toField = (field: string): MetaField => {
  const known = FIELDS.find((f) => f === field);
  if (!known) throw new Error(`boilerplate.json: unknown metadata field ${field}`);
  return known;
};

/** Metadata rules, in the order they are tried. */
export const META_RULES: readonly MetaRule[] = data.meta.map((rule) => ({
  ...compile(rule, 'g'),
  field: toField(rule.field),
}));
/** Facts read from the start of the first paragraph, which stays. */
export const LEAD_RULES: readonly MetaRule[] = data.leads.map((rule) => ({
  ...compile(rule),
  field: toField(rule.field),
}));
/** Lines set aside wherever they stand. */
export const LINE_RULES: readonly Rule[] = data.lines.map((r) => compile(r));
/** Lines that open a footer running to the end of the text. */
export const FOOTER_RULES: readonly Rule[] = data.footerStarts.map((r) => compile(r));
/** Lines set aside only in the header, next to a metadata line: the account's name. */
export const HEADER_RULES: readonly Rule[] = data.header.map((r) => compile(r));
/** Lines set aside only in the run of short lines at the very end. */
export const TRAILING_RULES: readonly Rule[] = data.trailing.map((r) => compile(r));
/** Text cut from the end of a line. */
export const INLINE_RULES: readonly Rule[] = data.inline.map((r) => compile(r));
/** Marks of a photo caption. */
export const CAPTION_RULES: readonly Rule[] = data.captions.map((r) => compile(r));
/** Longest line a footer block may hold. */
export const FOOTER_MAX_LINE: number = data.footerMaxLine;
/** Longest line of the trailing run. */
export const TRAILING_MAX_LINE: number = data.trailingMaxLine;

/** Says whether any of the rules matches the line. */
export const matchesAny = (rules: readonly Rule[], line: string): boolean =>
  rules.some((rule) => rule.pattern.test(line));
