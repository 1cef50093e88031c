import type { Loader } from 'astro/loaders';
import { resolve } from 'node:path';
import { readStoriesRoot } from '../pipeline/ingest/read-story-folder.ts';
import { runPipeline } from '../pipeline/run.ts';
import { storySchema } from './story-schema.ts';

export interface StoriesLoaderOptions {
  /** Folder holding one sub-folder per story; default `content/stories`, or `PARALLAX_STORIES` when set. */
  readonly root?: string | undefined;
}

/**
 * Content-layer loader: reads every story folder, runs the pipeline on it and stores the compared
 * story as one collection entry per story (id = story slug). `PARALLAX_STORIES` lets a script build
 * the site from another folder (e.g. evaluation stories) without copying them into `content/`.
 */
export function storiesLoader(options: StoriesLoaderOptions = {}): Loader {
  return {
    name: 'parallax-stories',
    schema: storySchema,
    load: async ({ store, parseData, generateDigest, logger }) => {
      const root = resolve(options.root ?? process.env['PARALLAX_STORIES'] ?? 'content/stories');
      store.clear();
      for (const raw of readStoriesRoot(root)) {
        const started = performance.now();
        const story = runPipeline(raw);
        const sentences = story.reports.reduce((sum, report) => sum + report.sentences.length, 0);
        for (const report of story.reports) {
          for (const warning of report.warnings) {
            logger.warn(`${warning.file}${warning.line === undefined ? '' : `:${warning.line}`}: ${warning.message}`);
          }
        }
        const data = await parseData({ id: story.slug, data: JSON.parse(JSON.stringify(story)) as Record<string, unknown> });
        store.set({ id: story.slug, data, digest: generateDigest(data) });
        logger.info(
          `${story.slug}: ${story.reports.length} reports, ${sentences} sentences, ${story.claims.length} claims, ` +
            `${story.discrepancies.length} discrepancies in ${Math.round(performance.now() - started)} ms`,
        );
      }
    },
  };
}
