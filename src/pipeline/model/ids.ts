/**
 * The ids that name the pieces of a story. Each is a string that the type system keeps apart from other
 * strings (a zod brand: it costs nothing at run time and adds nothing to the JSON Schema), so a sentence id
 * cannot be passed where a report id is expected, from the pipeline through the content collection to the
 * site's routes. The pipeline makes ids with `as`; the schemas check them where stored JSON is read back.
 */
import { z } from 'zod';

/** URL-safe folder name of a story, e.g. `hama`. */
export const storySlugSchema = z.string().brand<'StorySlug'>();
export type StorySlug = z.output<typeof storySlugSchema>;

/** URL-safe id of one report in a story, derived from its file name, e.g. `000-8249785760228b4c`. */
export const sourceIdSchema = z.string().brand<'SourceId'>();
export type SourceId = z.output<typeof sourceIdSchema>;

/** Story-unique, build-stable id of a sentence; also its HTML anchor, e.g. `000-8249785760228b4c-p3-s2`. */
export const sentenceIdSchema = z.string().brand<'SentenceId'>();
export type SentenceId = z.output<typeof sentenceIdSchema>;

/** Story-unique id of a claim-level unit (a sentence or a clause of one), e.g. `…-p3-s2-u1`. */
export const unitIdSchema = z.string().brand<'UnitId'>();
export type UnitId = z.output<typeof unitIdSchema>;

/** Story-unique id of a claim cluster, e.g. `c007`. */
export const claimIdSchema = z.string().brand<'ClaimId'>();
export type ClaimId = z.output<typeof claimIdSchema>;

/** Story-unique id of a discrepancy, e.g. `d003`. */
export const discrepancyIdSchema = z.string().brand<'DiscrepancyId'>();
export type DiscrepancyId = z.output<typeof discrepancyIdSchema>;
