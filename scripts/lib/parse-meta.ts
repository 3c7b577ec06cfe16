/** Parses and validates `<id>.meta.yaml`: what a curator knows that the text does not say. */
import { parse } from 'yaml';
import { stripInvisible } from '../pipeline/strip-invisible';

/** Curator's metadata for one article, validated. */
export interface ArticleMeta {
  /** Where the article was published (http or https only). */
  url: string | null;
  /** Publisher. */
  outlet: string | null;
  /** Publication date, ISO truncated (YYYY, YYYY-MM, YYYY-MM-DD). */
  published: string | null;
  /** Title. */
  title: string | null;
  /** Why the date is what it is. */
  note: string | null;
}

/** The meta and the problems found in it (each a message naming the field). */
export interface MetaResult {
  /** What could be used. */
  meta: ArticleMeta;
  /** What could not, and why. */
  warnings: string[];
}

const EMPTY: ArticleMeta = { url: null, outlet: null, published: null, title: null, note: null };

/** Checks a YYYY, YYYY-MM or YYYY-MM-DD string against the calendar. */
export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const days = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return Number(d) >= 1 && Number(d) <= days;
}

/**
 * Aliases a meta file may use: a curator's five fields need none, and a few hundred expand to
 * gigabytes (the "billion laughs" of YAML), so parsing stops past this many.
 */
export const MAX_YAML_ALIASES = 10;

/** The fields a meta file may have (`notes` is read as `note`). */
const FIELDS = ['url', 'outlet', 'published', 'title', 'note', 'notes'] as const;

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  return null;
}

/** Says whether a date (YYYY, YYYY-MM, YYYY-MM-DD) lies after `today`, compared at its own precision. */
export function isFutureDate(date: string, today: Date): boolean {
  return date > today.toISOString().slice(0, date.length);
}

/** Why a url is not a web address the site may link to, or null when it is one. */
export function urlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '不是有效的网址';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return `是 ${parsed.protocol.replace(/:$/, '')} 地址，不是网页`;
  }
  if (parsed.username !== '' || parsed.password !== '') return '含有用户名或密码';
  if (/[\s"<>]/.test(url)) return '含有空白或引号';
  return null;
}

/** Reads one text field: a string (invisible characters removed) or a number; else a warning. */
function field(record: Record<string, unknown>, key: string, warnings: string[]): string | null {
  const value = record[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' && typeof value !== 'number' && !(value instanceof Date)) {
    warnings.push(`meta.yaml 的 ${key} 不是文字，已忽略`);
    return null;
  }
  if (typeof value !== 'string') return text(value);
  const clean = stripInvisible(value);
  const removed = clean.removed.reduce((n, r) => n + r.count, 0);
  if (removed > 0) warnings.push(`meta.yaml 的 ${key} 含不可见字符 ${removed} 个，已删去`);
  return text(clean.text.replace(/\n/g, ' '));
}

/** Parses the YAML, or says why it is not used. */
function parseYaml(source: string): { data: unknown } | { warning: string } {
  try {
    return { data: parse(source, { maxAliasCount: MAX_YAML_ALIASES }) };
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    if (/alias/i.test(reason)) {
      return {
        warning: `meta.yaml 用了过多的 YAML 别名（超过 ${MAX_YAML_ALIASES} 个，展开会耗尽内存），已忽略`,
      };
    }
    return { warning: `meta.yaml 不是有效的 YAML：${reason}` };
  }
}

/**
 * Parses meta.yaml text; never throws: a bad file yields empty meta and a warning. `today` is
 * the build's date (a publication date after it is a mistake).
 */
export function parseMeta(source: string | null, today = new Date()): MetaResult {
  if (source === null) return { meta: EMPTY, warnings: [] };
  const parsed = parseYaml(source);
  if ('warning' in parsed) return { meta: EMPTY, warnings: [parsed.warning] };
  const { data } = parsed;
  if (data === null || data === undefined) return { meta: EMPTY, warnings: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      meta: EMPTY,
      warnings: ['meta.yaml 应是键值对（url、outlet、published、title、note）'],
    };
  }
  const record = data as Record<string, unknown>;
  const warnings: string[] = [];
  let published = field(record, 'published', warnings);
  if (record.published instanceof Date) published = record.published.toISOString().slice(0, 10);
  if (published !== null && !isValidIsoDate(published)) {
    warnings.push(
      `meta.yaml 的 published 不是有效日期（YYYY、YYYY-MM 或 YYYY-MM-DD）：${published}`,
    );
    published = null;
  } else if (published !== null && isFutureDate(published, today)) {
    warnings.push(`meta.yaml 的 published 是未来的日期，已忽略：${published}`);
    published = null;
  }
  let url = field(record, 'url', warnings);
  const problem = url === null ? null : urlProblem(url);
  if (problem !== null) {
    warnings.push(`meta.yaml 的 url 不是 http(s) 地址（${problem}），已忽略：${url}`);
    url = null;
  }
  for (const key of Object.keys(record)) {
    if (!(FIELDS as readonly string[]).includes(key)) warnings.push(`meta.yaml 有未知字段：${key}`);
  }
  const meta: ArticleMeta = {
    url,
    outlet: field(record, 'outlet', warnings),
    published,
    title: field(record, 'title', warnings),
    note: field(record, 'note', warnings) ?? field(record, 'notes', warnings),
  };
  return { meta, warnings };
}
