/** Lighthouse's four category scores for a page, with the lighthouse CLI and Debian's Chromium. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS } from './browser';

/** The four category scores, 0–100. */
export interface LighthouseScores {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  /** Weighted audits that scored below 1, as category:audit, for finding what to fix. */
  failing: string[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string }>;
}

/** Reads the scores and failing audits out of a Lighthouse JSON report. */
export function readScores(report: Report): LighthouseScores {
  const score = (c: string): number => Math.round((report.categories[c]?.score ?? 0) * 100);
  const failing = CATEGORIES.flatMap((c) =>
    (report.categories[c]?.auditRefs ?? [])
      .filter((ref) => {
        const audit = report.audits[ref.id];
        return (
          ref.weight > 0 &&
          audit &&
          audit.scoreDisplayMode !== 'notApplicable' &&
          audit.scoreDisplayMode !== 'informative' &&
          audit.score !== null &&
          audit.score < 1
        );
      })
      .map((ref) => `${c}:${ref.id}`),
  );
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    failing,
  };
}

/** Runs the lighthouse CLI on `url` (mobile defaults, simulated throttling) and returns the scores. */
export function runLighthouse(root: string, url: string): Promise<LighthouseScores> {
  const cli = resolve(root, 'node_modules/lighthouse/cli/index.js');
  const args = [
    cli,
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
  ];
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) {
        fail(new Error(`lighthouse ${url} 失败（退出码 ${code}）：${err.slice(-2000)}`));
        return;
      }
      try {
        ok(readScores(JSON.parse(out) as Report));
      } catch (error) {
        fail(
          new Error(
            `lighthouse ${url}：无法读取报告：${error instanceof Error ? error.message : error}`,
          ),
        );
      }
    });
  });
}
