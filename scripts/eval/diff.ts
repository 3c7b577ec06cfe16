/** What a reader would correct in each article: visits missed or invented, and wrong fields of the rest. */
import type { GoldPerson, GoldVisit } from './gold';
import { dateAgrees, personKey, placeKey, siteKey, sitesMatch } from './keys';
import type { ArticleOutcome, ScoredVisit } from './score';

/** One article's corrections, one line each; empty when it is right. */
export interface ArticleDiff {
  article: string;
  lines: string[];
}

const trip = (origin: string, destinations: readonly string[]) =>
  `${origin} → ${destinations.join('、') || '?'}`;

/** Names in `a` whose key is not among `b`'s. */
function minus<T>(a: readonly T[], b: readonly T[], key: (x: T) => string, show: (x: T) => string) {
  const keys = new Set(b.map(key));
  return a.filter((x) => !keys.has(key(x))).map(show);
}

/** `label: missing A, B; extra C`, or null when nothing differs. */
function line(label: string, missing: readonly string[], extra: readonly string[]): string | null {
  const parts = [
    missing.length ? `缺 ${missing.join('、')}` : '',
    extra.length ? `多 ${extra.join('、')}` : '',
  ].filter(Boolean);
  return parts.length ? `  ${label}：${parts.join('；')}` : null;
}

const personName = (p: GoldPerson | { name: string }) => p.name;

/** The corrections of one matched visit. */
function visitLines(gold: GoldVisit, got: ScoredVisit): string[] {
  const dests = got.destinations.map((d) => d.name);
  const lines = [
    line(
      '目的地',
      minus(gold.destinations, dests, placeKey, String),
      minus(dests, gold.destinations, placeKey, String),
    ),
    line(
      '带队',
      minus(gold.leaders, got.leaders, personKey, personName),
      minus(got.leaders, gold.leaders, personKey, personName),
    ),
    line(
      '接待',
      minus(gold.hosts, got.hosts, personKey, personName),
      minus(got.hosts, gold.hosts, personKey, personName),
    ),
  ];
  if (Array.isArray(gold.sites)) {
    const g = gold.sites.map(siteKey);
    const p = got.sites.map(siteKey);
    lines.push(
      line(
        '考察点',
        g.filter((x) => !p.some((y) => sitesMatch(x, y))),
        p.filter((y) => !g.some((x) => sitesMatch(x, y))),
      ),
    );
  }
  if (dateAgrees(gold.date?.start, got.date.start) === false)
    lines.push(`  日期：应为 ${gold.date?.start}，得 ${got.date.start ?? '无'}`);
  if (Boolean(gold.mentioned_only) !== got.mentionedOnly)
    lines.push(`  提及：应为 ${gold.mentioned_only ? '仅提及' : '主要考察'}`);
  return lines.filter((l): l is string => l !== null);
}

/** The corrections of every scored article, in the order scored. */
export function diffArticles(outcomes: readonly ArticleOutcome[]): ArticleDiff[] {
  return outcomes.map((o) => {
    const lines: string[] = o.found ? [] : ['  文章未生成'];
    for (const m of o.matches) {
      const body = visitLines(m.gold, m.predicted);
      if (body.length) lines.push(`  考察 ${trip(m.gold.origin, m.gold.destinations)}`, ...body);
    }
    for (const g of o.missed) lines.push(`  漏掉考察 ${trip(g.origin, g.destinations)}`);
    for (const p of o.spurious)
      lines.push(
        `  多出考察 ${trip(
          p.origin.name,
          p.destinations.map((d) => d.name),
        )}`,
      );
    return { article: o.article, lines };
  });
}
