/**
 * Same-output check for work on the pipeline's speed: runs `runPipeline` on every story, one after another on
 * one thread, and prints one line per story, its slug and the SHA-256 of its compared story as JSON text (what
 * the cache stores and the pages read), then one JSON line with the stories, their sentences, the thread's CPU
 * seconds for the pipeline and its wall seconds per stage. Run it on two commits and `diff` the story lines:
 * a change that is only faster leaves every one of them as it was.
 *
 *   npm run pipeline:hashes                          100 stories of 5 to 10 reports recombined from Hama and
 *                                                    news-dev ($PARALLAX_NEWS_DEV), as `npm run bench:site --
 *                                                    --sizes 100 --reports 5-10 --source news` builds them
 *   npm run pipeline:hashes -- --stories 10 --reports 3 --source hama
 *   npm run pipeline:hashes -- --folder <folder>     the story folders of <folder> (e.g. a news-dev corpus)
 *
 * The synthetic stories are written to a temporary folder and read back, as the benchmark reads them; a
 * story's location (part of its output) is written relative to the folder's parent, so hashes from two
 * checkouts or two runs compare.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readStoriesRoot } from '../src/pipeline/ingest/read-story-folder.ts';
import { runPipeline, type PipelineStage } from '../src/pipeline/run.ts';
import { parseReportRange, readSources, writeStories } from './lib/bench-stories.ts';

const ROOT = resolve(import.meta.dirname, '..');

const { values } = parseArgs({
  options: {
    stories: { type: 'string', default: '100' },
    reports: { type: 'string', default: '5-10' },
    source: { type: 'string', default: 'news' },
    folder: { type: 'string' },
  },
});

const work = values.folder === undefined ? mkdtempSync(join(tmpdir(), 'parallax-pipeline-hashes-')) : undefined;
try {
  const folder = values.folder ?? join(work ?? '', 'stories');
  if (work !== undefined) writeStories(folder, Number(values.stories), readSources(values.source, ROOT), parseReportRange(values.reports));
  // Locations relative to the folder's parent ("stories/story-0001"): the same from any checkout and temporary folder.
  const raws = readStoriesRoot(resolve(folder), dirname(resolve(folder)));
  const stageMs = new Map<PipelineStage, number>();
  let sentences = 0;
  const cpuBefore = process.threadCpuUsage();
  for (const raw of raws) {
    const story = runPipeline(raw, undefined, { onStage: (stage, ms) => stageMs.set(stage, (stageMs.get(stage) ?? 0) + ms) });
    const json = JSON.stringify(story);
    sentences += story.reports.reduce((sum, report) => sum + report.sentences.length, 0);
    console.log(`${raw.slug} ${createHash('sha256').update(json).digest('hex')}`);
  }
  const cpu = process.threadCpuUsage(cpuBefore);
  const seconds = (ms: number) => Math.round(ms) / 1000;
  console.log(
    JSON.stringify({
      stories: raws.length,
      sentences,
      cpuSeconds: seconds((cpu.user + cpu.system) / 1000),
      stageSeconds: Object.fromEntries([...stageMs].map(([stage, ms]) => [stage, seconds(ms)])),
    }),
  );
} finally {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
}
