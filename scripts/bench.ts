/**
 * Times the pipeline up to alignment (ingest → segment → align) on the Hama story and on synthetic
 * stories of 10, 100 and 1,000 reports recombined from it (`lib/synthetic-story.ts`); with `--large`,
 * times instead the whole pipeline on single large reports (`lib/large-report.ts`), builds the site of a
 * 1 MB report beside four Hama reports, and checks that a report over the size limit is refused.
 *
 *   npm run bench                 all sizes, each in its own process so peak memory is its own
 *   npm run bench -- --sizes 10,100
 *   npm run bench -- --large      large reports: 80, 160, 320 and 640 KB alone; 1 MB beside four normal
 *                                 reports (pipeline, then the whole site build with its integrity check);
 *                                 a 1 MB line without punctuation beside four; just under the 2 MB limit
 *                                 beside four; 5 MB beside four (refused)
 *   npm run bench -- --large --cases single-80k,beside-1m --no-build
 *
 * Prints one line per size or case and a JSON line with the same figures. Wall times on a shared machine
 * vary from run to run; the CPU seconds of each pipeline run vary less.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { alignStory, type AlignStats } from '../src/pipeline/align/index.ts';
import { IngestError, MAX_REPORT_BYTES, formatByteSize, ingestStory } from '../src/pipeline/ingest/index.ts';
import { readStoryFolder } from '../src/pipeline/ingest/read-story-folder.ts';
import { runPipeline, type PipelineStage } from '../src/pipeline/run.ts';
import { segmentStory } from '../src/pipeline/segment/index.ts';
import { buildSite } from './lib/build-site.ts';
import { makeLargeReport, makeUnpunctuatedLine } from './lib/large-report.ts';
import { makeSyntheticStory } from './lib/synthetic-story.ts';

const HAMA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'content', 'stories', 'hama');
const SCRIPT = fileURLToPath(import.meta.url);

/** Figures of one benchmark run. */
interface BenchResult {
  readonly story: string;
  readonly reports: number;
  readonly ingestMs: number;
  readonly segmentMs: number;
  readonly alignMs: number;
  readonly stats: AlignStats;
  readonly heapUsedMb: number;
  readonly maxRssMb: number;
}

