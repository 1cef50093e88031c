import { comparedStorySchema, type ComparedStory } from '../pipeline/model/story.ts';

/**
 * Zod schema of a compared story as story pages read it back from the pipeline cache (`readStoredStory`;
 * the `stories` collection holds only summaries, `story-summary.ts`): the pipeline's own
 * contract (`src/pipeline/model/story.ts`), not a copy of it, so what the site reads cannot drift from
 * what the pipeline writes, and the ids keep their brands (`SourceId`, `SentenceId` …) into the pages.
 */
export const storySchema = comparedStorySchema;

/** One story as its pages read it: the pipeline's `ComparedStory`. */
export type StoryEntryData = ComparedStory;
