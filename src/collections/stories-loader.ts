import type { Loader } from 'astro/loaders';
import { join, resolve } from 'node:path';
import { formatByteSize } from '../pipeline/ingest/index.ts';
import { readStoriesRootWithNotices } from '../pipeline/ingest/read-story-folder.ts';
import { runPipeline } from '../pipeline/run.ts';
import type { ComparedStory, IngestWarning, RawStory } from '../pipeline/types.ts';
import { PipelineCache, pipelineVersion, storyCacheKey } from './pipeline-cache.ts';
import { storySchema } from './story-schema.ts';

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

const storyBytes = (raw: RawStory) => raw.files.reduce((sum, file) => sum + file.bytes.length, 0);

/**
 * Content-layer loader: reads every story folder, runs the pipeline on it (or takes the cached
 * result when neither the story's files nor the pipeline changed) and stores the compared story as
 * one collection entry per story (id = story slug). Every skipped folder or file (hidden, symbolic
 * link, special file) and every report warning is logged as a warning. `PARALLAX_STORIES` lets a
 * script build the site from another folder (e.g. evaluation stories) without copying them into
 * `content/`; `PARALLAX_NO_CACHE=1` forces a fresh run.
 */
export function storiesLoader(options: StoriesLoaderOptions = {}): Loader {
  return {
    name: 'parallax-stories',
    schema: storySchema,
    load: async ({ store, parseData, generateDigest, logger, config }) => {
      const root = resolve(options.root ?? process.env['PARALLAX_STORIES'] ?? 'content/stories');
      const cache = new PipelineCache(join(process.env['PARALLAX_CACHE_DIR'] ?? new URL(config.cacheDir).pathname, 'parallax-pipeline'));
      const version = pipelineVersion(resolve('src/pipeline'));
      const useCache = process.env['PARALLAX_NO_CACHE'] !== '1';
      const { stories: raws, notices } = readStoriesRootWithNotices(root);
      for (const notice of notices) logger.warn(formatWarning(notice));
      store.clear();
      const started = performance.now();
      let sentences = 0;
      let cached = 0;
      for (const [done, raw] of raws.entries()) {
        const key = storyCacheKey(raw, version);
        const hit = useCache ? cache.read(raw.slug, key) : undefined;
        const bytes = storyBytes(raw);
        const large = hit === undefined && bytes >= LARGE_STORY_BYTES;
        if (large) logger.info(`${done + 1}/${raws.length} ${raw.slug}: ${formatByteSize(bytes)} in ${raw.files.length} reports; timing each stage`);
        const story =
          hit ??
          runPipeline(raw, undefined, {
            onStage: large ? (stage, ms) => logger.info(`${raw.slug}: ${stage} done in ${(ms / 1000).toFixed(1)} s`) : undefined,
          });
        if (hit) cached++;
        else if (useCache) cache.write(raw.slug, key, story);
        for (const notice of story.notices ?? []) logger.warn(formatWarning(notice));
        for (const report of story.reports) {
          for (const warning of report.warnings) logger.warn(formatWarning(warning));
        }
        const data = await parseData({ id: story.slug, data: JSON.parse(JSON.stringify(story)) as Record<string, unknown> });
        store.set({ id: story.slug, data, digest: generateDigest(data) });
        sentences += countSentences(story);
        const seconds = (performance.now() - started) / 1000;
        logger.info(
          `${done + 1}/${raws.length} ${story.slug}${hit ? ' (cached)' : ''}: ${story.reports.length} reports, ` +
            `${story.claims.length} claims, ${story.discrepancies.length} discrepancies; ` +
            `${Math.round(sentences / Math.max(seconds, 0.001))} sentences/s`,
        );
      }
      logger.info(`${raws.length} stories (${cached} from cache) in ${Math.round(performance.now() - started)} ms`);
    },
  };
}
