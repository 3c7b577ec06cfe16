/**
 * Part of stage 5: read the facts of header and footer lines (来源, dateline, 原标题, byline,
 * editors) with the `meta` rules of scripts/data/boilerplate.json, and those of a first paragraph's
 * lead (新华社…电（记者…）) with its `leads` rules.
 */
import { LEAD_RULES, META_RULES, type MetaField } from './boilerplate-rules';

/** Facts an article states about itself. */
export interface HeaderFacts {
  /** 原标题, as printed. */
  originalTitle: string | null;
  /** 来源. */
  outlet: string | null;
  /** Reporter line without its label: 澎湃新闻记者 邱海鸿. */
  byline: string | null;
  /** Date of the dateline, YYYY-MM-DD. */
  published: string | null;
  /** Editors and reviewers, one name each. */
  editors: string[];
}

/** One fact of a metadata line. */
export interface LineFact {
  /** The field it fills. */
  field: MetaField;
  /** The text of the `value` group. */
  value: string;
}

// What may remain of a metadata line once every fact is taken out of it.
const SEPARATORS = /^[\s|丨｜/／·•,，;；:：()（）[\]【】\-—.。]*$/u;

/** Reads a line as a metadata line: the facts it carries (maybe none), or null when it is anything else. */
export function readMetaLine(line: string): LineFact[] | null {
  const facts: LineFact[] = [];
  let rest = line;
  for (const rule of META_RULES) {
    for (const match of rest.matchAll(rule.pattern)) {
      facts.push({ field: rule.field, value: (match.groups?.value ?? '').trim() });
    }
    rest = rest.replace(rule.pattern, ' ');
  }
  if (facts.length === 0 || !SEPARATORS.test(rest)) return null;
  return facts.filter((f) => f.field !== 'none');
}

/**
 * Reads the facts of a paragraph's lead without taking anything out of it: the reporters and the
 * agency of 新华社福州5月12日电（记者 陈永福）, the outlet and reporter of 【大公报讯】记者 黄嘉欣 报道：.
 */
export function readLead(paragraph: string): LineFact[] {
  return LEAD_RULES.flatMap((rule) => {
    const value = rule.pattern.exec(paragraph)?.groups?.value?.trim();
    return value ? [{ field: rule.field, value }] : [];
  });
}

/** Turns a dateline (2020年04月12日, 2020-4-12) into YYYY-MM-DD, or null if it is no date. */
export function toIsoDate(dateline: string): string | null {
  const [, y, m, d] = /(\d{4})\D+(\d{1,2})\D+(\d{1,2})/.exec(dateline) ?? [];
  const [month, day] = [Number(m), Number(d)];
  if (!y || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// A byline that names its outlet: 澎湃新闻记者 邱海鸿, 新华日报记者 方思伟, 株洲日报全媒体记者/周莹,
// 新华社记者, 昆山市融媒体中心记者. "本报记者" names none.
const BYLINE_OUTLET =
  /^(?<outlet>[\p{Script=Han}A-Za-z0-9·]{2,20}?(?:新闻|日报|晚报|早报|时报|商报|报|电视台|广播电视台|电台|融媒体中心|新闻中心|网|社|客户端))(?:全媒体|融媒体|融媒|首席|特约|见习|实习)?(?:记者|通讯员)/u;
const NOT_AN_OUTLET = /^本(?:报|台|网|社)|^(?:本|我)/u;

/** The outlet a byline names (`澎湃新闻记者 邱海鸿` → 澎湃新闻), or null. */
export function outletOfByline(byline: string | null): string | null {
  const outlet = byline === null ? undefined : BYLINE_OUTLET.exec(byline)?.groups?.outlet;
  return outlet === undefined || NOT_AN_OUTLET.test(outlet) ? null : outlet;
}

/** Merges the facts of several lines: the first value of each field wins; editors add up. */
export function collectFacts(facts: readonly LineFact[]): HeaderFacts {
  const first = (field: MetaField): string | null =>
    facts.find((f) => f.field === field && f.value !== '')?.value ?? null;
  const dates = facts.filter((f) => f.field === 'published').map((f) => toIsoDate(f.value));
  const editors = facts
    .filter((f) => f.field === 'editors')
    .flatMap((f) => f.value.split(/\s*[、，,/／]\s*/))
    .filter((name) => name !== '');
  const byline = first('byline')?.replace(/\s+/g, ' ') ?? null;
  return {
    originalTitle: first('originalTitle'),
    outlet: first('outlet') ?? outletOfByline(byline),
    byline,
    published: dates.find((d) => d !== null) ?? null,
    editors: [...new Set(editors)],
  };
}
