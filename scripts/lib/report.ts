/** Formats the build's progress lines and its closing report for the terminal. */
import type { FileReport } from '../../src/schemas';

/** Figures of one build, for the closing report. */
export interface BuildSummary {
  /** Files in the seeds folder (articles, meta files, others). */
  filesRead: number;
  /** Articles published. */
  articles: number;
  /** Visits found (one per report). */
  visits: number;
  /** Trips they make (the reports of one trip count once); left out when not given. */
  trips?: number;
  /** Entities: places, officials, sectors. */
  entities: { places: number; officials: number; sectors: number };
  /** Per-file reports. */
  reports: readonly FileReport[];
  /** Articles whose result was reused from the cache; left out when not given. */
  cached?: number;
  /** Seconds per step. */
  seconds: Record<string, number>;
}

/** Counts the warnings of a file report: unreadable, bad meta, damage left unrepaired (not what extraction left open). */
export function countWarnings(r: FileReport): number {
  // Mixed scripts are a fact about the source (mainland sites convert loosely), not damage.
  const damage = r.anomalies.filter((a) => a.kind !== 'mixed-script').length;
  return damage + r.warnings.length + (r.status === 'ok' ? 0 : 1);
}

/** One line on the invisible characters removed from a file, or null when there were none. */
export function removedSummary(r: Pick<FileReport, 'removed'>): string | null {
  if (r.removed.length === 0) return null;
  const total = r.removed.reduce((n, c) => n + c.count, 0);
  const each = r.removed.map((c) => `${c.name} ${c.char} ×${c.count}`);
  return `删去不可见字符 ${total} 个（${each.slice(0, 3).join('、')}${each.length > 3 ? ' 等' : ''}）`;
}

/** What the report says of a file: its problems first, then what was done to it, then what is open. */
function itemsOf(r: FileReport): string[] {
  const removed = removedSummary(r);
  return [
    ...[...r.warnings, ...r.anomalies].map((i) => i.message),
    ...(removed === null ? [] : [removed]),
    ...r.notes.map((i) => i.message),
    ...r.unresolved.map((i) => i.message),
  ];
}

/** The closing report: articles, visits, entities, repairs, warnings by file, time. */
export function formatSummary(s: BuildSummary): string {
  const repairs = s.reports.reduce((n, r) => n + r.repairs.length, 0);
  const lines = [
    '',
    '考察录 构建报告',
    `  读取文件   ${s.filesRead}`,
    `  文章       ${s.articles}${s.cached === undefined ? '' : `（${s.cached} 篇沿用缓存的处理结果）`}`,
    `  考察       ${s.visits}${s.trips === undefined ? '' : `（${s.trips} 次行程：同一行程的几篇报道算一次）`}`,
    `  实体       地点 ${s.entities.places} · 人物 ${s.entities.officials} · 领域 ${s.entities.sectors}`,
    `  修复       ${repairs}`,
  ];
  const flagged = s.reports.filter((r) => r.status !== 'ok' || itemsOf(r).length > 0);
  const open = s.reports.reduce((n, r) => n + r.unresolved.length, 0);
  lines.push(
    `  警告       ${s.reports.reduce((n, r) => n + countWarnings(r), 0)}（未解析 ${open}）`,
  );
  for (const r of flagged) {
    const head = r.status === 'ok' ? '' : `未发布：${r.reason ?? r.status}；`;
    const kinds = itemsOf(r);
    lines.push(
      `    ${r.file}: ${head}${kinds.slice(0, 4).join('；')}${kinds.length > 4 ? ` 等 ${kinds.length} 条` : ''}`,
    );
  }
  const total = Object.values(s.seconds).reduce((a, b) => a + b, 0);
  const steps = Object.entries(s.seconds).map(([k, v]) => `${k} ${v.toFixed(1)}s`);
  lines.push(`  用时       ${total.toFixed(1)}s（${steps.join(' · ')}）`);
  return lines.join('\n');
}
