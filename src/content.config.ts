import { defineCollection } from 'astro:content';
import { aboutPagesLoader, storyNotesLoader } from './collections/markdown-loader.ts';
import { markdownFileSchema } from './collections/markdown-schema.ts';
import { storiesLoader } from './collections/stories-loader.ts';
import { storySummarySchema } from './collections/story-summary.ts';

/**
 * One entry per story folder under `content/stories/`, holding the summary lists need; the whole compared
 * story stays in the pipeline cache's file and pages load it by slug (`src/site/story-paths.ts`).
 */
const stories = defineCollection({ loader: storiesLoader(), schema: storySummarySchema });

/** The written pages of the site (`content/about/*.md`), Markdown rendered through remark. */
const about = defineCollection({ loader: aboutPagesLoader(), schema: markdownFileSchema });

/** Editor's notes on a story (`content/stories/<slug>/notes.md`), by story slug; optional. */
const notes = defineCollection({ loader: storyNotesLoader(), schema: markdownFileSchema });

export const collections = { stories, about, notes };
