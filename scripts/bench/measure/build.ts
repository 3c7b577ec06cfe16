/**
 * One full site build (`scripts/build.ts`: content, astro build, Pagefind) of a seeds folder into a
 * folder of its own, timed from outside, with the peak memory of its process tree.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { watchPeakRss } from './process-rss';

/** Figures of one build. */
export interface BuildFigures {
  /** Wall time of the whole build, seconds. */
  totalSeconds: number;
  /** Seconds per step as the build reports them (内容, astro build, Pagefind …). */
  steps: Record<string, number>;
  /** Peak RSS of the build's process tree, bytes. */
  peakRssBytes: number;
  /** Peak RSS of each kind of process in it (build script, astro, pagefind), bytes. */
  peakRssByProcess: Record<string, number>;
  /** Pages Pagefind indexed. */
  indexedPages: number;
}

/** Where the build writes. */
export interface BuildDirs {
  seeds: string;
  content: string;
  out: string;
  /** The article cache (`--cache`): a fresh folder for a clean build, the same one to rebuild. */
  cache: string;
}

/** Reads the step times from the build report's line 用时 3.5s（内容 0.4s · astro build 2.8s · Pagefind 0.3s）. */
export function parseStepSeconds(stdout: string): Record<string, number> {
  const line = /用时\s+[\d.]+s（(.+)）/.exec(stdout)?.[1];
  if (!line) throw new Error('构建输出里没有“用时”一行：无法读取各步用时');
  return Object.fromEntries(
    line.split(' · ').map((part) => {
      const m = /^(.+) ([\d.]+)s$/.exec(part.trim());
      if (!m) throw new Error(`无法读取构建步骤用时：${part}`);
      return [m[1] as string, Number(m[2])];
    }),
  );
}

/** Runs the project's build with the project's Node; rejects with its output when it fails. */
export function runBuild(
  root: string,
  dirs: BuildDirs,
  env: Record<string, string> = {},
): Promise<BuildFigures> {
  const tsx = resolve(root, 'node_modules/tsx/dist/cli.mjs');
  const args = [
    tsx,
    'scripts/build.ts',
    '--seeds',
    dirs.seeds,
    '--content',
    dirs.content,
    '--out',
    dirs.out,
    '--cache',
    dirs.cache,
  ];
  return new Promise((ok, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env } });
    const rss = watchPeakRss(child.pid ?? 0);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', fail);
    child.on('close', (code) => {
      const totalSeconds = (performance.now() - started) / 1000;
      const peaks = rss.stop();
      if (code !== 0) {
        fail(
          new Error(`构建失败（退出码 ${code}）：\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`),
        );
        return;
      }
      ok({
        totalSeconds,
        steps: parseStepSeconds(stdout),
        peakRssBytes: peaks.total,
        peakRssByProcess: peaks.byKind,
        indexedPages: Number(/Pagefind 索引了 (\d+) 个页面/.exec(stdout)?.[1] ?? 0),
      });
    });
  });
}
