/**
 * Runs the build script as a child process and measures its memory: the peak resident set size of
 * the largest process of the build's tree (the build itself, astro, Pagefind), read from /proc
 * every 50 ms (VmHWM is each process's own high-water mark, so a short peak is not missed).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** How a build ended. */
export interface BuildRun {
  /** Exit code (null when killed). */
  status: number | null;
  /** Its standard output: progress and the closing report. */
  stdout: string;
  /** Its standard error. */
  stderr: string;
  /** Peak resident memory of the largest process of the build, in MiB; null where /proc is missing. */
  peakMiB: number | null;
}

/** Parent pid of every process (from /proc/<pid>/stat). */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(name), ppid);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return map;
}

/** VmHWM of a process in KiB, or 0 when it is gone. */
function highWaterKiB(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return Number(m?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The pids of a process and all its descendants. */
function tree(root: number): number[] {
  const byParent = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) byParent.set(ppid, [...(byParent.get(ppid) ?? []), pid]);
  const out: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    out.push(pid);
    queue.push(...(byParent.get(pid) ?? []));
  }
  return out;
}

/** Variables vitest puts in process.env, which Astro would read as import.meta.env (built-site.ts). */
const VITEST_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/** The environment a shell would give the build, plus `extra`. */
function shellEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const own = Object.entries(process.env).filter(([key]) => !VITEST_ENV.has(key));
  return { ...Object.fromEntries(own), ...extra };
}

/** Runs `tsx scripts/build.ts <args>` in `cwd` (default: this project) and waits for it. */
export function runBuild(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<BuildRun> {
  const cwd = options.cwd ?? process.cwd();
  const child = spawn(
    process.execPath,
    [resolve(cwd, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', ...args],
    { cwd, env: shellEnv(options.env) },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => {
    stdout += s;
  });
  child.stderr.setEncoding('utf8').on('data', (s: string) => {
    stderr += s;
  });
  const measured = process.platform === 'linux';
  let peak = 0;
  const poll = (): void => {
    if (!measured || child.pid === undefined) return;
    for (const pid of tree(child.pid)) peak = Math.max(peak, highWaterKiB(pid));
  };
  const timer = setInterval(poll, 50);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (status) => {
      clearInterval(timer);
      done({ status, stdout, stderr, peakMiB: measured ? Math.round(peak / 1024) : null });
    });
  });
}
