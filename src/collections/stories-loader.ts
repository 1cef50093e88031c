import type { Loader } from 'astro/loaders';
import { join, resolve } from 'node:path';
import { formatByteSize } from '../pipeline/ingest/index.ts';
import { buildCacheFolder, buildCachesOff, storiesFolder } from './build-folders.ts';
import { inShard, parseShard } from './shard.ts';
import { readStoriesRootWithNotices } from '../pipeline/ingest/read-story-folder.ts';
import { runPipeline } from '../pipeline/run.ts';
import type { ComparedStory, IngestWarning, RawStory } from '../pipeline/types.ts';
import { PipelineCache, pipelineVersion, storyCacheKey } from './pipeline-cache.ts';
import { pipelineThreadCount, runPipelines } from './pipeline-pool.ts';
import { storySummarySchema, summarizeStory } from './story-summary.ts';

export interface StoriesLoaderOptions {
  /** Folder holding one sub-folder per story; default `content/stories`, or `PARALLAX_STORIES` when set. */
  readonly root?: string | undefined;
}

const countSentences = (story: ComparedStory) => story.reports.reduce((sum, report) => sum + report.sentences.length, 0);

/** One warning as a build-log line, `file:line: message`, so editors can jump to it. */
const formatWarning = (warning: IngestWarning) => `${warning.file}${warning.line === undefined ? '' : `:${warning.line}`}: ${warning.message}`;

/**
 * Size of a story (its report files together) from which the build log names each pipeline stage as it
 * ends, with its time: ten times the Hama story, where a run starts to take seconds; a 1 MB story takes
 * tens of seconds, and the log should show where it is.
 */
const LARGE_STORY_BYTES = 200_000;

/** A cached story's JSON text as an object, or undefined when it is not valid JSON. */
function parseStoredStory(json: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

const storyBytes = (raw: RawStory) => raw.files.reduce((sum, file) => sum + file.bytes.length, 0);

/**
 * Content-layer loader: reads every story folder, runs the pipeline on it (or takes the cached
 * result when neither the story's files nor the pipeline changed), keeps the compared story in the
 * pipeline cache's file and stores only its summary (`story-summary.ts`) as one collection entry per
 * story (id = story slug), so the build's memory does not grow with the archive; story pages read the
 * whole story back from that file (`src/site/story-paths.ts` `loadStory`). Every skipped folder or file (hidden, symbolic
 * link, special file) and every report warning is logged as a warning. Stories not in the cache run on a
 * thread per core (`pipeline-pool.ts`; below 100 KB of reports, or with `PARALLAX_WORKERS=1`, in this thread),
 * and are stored in the order of their folders, so the result does not depend on which thread finished first. `PARALLAX_STORIES` lets a
 * script build the site from another folder (e.g. evaluation stories) without copying them into
 * `content/`; `PARALLAX_NO_CACHE=1` forces a fresh run.
 */
export function storiesLoader(options: StoriesLoaderOptions = {}): Loader {
  return {
    name: 'parallax-stories',
    schema: storySummarySchema,
    load: async ({ store, parseData, generateDigest, logger, config }) => {
      const root = storiesFolder(options.root);
      const cache = new PipelineCache(join(buildCacheFolder(config.cacheDir), 'parallax-pipeline'));
      const version = pipelineVersion(resolve('src/pipeline'));
      const useCache = !buildCachesOff();
      const { stories: all, notices } = readStoriesRootWithNotices(root);
      for (const notice of notices) logger.warn(formatWarning(notice));
      // A sharded build (`PARALLAX_SHARD=<i>/<n>`, see shard.ts) keeps only its own stories.
      const shard = parseShard(process.env['PARALLAX_SHARD']);
      const raws = all.filter((raw) => inShard(raw.slug, shard));
      if (shard !== undefined) logger.info(`shard ${shard.index}/${shard.count}: ${raws.length} of ${all.length} stories`);
      store.clear();
      const started = performance.now();
      const keys = raws.map((raw) => storyCacheKey(raw, version));
      const hits = raws.map((raw, index) => useCache && cache.has(raw.slug, keys[index] ?? ''));
      const misses = raws.filter((_, index) => hits[index] !== true);
      const large = (raw: RawStory) => storyBytes(raw) >= LARGE_STORY_BYTES;
      const workers = pipelineThreadCount(misses);
      if (misses.length > 0) logger.info(`running the pipeline on ${misses.length} ${misses.length === 1 ? 'story' : 'stories'} on ${workers} ${workers > 1 ? 'threads' : 'thread'}`);
      const fresh = runPipelines(misses, {
        workers,
        timeStages: large,
        onStage: (raw, stage, ms) => logger.info(`${raw.slug}: ${stage} done in ${(ms / 1000).toFixed(1)} s`),
      });
      let sentences = 0;
      let cached = 0;
      try {
        for (const [done, raw] of raws.entries()) {
          const key = keys[done] ?? '';
          let json = hits[done] === true ? cache.readJson(raw.slug, key) : undefined;
          let parsed = json === undefined ? undefined : parseStoredStory(json);
          if (parsed !== undefined) cached++;
          else if (hits[done] === true) {
            // A stored entry that cannot be read (e.g. cut short by a full disk) is run again, here.
            json = JSON.stringify(runPipeline(raw));
            parsed = JSON.parse(json) as Record<string, unknown>;
            cache.writeJson(raw.slug, key, json);
          } else {
            if (large(raw)) logger.info(`${done + 1}/${raws.length} ${raw.slug}: ${formatByteSize(storyBytes(raw))} in ${raw.files.length} reports; timing each stage`);
            const next = await fresh.next();
            if (next.done === true || next.value.raw !== raw) throw new Error(`the pipeline pool did not return story ${raw.slug}`);
            json = next.value.json;
            parsed = JSON.parse(json) as Record<string, unknown>;
            // Written even with PARALLAX_NO_CACHE=1 (which only stops reading it): the story pages read it back.
            cache.writeJson(raw.slug, key, json);
          }
          const story = parsed as unknown as ComparedStory;
          for (const notice of story.notices ?? []) logger.warn(formatWarning(notice));
          for (const report of story.reports) {
            for (const warning of report.warnings) logger.warn(formatWarning(warning));
          }
          const data = await parseData({ id: story.slug, data: summarizeStory(story, cache.fileOf(raw.slug, key)) as unknown as Record<string, unknown> });
          store.set({ id: story.slug, data, digest: generateDigest(data) });
          sentences += countSentences(story);
          const seconds = (performance.now() - started) / 1000;
          logger.info(
            `${done + 1}/${raws.length} ${story.slug}${hits[done] === true ? ' (cached)' : ''}: ${story.reports.length} reports, ` +
              `${story.claims.length} claims, ${story.discrepancies.length} discrepancies; ` +
              `${Math.round(sentences / Math.max(seconds, 0.001))} sentences/s`,
          );
        }
      } finally {
        // Ends the worker threads even when a story fails to parse.
        await fresh.return(undefined);
      }
      // `npm run bench:site` reads this line: keep its shape.
      logger.info(`${raws.length} stories (${cached} from cache), ${sentences} sentences in ${Math.round(performance.now() - started)} ms`);
    },
  };
}
