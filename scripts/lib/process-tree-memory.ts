/**
 * Peak resident memory of a whole process tree, for `npm run bench:site`: GNU time's maximum resident size
 * counts the build's own process (its worker threads included) but not the processes it starts, and
 * Pagefind indexes the site in a native process of its own (spawned by the `pagefind` npm package). This
 * samples `ps` and sums the resident size of a process and all its descendants.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * How often the tree is sampled: twice a second. The after-build steps that hold the most memory run for
 * tens of seconds at the sizes measured, so a peak shorter than half a second can be missed, which is why
 * the figure is called a sampled peak in docs/scale.md; `ps` over every process of the machine costs about
 * 10 ms, so sampling faster would start to load the build it measures.
 */
export const TREE_SAMPLE_INTERVAL_MS = 500;

/**
 * The summed resident size in KB of `rootPid` and every process descended from it, from the output of
 * `ps -e -o pid=,ppid=,rss=` (one process a line: pid, parent pid, resident KB); 0 when the root is not
 * listed (it has ended).
 */
export function treeResidentKb(psOutput: string, rootPid: number): number {
  const children = new Map<number, number[]>();
  const resident = new Map<number, number>();
  for (const line of psOutput.split('\n')) {
    const [pid, ppid, rss] = line.trim().split(/\s+/).map(Number);
    if (pid === undefined || ppid === undefined || rss === undefined || !Number.isFinite(pid + ppid + rss)) continue;
    resident.set(pid, rss);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  if (!resident.has(rootPid)) return 0;
  let total = 0;
  const seen = new Set<number>();
  const pending = [rootPid];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += resident.get(pid) ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** A running sampler of a process tree's resident memory. */
export interface TreeMemoryWatch {
  /** Stops sampling; resolves to the largest summed resident size seen, in MB, or undefined without `ps`. */
  stop(): Promise<number | undefined>;
}

/** Samples the resident memory of `rootPid`'s process tree every `TREE_SAMPLE_INTERVAL_MS` until stopped. */
export function watchTreeMemory(rootPid: number): TreeMemoryWatch {
  let peakKb: number | undefined;
  let sampling: Promise<void> | undefined;
  const sample = () => {
    // A sample still running (a busy machine) is not doubled up.
    sampling ??= run('ps', ['-e', '-o', 'pid=,ppid=,rss='], { maxBuffer: 16 * 1024 * 1024 })
      .then(
        ({ stdout }) => {
          peakKb = Math.max(peakKb ?? 0, treeResidentKb(stdout, rootPid));
        },
        () => undefined, // no `ps` on this machine: no figure, as without GNU time
      )
      .finally(() => {
        sampling = undefined;
      });
  };
  sample();
  const timer = setInterval(sample, TREE_SAMPLE_INTERVAL_MS);
  return {
    async stop() {
      clearInterval(timer);
      await sampling;
      return peakKb === undefined ? undefined : Math.round(peakKb / 1024);
    },
  };
}
