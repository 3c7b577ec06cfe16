/** Parses and validates `<id>.meta.yaml`: what a curator knows that the text does not say. */
import { parse } from 'yaml';

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

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  return null;
}

/** Parses meta.yaml text; never throws: a bad file yields empty meta and a warning. */
export function parseMeta(source: string | null): MetaResult {
  if (source === null) return { meta: EMPTY, warnings: [] };
  let data: unknown;
  try {
    data = parse(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { meta: EMPTY, warnings: [`meta.yaml 不是有效的 YAML：${reason}`] };
  }
  if (data === null || data === undefined) return { meta: EMPTY, warnings: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      meta: EMPTY,
      warnings: ['meta.yaml 应是键值对（url、outlet、published、title、note）'],
    };
  }
  const record = data as Record<string, unknown>;
  const warnings: string[] = [];
  let published = text(record.published);
  if (record.published instanceof Date) published = record.published.toISOString().slice(0, 10);
  if (published !== null && !isValidIsoDate(published)) {
    warnings.push(
      `meta.yaml 的 published 不是有效日期（YYYY、YYYY-MM 或 YYYY-MM-DD）：${published}`,
    );
    published = null;
  }
  let url = text(record.url);
  if (url !== null && !/^https?:\/\/[^\s"<>]+$/i.test(url)) {
    warnings.push(`meta.yaml 的 url 不是 http(s) 地址，已忽略：${url}`);
    url = null;
  }
  const known = new Set(['url', 'outlet', 'published', 'title', 'note', 'notes']);
  for (const key of Object.keys(record)) {
    if (!known.has(key)) warnings.push(`meta.yaml 有未知字段：${key}`);
  }
  const meta: ArticleMeta = {
    url,
    outlet: text(record.outlet),
    published,
    title: text(record.title),
    note: text(record.note) ?? text(record.notes),
  };
  return { meta, warnings };
}
