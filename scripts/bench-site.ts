/**
 * Site-scale benchmark: builds sites of 1, 10 and 100 synthetic stories (5 to 10 reports each,
 * recombined from the Hama reports by `lib/synthetic-story.ts`) and prints, per size, the pipeline
 * time, the full `astro build` time (pipeline, pages, search index, integrity check), pages
 * written and peak memory of each.
 *
 *   npm run bench:site                   sizes 1, 10, 100
 *   npm run bench:site -- --sizes 1,10
 *
 * Everything is written to a temporary folder. Peak memory is read with GNU time (`/usr/bin/time`)
 * where the machine has it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listFiles } from '../src/files/list-files.ts';
import { readStoriesRoot, readStoryFolder } from '../src/pipeline/ingest/read-story-folder.ts';
import { runPipeline } from '../src/pipeline/run.ts';
import { makeSyntheticStory } from './lib/synthetic-story.ts';

const ROOT = resolve(import.meta.dirname, '..');
const GNU_TIME = '/usr/bin/time';

/** Writes `count` synthetic stories of 5 to 10 reports into `root`. */
function writeStories(root: string, count: number): number {
  const hama = readStoryFolder(join(ROOT, 'content', 'stories', 'hama'));
  let reports = 0;
  for (let i = 0; i < count; i++) {
    const size = 5 + (i % 6);
    const story = makeSyntheticStory(hama, size, { seed: 1000 + i });
    const dir = join(root, `story-${String(i + 1).padStart(3, '0')}`);
    mkdirSync(dir, { recursive: true });
    for (const file of story.files) writeFileSync(join(dir, file.name), file.bytes);
    reports += size;
  }
  return reports;
}

/** Runs a command, returning its wall time and (with GNU time) peak resident memory in MB. */
function measure(command: string, args: readonly string[], env: NodeJS.ProcessEnv): { seconds: number; peakMb?: number; output: string } {
  const memoryFile = join(tmpdir(), `parallax-bench-${process.pid}-${Date.now()}.mem`);
  const useTime = existsSync(GNU_TIME);
  const started = performance.now();
  const result = useTime
    ? spawnSync(GNU_TIME, ['-f', '%M', '-o', memoryFile, command, ...args], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    : spawnSync(command, [...args], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  const peakKb = useTime && existsSync(memoryFile) ? Number(readFileSync(memoryFile, 'utf8').trim().split('\n').at(-1)) : NaN;
  rmSync(memoryFile, { force: true });
  return { seconds, ...(Number.isFinite(peakKb) ? { peakMb: Math.round(peakKb / 1024) } : {}), output: result.stdout + result.stderr };
}

/** Counts the HTML pages under a folder. */
function countPages(dir: string): number {
  return listFiles(dir).filter((path) => path.endsWith('.html')).length;
}

/** Child mode: runs the pipeline on every story of a folder and prints the sentence count. */
function runPipelineOnly(root: string): void {
  let sentences = 0;
  for (const raw of readStoriesRoot(root, root)) {
    const story = runPipeline(raw);
    sentences += story.reports.reduce((sum, report) => sum + report.sentences.length, 0);
  }
  console.log(`sentences=${sentences}`);
}

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1,10,100' }, 'pipeline-only': { type: 'string' } } });
if (values['pipeline-only'] !== undefined) {
  runPipelineOnly(values['pipeline-only']);
} else {
  const rows: Record<string, number | string>[] = [];
  for (const size of values.sizes.split(',').map(Number)) {
    const work = mkdtempSync(join(tmpdir(), 'parallax-bench-site-'));
    const stories = join(work, 'stories');
    const reports = writeStories(stories, size);
    const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
    const pipeline = measure(process.execPath, [import.meta.filename, '--pipeline-only', stories], env);
    const sentences = Number(/sentences=(\d+)/.exec(pipeline.output)?.[1] ?? 0);
    const out = join(work, 'dist');
    const build = measure(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
      ...env,
      PARALLAX_STORIES: stories,
      PARALLAX_CACHE_DIR: join(work, 'cache'),
    });
    const row = {
      stories: size,
      reports,
      sentences,
      pipelineSeconds: Math.round(pipeline.seconds * 10) / 10,
      pipelinePeakMb: pipeline.peakMb ?? 'n/a',
      buildSeconds: Math.round(build.seconds * 10) / 10,
      buildPeakMb: build.peakMb ?? 'n/a',
      pages: countPages(out),
    };
    rows.push(row);
    console.log(
      `${size} stories, ${reports} reports, ${sentences} sentences: pipeline ${row.pipelineSeconds} s (peak ${row.pipelinePeakMb} MB); ` +
        `astro build ${row.buildSeconds} s (peak ${row.buildPeakMb} MB), ${row.pages} pages`,
    );
    rmSync(work, { recursive: true, force: true });
  }
  console.log(JSON.stringify({ benchmark: 'site', rows }));
}
