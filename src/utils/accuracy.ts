import { z } from 'astro/zod';

/** One field's scores as the project's scorer (scripts/eval/score.ts) gives them. */
const ScoreRowSchema = z.object({
  tp: z.number(),
  pred: z.number(),
  gold: z.number(),
  p: z.number(),
  r: z.number(),
  f: z.number(),
});

/** One set of articles scored against its gold. */
const MeasuredSetSchema = z.object({
  /** How many articles have gold (and were scored). */
  articles: z.number(),
  /** Precision, recall and F1 per field. */
  rows: z.record(z.string(), ScoreRowSchema),
  /** Share of matched visits whose date agrees. */
  dates: z.number(),
  /** Share of matched visits whose mentioned-only flag agrees. */
  mentions: z.number(),
  /** Share of gold officials found with the right place. */
  officialPlaces: z.number(),
  /** The mean the scorer calls overall. */
  overall: z.number(),
});
export type MeasuredSet = z.infer<typeof MeasuredSetSchema>;

/**
 * accuracy.json, written by the build (scripts/lib/measure-accuracy.ts): the seeds against their
 * gold (tests/gold/seeds), and the development corpus (../shared/corpus) where it was beside the
 * project; null where not measured.
 */
export const AccuracySchema = z.object({
  seeds: MeasuredSetSchema.nullable(),
  corpus: MeasuredSetSchema.nullable(),
});
export type Accuracy = z.infer<typeof AccuracySchema>;

/** Chinese names of the scored fields, in the order the table shows them. */
const FIELD_LABELS: Record<string, string> = {
  visits: '考察（行程）',
  destinations: '目的地',
  leaders: '带队领导',
  hosts: '接待领导',
  sectors: '领域',
  sites: '考察点',
  places: '文中地点',
  officials: '文中人物',
};

/** One line of the accuracy table. */
export interface AccuracyRow {
  field: string;
  label: string;
  precision: number;
  recall: number;
  f1: number;
  counts: string;
}

/** Turn the scorer's rows into table lines: known fields in a fixed order, then any others. */
export function accuracyRows(accuracy: Pick<MeasuredSet, 'rows'>): AccuracyRow[] {
  const known = Object.keys(FIELD_LABELS).filter((f) => f in accuracy.rows);
  const others = Object.keys(accuracy.rows)
    .filter((f) => !(f in FIELD_LABELS))
    .sort();
  return [...known, ...others].flatMap((field) => {
    const row = accuracy.rows[field];
    if (!row) return [];
    return [
      {
        field,
        label: FIELD_LABELS[field] ?? field,
        precision: row.p,
        recall: row.r,
        f1: row.f,
        counts: `${row.tp}/${row.pred}/${row.gold}`,
      },
    ];
  });
}

/** Format a score between 0 and 1 with two decimals: 0.8333 → 0.83. */
export function formatScore(x: number): string {
  return x.toFixed(2);
}
