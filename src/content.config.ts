import { defineCollection } from 'astro:content';
import { aboutPagesLoader, storyNotesLoader } from './collections/markdown-loader.ts';
import { markdownFileSchema } from './collections/markdown-schema.ts';
import { storiesLoader } from './collections/stories-loader.ts';
import { storySchema } from './collections/story-schema.ts';

/** One entry per story folder under `content/stories/`, holding the pipeline's compared story. */
const stories = defineCollection({ loader: storiesLoader(), schema: storySchema });

/** The written pages of the site (`content/about/*.md`), Markdown rendered through remark. */
const about = defineCollection({ loader: aboutPagesLoader(), schema: markdownFileSchema });

/** Editor's notes on a story (`content/stories/<slug>/notes.md`), by story slug; optional. */
const notes = defineCollection({ loader: storyNotesLoader(), schema: markdownFileSchema });

export const collections = { stories, about, notes };
