import { comparedStorySchema, type ComparedStory } from '../pipeline/model/story.ts';

/**
 * Zod schema of a compared story as stored in the `stories` content collection: the pipeline's own
 * contract (`src/pipeline/model/story.ts`), not a copy of it, so what the site reads cannot drift from
 * what the pipeline writes, and the ids keep their brands (`SourceId`, `SentenceId` …) into the pages.
 */
export const storySchema = comparedStorySchema;

/** One collection entry's data, as pages read it: the pipeline's `ComparedStory`. */
export type StoryEntryData = ComparedStory;
