/** One seed file from bytes to an article record, its visits and its line of the build report. */
import type { ArticleRecord, FileReport, Issue } from '../../src/schemas';
import { articlePath } from '../../src/utils/article-path';
import type { VisitDraft } from '../extract/frames/find-visits';
import { note } from '../pipeline/clean-text';
import { convertScript } from '../pipeline/convert-script';
import { type Normalized, normalize, UnreadableError } from '../pipeline/normalize';
import { dateInUrl } from '../pipeline/url-date';
import { type Extracted, extractArticle } from './extract-article';
import { type ArticleMeta, parseMeta } from './parse-meta';
import type { SeedFile } from './read-seeds';

/** What became of one seed file. */
export interface SeedResult {
  /** The article, or null when the file could not be read. */
  article: ArticleRecord | null;
  /** Its visits. */
  visits: VisitDraft[];
  /** Its line of quality.json. */
  report: FileReport;
}

const warning = (message: string, kind = 'meta'): Issue => ({
  kind,
  message,
  text: null,
  paragraph: null,
});

/** Why a file could not be read, said for the person who put it in seeds/. */
const UNREADABLE: Record<UnreadableError['reason'], string> = {
  empty: '空文件（0 字节），没有可发布的文字',
  whitespace: '文件只有空白，没有可发布的文字',
  binary: '二进制文件（图片、压缩包或文档格式），不是文本',
  undecodable: '无法解码：既不是 UTF-8（可带 BOM）、UTF-16（带 BOM），也不是 GB18030/GBK',
};

/** The first line of an error's message. */
const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/** Decodes and normalizes a seed; a reason instead when it cannot be read or normalization fails. */
function readText(seed: SeedFile): Normalized | string {
  if (seed.refused !== undefined) return seed.refused;
  try {
    return normalize({ id: seed.id, bytes: seed.bytes });
  } catch (error) {
    if (error instanceof UnreadableError) return `${UNREADABLE[error.reason]}（${error.message}）`;
    // A bug met on odd input stops this file only; the report names it.
    return `处理出错：${firstLine(error)}`;
  }
}

/** Runs extraction; on an error the article is still published, with no entities and a warning. */
function extractSafely(
  seed: SeedFile,
  text: Normalized,
  published: string | null,
  meta: ArticleMeta,
): { found: Extracted; problem: Issue | null } {
  try {
    // What a curator wrote in traditional characters (香港商報) is read as the text is, simplified.
    const simplified = (s: string | null) => (s === null ? null : convertScript(s).text);
    const header = {
      outlet: simplified(meta.outlet) ?? text.outlet,
      byline: text.byline,
      title: simplified(meta.title) ?? text.title,
      url: meta.url,
    };
    return { found: extractArticle(seed.id, text.paragraphs, published, header), problem: null };
  } catch (error) {
    return {
      found: { visits: [], places: [], officials: [], sectors: [], unresolved: [] },
      problem: warning(
        `信息提取出错，文章照常发布但未标出地点、人物与考察：${firstLine(error)}`,
        'extract-failed',
      ),
    };
  }
}

/** A title made from the first visit when neither meta nor text gives one. */
function madeTitle(visits: readonly VisitDraft[], paragraphs: readonly string[]): string {
  const v = visits.find((x) => !x.mentionedOnly) ?? visits[0];
  if (v) return `${v.delegation}赴${v.destinations.map((d) => d.name).join('、')}考察`;
  const first = paragraphs[0] ?? '';
  return first.length > 30 ? `${first.slice(0, 30)}…` : first;
}

/** Normalizes, extracts and reports one seed; never throws for bad input. */
export function processSeed(seed: SeedFile): SeedResult {
  const { meta, warnings } = parseMeta(seed.metaText);
  const base = {
    file: seed.file,
    repairs: [],
    anomalies: [],
    unresolved: [],
    removed: [],
    notes: [],
    warnings: [...(seed.metaError === undefined ? [] : [seed.metaError]), ...warnings].map((w) =>
      warning(w),
    ),
  };
  const text = readText(seed);
  if (typeof text === 'string') {
    return {
      article: null,
      visits: [],
      report: { ...base, article: null, status: 'unreadable', reason: text, encoding: null },
    };
  }
  const published = meta.published ?? text.published;
  // Undated, but filed under a day (…/2018/11/20/…): relative dates are read against that day.
  const filed = published === null ? dateInUrl(meta.url) : null;
  const { found, problem } = extractSafely(seed, text, published ?? filed, meta);
  // A curator's title replaces the headline of the text, which is kept as the original title.
  const displaced = meta.title !== null && text.title !== null && text.title !== meta.title;
  const article: ArticleRecord = {
    id: seed.id,
    title: meta.title ?? text.title ?? madeTitle(found.visits, text.paragraphs),
    originalTitle: text.originalTitle ?? (displaced ? text.title : null),
    outlet: meta.outlet ?? text.outlet,
    byline: text.byline,
    published,
    script: text.script,
    url: articlePath(seed.id),
    sourceUrl: meta.url,
    paragraphs: text.paragraphs,
    // Nothing is lost: a displaced headline that cannot be the original title is set aside.
    boilerplate:
      displaced && text.originalTitle !== null
        ? [text.title ?? '', ...text.boilerplate]
        : text.boilerplate,
    repairs: text.repairs,
    visits: [],
    places: found.places,
    officials: found.officials,
    sectors: found.sectors,
    original: text.original,
    editors: text.editors,
    note: meta.note,
    encoding: text.encoding,
    titleMade: meta.title === null && text.title === null,
  };
  return {
    article,
    visits: found.visits,
    report: {
      ...base,
      warnings: problem ? [...base.warnings, problem] : base.warnings,
      article: seed.id,
      status: 'ok',
      reason: null,
      encoding: text.encoding,
      repairs: text.repairs,
      anomalies: text.anomalies,
      unresolved: found.unresolved,
      removed: text.removed,
      notes: filed
        ? [
            ...text.notes,
            {
              ...note(
                'date-from-url',
                `报道未写发布日期：年份与相对日期按网址中的日期 ${filed} 推断（发布日期仍记为未写明）`,
              ),
              // The date itself, for the article page.
              text: filed,
            },
          ]
        : text.notes,
    },
  };
}
