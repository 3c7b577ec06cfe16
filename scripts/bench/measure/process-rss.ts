/**
 * Peak memory of a process tree, by polling /proc (Linux): the sum of the RSS of a process and all
 * its descendants, and the peak of each kind of process in it (astro, pagefind, the build script).
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;

/** Reads `pid → ppid` of every process; skips those that end while being read. */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields resume after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(name), Number(fields[1]));
    } catch {
      // gone
    }
  }
  return out;
}

/** Names a process by its command line: astro, pagefind, esbuild, the content step, or node (the build script). */
export function processKind(cmdline: string): string {
  if (/\bastro\b/.test(cmdline)) return 'astro';
  if (/pagefind/.test(cmdline)) return 'pagefind';
  if (/esbuild/.test(cmdline)) return 'esbuild';
  if (/content-step-worker/.test(cmdline)) return 'content';
  return 'build';
}

/** The RSS (bytes) of `root` and each of its descendants now, by kind. */
export function treeRss(root: number): { total: number; byKind: Map<string, number> } {
  const ppid = parents();
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of ppid) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  const byKind = new Map<string, number>();
  for (const pid of tree) {
    try {
      const rss = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
      const kind = processKind(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '));
      total += rss;
      byKind.set(kind, (byKind.get(kind) ?? 0) + rss);
    } catch {
      // gone
    }
  }
  return { total, byKind };
}

/** Peaks of a process tree: the whole tree, and each kind of process. */
export interface RssPeaks {
  total: number;
  byKind: Record<string, number>;
}

/** Polls the tree of `pid` every `everyMs` until stopped; `stop()` gives the peaks in bytes. */
export function watchPeakRss(pid: number, everyMs = 100): { stop: () => RssPeaks } {
  const peaks: RssPeaks = { total: 0, byKind: {} };
  const poll = (): void => {
    const now = treeRss(pid);
    peaks.total = Math.max(peaks.total, now.total);
    for (const [kind, rss] of now.byKind)
      peaks.byKind[kind] = Math.max(peaks.byKind[kind] ?? 0, rss);
  };
  poll();
  const timer = setInterval(poll, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peaks;
    },
  };
}
