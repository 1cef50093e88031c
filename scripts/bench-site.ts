/**
 * Site-scale benchmark: builds sites of 1, 10 and 100 stories into a temporary folder with a timed
 * `astro build` (pipeline on every core, pages, search index, integrity check) and prints one JSON line
 * per size: wall seconds, pipeline and page-writing seconds (from the build log), pages, peak memory and
 * sentences per second of the pipeline.
 *
 *   npm run bench:site                              1, 10, 100 stories of 5 to 10 reports recombined from Hama
 *   npm run bench:site -- --with-1000               also 1,000 stories (about an hour on 2 cores)
 *   npm run bench:site -- --rebuild                 after each build, edits one report of one story and builds
 *                                                   again with the same cache (a second JSON line, "rebuild": true)
 *   npm run bench:site -- --sizes 10 --reports 3 --source news
 *                                                   stories of 3 reports recombined, in turn, from Hama and
 *                                                   each news-dev story ($PARALLAX_NEWS_DEV, real layouts)
 *
 * Stories are made by `lib/bench-stories.ts` (lines of real reports, recombined; deterministic) and
 * written only to the temporary folder. Peak memory is GNU time's maximum resident size of the build
 * process (its worker threads included) where the machine has `/usr/bin/time` (`peakMb`), and the sampled
 * peak of the build's whole process tree, Pagefind's own process included (`peakTreeMb`,
 * `lib/process-tree-memory.ts`). `cpuSeconds` is GNU time's user and system time of the build (its threads and
 * the processes it waited for), which varies much less than wall time on a shared machine. The machine's load
 * average when each build starts is printed too: timings on a shared machine are only comparable
 * within one run.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listFiles } from '../src/files/list-files.ts';
import { parseReportRange, readSources, writeStories } from './lib/bench-stories.ts';
import { watchTreeMemory } from './lib/process-tree-memory.ts';

const ROOT = resolve(import.meta.dirname, '..');
const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command, returning its wall time, (with GNU time) the peak resident memory in MB of its own process,
 * the sampled peak of its whole process tree (Pagefind's native process included) and its output.
 */
