/**
 * What align adds to a story: claim-level units cut from sentences, the claims that group units of
 * several reports, and the scored links between units that the comparison views show.
 */
import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly.ts';
import { claimIdSchema, sentenceIdSchema, sourceIdSchema, unitIdSchema } from './ids.ts';
import { countSchema } from './report.ts';

/** A claim-level piece of one sentence: the whole sentence or one clause of it. */
export const claimUnitSchema = z.object({
  id: unitIdSchema,
  sentence: sentenceIdSchema,
  source: sourceIdSchema,
  /** Offsets into the report's normalised text; always inside the sentence's span. */
  start: countSchema,
  end: countSchema,
  /** The unit's text, whitespace collapsed (an exact substring of the sentence text). */
  text: z.string(),
  /**
   * Who the unit is attributed to ("Sen. Chuck Schumer said", "according to the ministry"), exactly as
   * the sentence writes it, with offsets into the report's normalised text; absent for a narrated event.
   * A pronoun ("he said") is kept: attributed, though to no one named.
   */
  speaker: z.object({ text: z.string(), start: countSchema, end: countSchema }).optional(),
});
export type ClaimUnit = DeepReadonly<z.output<typeof claimUnitSchema>>;

/** A group of units from one or more reports that state the same claim. */
export const claimSchema = z.object({
  id: claimIdSchema,
  /** One-line summary: the text of the best-supported member unit, never invented wording. */
  summary: z.string(),
  /** The unit the summary was taken from. */
  summaryUnit: unitIdSchema,
  /**
   * Member units. Every unit is a primary member of exactly one claim; a unit that states two claims (a
   * compound sentence told as two sentences by another report) may also be a secondary member of others
   * (`align/cluster/secondary-members.ts`), so one unit id, and its sentence, may appear in several claims.
   */
  units: z.array(unitIdSchema),
  /** Distinct sentences supporting the claim, in report then text order. */
  sentences: z.array(sentenceIdSchema),
  /** Reports that carry the claim, in story order. */
  sources: z.array(sourceIdSchema),
  /** Mean pairwise alignment score of the members (1 for single-report claims). */
  cohesion: z.number(),
});
export type Claim = DeepReadonly<z.output<typeof claimSchema>>;

/** A scored link between two units of different reports, kept for the comparison views. */
export const unitLinkSchema = z.object({
  a: unitIdSchema,
  b: unitIdSchema,
  score: z.number(),
});
export type UnitLink = DeepReadonly<z.output<typeof unitLinkSchema>>;
