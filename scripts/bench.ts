/**
 * Times the pipeline up to alignment (ingest → segment → align) on the Hama story and on synthetic
 * stories of 10, 100 and 1,000 reports recombined from it (`lib/synthetic-story.ts`).
 *
 *   npm run bench                 all sizes, each in its own process so peak memory is its own
 *   npm run bench -- --sizes 10,100
 *
 * Prints one line per size (time per stage, units, pairs scored against all cross-report pairs, links,
 * claims, peak resident memory) and a JSON line with the same figures.
 */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { alignStory, type AlignStats } from '../src/pipeline/align/index.ts';
import { ingestStory } from '../src/pipeline/ingest/index.ts';
import { readStoryFolder } from '../src/pipeline/ingest/read-story-folder.ts';
import { segmentStory } from '../src/pipeline/segment/index.ts';
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

const { values } = parseArgs({ options: { one: { type: 'string' }, sizes: { type: 'string' } } });
if (values.one !== undefined) {
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
