import { defineCollection } from 'astro:content';
import { storiesLoader } from './collections/stories-loader.ts';
import { storySchema } from './collections/story-schema.ts';

/** One entry per story folder under `content/stories/`, holding the pipeline's compared story. */
const stories = defineCollection({ loader: storiesLoader(), schema: storySchema });

export const collections = { stories };