/** Runs one size in this process: 0 means the real Hama story. */
function runOne(size: number): BenchResult {
  const hama = readStoryFolder(HAMA_DIR);
  const raw = size === 0 ? hama : makeSyntheticStory(hama, size);
  let started = performance.now();
  const ingested = ingestStory(raw);
  const ingestMs = performance.now() - started;
  started = performance.now();
  const segmented = segmentStory(ingested);
  const segmentMs = performance.now() - started;
  let stats: AlignStats | undefined;
  started = performance.now();
  alignStory(segmented, undefined, { onStats: (value) => (stats = value) });
  const alignMs = performance.now() - started;
  if (stats === undefined) throw new Error('alignStory reported no stats');
  return {
    story: size === 0 ? 'hama' : `synthetic-${size}`,
    reports: raw.files.length,
    ingestMs,
    segmentMs,
    alignMs,
    stats,
    heapUsedMb: process.memoryUsage().heapUsed / 2 ** 20,
    // resourceUsage().maxRSS is in kilobytes.
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

/** Runs one size in a child process, so its peak memory is not mixed with the others'. */
function runIsolated(size: number): BenchResult {
  const child = spawnSync(process.execPath, [SCRIPT, '--one', String(size)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`bench of size ${size} failed:\n${child.stderr}`);
  const last = child.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as BenchResult;
}

/** One large-report case: how its story folder is made. */
interface LargeCase {
  readonly name: string;
  readonly description: string;
  /** Hama reports put beside the large one. */
  readonly beside: number;
  readonly text: (filler: readonly string[]) => string;
  /** Whether `--large` also builds the site of this case. */
  readonly build?: boolean;
}

const KB = 1000;
const MB = 1000 * KB;

const LARGE_CASES: readonly LargeCase[] = [
  ...[80, 160, 320, 640].map((size) => ({
    name: `single-${size}k`,
    description: `one ${size} KB report`,
    beside: 0,
    text: (filler: readonly string[]) => makeLargeReport(size * KB, { fillerLines: filler }),
  })),
  {
    name: 'beside-1m',
    description: 'a 1 MB report beside four normal ones',
    beside: 4,
    text: (filler) => makeLargeReport(MB, { fillerLines: filler }),
    build: true,
  },
  { name: 'line-1m', description: 'a 1 MB line without punctuation beside four', beside: 4, text: () => makeUnpunctuatedLine(MB) },
  {
    name: 'beside-limit',
    description: 'a report just under the size limit beside four',
    beside: 4,
    text: (filler) => makeLargeReport(MAX_REPORT_BYTES - 5 * KB, { fillerLines: filler }),
  },
  { name: 'refuse-5m', description: 'a 5 MB report beside four (over the limit)', beside: 4, text: (filler) => makeLargeReport(5 * MB, { fillerLines: filler }) },
];

/** Figures of one large-report pipeline run. */
interface LargeResult {
  readonly case: string;
  readonly bytes: number;
  readonly reports: number;
  readonly sentences?: number;
  readonly claims?: number;
  /** Wall milliseconds per stage. */
  readonly stages?: Partial<Record<PipelineStage, number>>;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly maxRssMb: number;
  /** The IngestError message when the story was refused. */
  readonly refused?: string;
}

/** Writes a case's story folder (Hama reports beside one large report) and returns its path. */
function writeLargeCase(root: string, largeCase: LargeCase): string {
  const dir = join(root, largeCase.name, 'stories', largeCase.name);
  mkdirSync(dir, { recursive: true });
  const hamaFiles = readdirSync(HAMA_DIR).filter((name) => name.endsWith('.txt')).sort();
  const filler = readStoryFolder(HAMA_DIR).files.flatMap((file) =>
    new TextDecoder()
      .decode(file.bytes)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  );
  for (const name of hamaFiles.slice(0, largeCase.beside)) copyFileSync(join(HAMA_DIR, name), join(dir, name));
  writeFileSync(join(dir, 'zz-large.txt'), largeCase.text(filler));
  return dir;
}

/** Runs the whole pipeline on one story folder in this process. */
function runLargeOne(name: string, dir: string): LargeResult {
  // Paths in messages start at the folder of stories, as in a build of them.
  const raw = readStoryFolder(dir, dirname(dir));
  const bytes = raw.files.reduce((sum, file) => sum + file.bytes.length, 0);
  const stages: Partial<Record<PipelineStage, number>> = {};
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const usage = () => {
    const cpu = process.cpuUsage(cpuBefore);
    return {
      wallMs: Math.round(performance.now() - started),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  };
  try {
    const story = runPipeline(raw, undefined, { onStage: (stage, ms) => (stages[stage] = Math.round(ms)) });
    return {
      case: name,
      bytes,
      reports: raw.files.length,
      sentences: story.reports.reduce((sum, report) => sum + report.sentences.length, 0),
      claims: story.claims.length,
      stages,
      ...usage(),
    };
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    return { case: name, bytes, reports: raw.files.length, ...usage(), refused: error.message };
  }
}

/** Builds the site of one story folder; returns the build's wall seconds and what its log says of the pipeline and the integrity check. */
async function buildLargeCase(storiesRoot: string, work: string): Promise<{ buildSeconds: number; pipelineSeconds?: number; integritySeconds?: number }> {
  const started = performance.now();
  const build = await buildSite(storiesRoot, join(work, 'dist'), join(work, 'cache'));
  const buildSeconds = (performance.now() - started) / 1000;
  const pipelineMs = /stories \(0 from cache\), \d+ sentences in (\d+) ms/.exec(build.log)?.[1];
  const integritySeconds = /checked on \d+ pages in ([\d.]+) s/.exec(build.log)?.[1];
  return {
    buildSeconds: Math.round(buildSeconds * 10) / 10,
    ...(pipelineMs === undefined ? {} : { pipelineSeconds: Number(pipelineMs) / 1000 }),
    ...(integritySeconds === undefined ? {} : { integritySeconds: Number(integritySeconds) }),
  };
}

/** Runs the large-report cases, each pipeline in its own process, and prints their figures. */
async function runLarge(names: readonly string[], build: boolean): Promise<void> {
  const cases = LARGE_CASES.filter((largeCase) => names.length === 0 || names.includes(largeCase.name));
  const root = mkdtempSync(join(tmpdir(), 'parallax-bench-large-'));
  const rows: Record<string, unknown>[] = [];
  const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
  try {
    for (const largeCase of cases) {
      const dir = writeLargeCase(root, largeCase);
      const child = spawnSync(process.execPath, [SCRIPT, '--large-one', largeCase.name, '--dir', dir], { encoding: 'utf8', maxBuffer: 1 << 24 });
      if (child.status !== 0) throw new Error(`bench of ${largeCase.name} failed:\n${child.stderr}`);
      const result = JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as LargeResult;
      const size = `${largeCase.name.padEnd(13)} ${formatByteSize(result.bytes).padStart(7)} in ${result.reports} report${result.reports === 1 ? '' : 's'}`;
      let line: string;
      if (result.refused !== undefined) {
        line = `${size}: refused in ${seconds(result.wallMs)}: ${result.refused}`;
      } else {
        const stages = Object.entries(result.stages ?? {})
          .map(([stage, ms]) => `${stage} ${seconds(ms)}`)
          .join(', ');
        line =
          `${size}: pipeline ${seconds(result.wallMs)} (CPU ${seconds(result.cpuMs)}; ${stages}), ${result.sentences ?? 0} sentences, ` +
          `${result.claims ?? 0} claims, peak RSS ${result.maxRssMb} MB`;
      }
      const row: Record<string, unknown> = { ...result, description: largeCase.description };
      if (build && largeCase.build === true && result.refused === undefined) {
        const site = await buildLargeCase(dirname(dir), join(root, largeCase.name));
        Object.assign(row, site);
        line +=
          `; astro build ${site.buildSeconds.toFixed(1)} s (its pipeline ${site.pipelineSeconds?.toFixed(1) ?? '?'} s, ` +
          `integrity check ${site.integritySeconds?.toFixed(1) ?? '?'} s)`;
      }
      console.log(line);
      rows.push(row);
      rmSync(join(root, largeCase.name), { recursive: true, force: true });
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  console.log(JSON.stringify({ benchmark: 'large-reports', rows }));
}

const { values } = parseArgs({
  options: {
    one: { type: 'string' },
    sizes: { type: 'string' },
    large: { type: 'boolean', default: false },
    cases: { type: 'string' },
    build: { type: 'boolean', default: true },
    'large-one': { type: 'string' },
    dir: { type: 'string' },
  },
  allowNegative: true,
});
if (values['large-one'] !== undefined) {
  console.log(JSON.stringify(runLargeOne(values['large-one'], values.dir ?? '')));
} else if (values.large) {
  await runLarge(values.cases?.split(',') ?? [], values.build);
} else if (values.one !== undefined) {
  console.log(JSON.stringify(runOne(Number(values.one))));
} else {
  const sizes = (values.sizes ?? '0,10,100,1000').split(',').map(Number);
  const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`.padStart(9);
  console.log(
    'story            reports   ingest  segment    align   units   scored / all cross-report pairs    links  claims  peak RSS',
  );
  const results: BenchResult[] = [];
  for (const size of sizes) {
    const result = runIsolated(size);
    results.push(result);
    const share =
      result.stats.crossReportPairs === 0 ? 0 : result.stats.scoredCrossReportPairs / result.stats.crossReportPairs;
    console.log(
      [
        result.story.padEnd(16),
        String(result.reports).padStart(7),
        seconds(result.ingestMs),
        seconds(result.segmentMs),
        seconds(result.alignMs),
        String(result.stats.units).padStart(7),
        `${String(result.stats.scoredCrossReportPairs).padStart(10)} / ${String(result.stats.crossReportPairs).padStart(11)} (${(share * 100).toFixed(2)}%)`,
        String(result.stats.links).padStart(8),
        String(result.stats.claims).padStart(7),
        `${result.maxRssMb.toFixed(0)} MB`.padStart(9),
      ].join(' '),
    );
  }
  const round = (value: number): number => Math.round(value);
  console.log(
    JSON.stringify(
      results.map((result) => ({
        story: result.story,
        reports: result.reports,
        ms: { ingest: round(result.ingestMs), segment: round(result.segmentMs), align: round(result.alignMs) },
        units: result.stats.units,
        scoredPairs: result.stats.scoredPairs,
        scoredCrossReportPairs: result.stats.scoredCrossReportPairs,
        crossReportPairs: result.stats.crossReportPairs,
        links: result.stats.links,
        claims: result.stats.claims,
        maxRssMb: round(result.maxRssMb),
      })),
    ),
  );
}