async function measure(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<{ seconds: number; peakMb?: number; cpuSeconds?: number; peakTreeMb?: number; output: string }> {
  const memoryFile = join(tmpdir(), `parallax-bench-${process.pid}-${Date.now()}.mem`);
  const useTime = existsSync(GNU_TIME);
  const started = performance.now();
  const child = useTime ? spawn(GNU_TIME, ['-f', '%M %U %S', '-o', memoryFile, command, ...args], { cwd: ROOT, env }) : spawn(command, [...args], { cwd: ROOT, env });
  const tree = child.pid === undefined ? undefined : watchTreeMemory(child.pid);
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  const status = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  const seconds = (performance.now() - started) / 1000;
  const peakTreeMb = await tree?.stop();
  const output = Buffer.concat(chunks).toString('utf8');
  if (status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${output}`);
  // GNU time's last line: peak resident KB, then user and system CPU seconds (the build's threads, and the
  // processes it waited for: Pagefind's).
  const [peakKb, user, system] = useTime && existsSync(memoryFile) ? (readFileSync(memoryFile, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number) : [];
  rmSync(memoryFile, { force: true });
  const cpuSeconds = (user ?? NaN) + (system ?? NaN);
  return {
    seconds,
    ...(peakKb !== undefined && Number.isFinite(peakKb) ? { peakMb: Math.round(peakKb / 1024) } : {}),
    ...(Number.isFinite(cpuSeconds) ? { cpuSeconds: Math.round(cpuSeconds * 10) / 10 } : {}),
    ...(peakTreeMb === undefined ? {} : { peakTreeMb }),
    output,
  };
}

/** A number the build log printed, or null when the line is missing. */
function fromLog(log: string, pattern: RegExp): number | null {
  const value = pattern.exec(log)?.[1];
  return value === undefined ? null : Number(value);
}

/**
 * Seconds Astro took to write the pages: its "✓ Completed in …" line after "generating static routes" (the only one
 * without a "[build]" tag), in the form Astro prints (`123ms`, `12.34s`, `1m 6s`); null when the line is missing.
 */
function pageWritingSeconds(log: string): number | null {
  const after = log.slice(log.indexOf('generating static routes'));
  const match = /^\S+ ✓ Completed in (?:(\d+)ms|([\d.]+)s|(\d+)m (\d+)s)\.$/m.exec(after);
  if (match === null) return null;
  const [, milliseconds, seconds, minutes, secondsPastMinutes] = match;
  if (milliseconds !== undefined) return Number(milliseconds) / 1000;
  if (seconds !== undefined) return Number(seconds);
  return Number(minutes) * 60 + Number(secondsPastMinutes);
}

const round = (value: number | null, digits = 1) => (value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits);

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,10,100' },
    'with-1000': { type: 'boolean', default: false },
    reports: { type: 'string', default: '5-10' },
    source: { type: 'string', default: 'hama' },
    rebuild: { type: 'boolean', default: false },
  },
});
const sizes = [...values.sizes.split(',').map(Number), ...(values['with-1000'] ? [1000] : [])];
const range = parseReportRange(values.reports);
const sources = readSources(values.source, ROOT);
for (const size of sizes) {
  const work = mkdtempSync(join(tmpdir(), 'parallax-bench-site-'));
  try {
    const stories = join(work, 'stories');
    const reports = writeStories(stories, size, sources, range);
    const cache = join(work, 'cache');
    const build = async (out: string) => {
      const load = loadavg()[0] ?? 0;
      const measured = await measure(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        PARALLAX_STORIES: stories,
        PARALLAX_CACHE_DIR: cache,
      });
      return { ...measured, load };
    };
    const report = (out: string, measured: Awaited<ReturnType<typeof build>>, rebuild: boolean) => {
      const pipelineMs = fromLog(measured.output, /stories \(\d+ from cache\), \d+ sentences in (\d+) ms/);
      const sentences = fromLog(measured.output, /stories \(\d+ from cache\), (\d+) sentences in/) ?? 0;
      const pipelineSeconds = pipelineMs === null ? null : pipelineMs / 1000;
      console.log(
        JSON.stringify({
          benchmark: 'site',
          source: values.source,
          ...(rebuild ? { rebuild: true, fromCache: fromLog(measured.output, /stories \((\d+) from cache\)/) } : {}),
          stories: size,
          reports,
          sentences,
          pages: listFiles(out).filter((path) => path.endsWith('.html')).length,
          wallSeconds: round(measured.seconds),
          pipelineSeconds: round(pipelineSeconds),
          pageWritingSeconds: round(pageWritingSeconds(measured.output)),
          searchIndexSeconds: round(fromLog(measured.output, /pages for search, \d+ of them searchable, in ([\d.]+) s/)),
          integritySeconds: round(fromLog(measured.output, /checked on \d+ pages in ([\d.]+) s/)),
          peakMb: measured.peakMb ?? null,
          cpuSeconds: measured.cpuSeconds ?? null,
          peakTreeMb: measured.peakTreeMb ?? null,
          // On a rebuild most stories come from the cache, so sentences per second says little.
          sentencesPerSecond: pipelineSeconds === null || rebuild ? null : Math.round(sentences / pipelineSeconds),
          cores: availableParallelism(),
          loadAtStart: round(measured.load, 2),
        }),
      );
    };
    const out = join(work, 'dist');
    report(out, await build(out), false);
    if (values.rebuild) {
      // One report of the first story gains a sentence: the rebuild must re-run that story's pipeline only.
      const story = join(stories, readdirSync(stories).sort()[0] ?? '');
      const file = join(story, readdirSync(story).sort()[0] ?? '');
      writeFileSync(file, `${readFileSync(file, 'utf8')}The council met again on Friday.\n`);
      const again = join(work, 'dist-rebuild');
      report(again, await build(again), true);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
