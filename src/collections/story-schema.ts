import { z } from 'astro/zod';
import { DERIVATION_VERDICTS } from '../pipeline/provenance/types.ts';
import { BLOCK_KINDS, DISCREPANCY_KINDS, TEXT_DIRECTIONS } from '../pipeline/types.ts';

/**
 * Zod schema of a compared story as stored in the `stories` content collection. It mirrors
 * `ComparedStory` in `src/pipeline/types.ts`; `tests/site/story-schema.test.ts` checks that real
 * pipeline output parses, so the two cannot drift apart unnoticed.
 */
const span = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

const sourceMetadataSchema = z.object({
  outlet: z.string().optional(),
  url: z.string().optional(),
  published: z.string().optional(),
  language: z.string().optional(),
});

const blockSchema = z.object({
  kind: z.enum(BLOCK_KINDS),
  ...span,
  line: z.number().int().positive(),
  lastLine: z.number().int().positive(),
});

const sentenceSchema = z.object({
  id: z.string(),
  source: z.string(),
  kind: z.enum(BLOCK_KINDS),
  paragraph: z.number().int().nonnegative(),
  position: z.number().int().nonnegative(),
  ...span,
  line: z.number().int().positive(),
  text: z.string(),
});

const paragraphSchema = z.object({
  index: z.number().int().nonnegative(),
  kind: z.enum(BLOCK_KINDS),
  ...span,
  sentences: z.array(z.string()),
});

const warningSchema = z.object({ file: z.string(), line: z.number().int().optional(), message: z.string() });

const reportSchema = z.object({
  id: z.string(),
  file: z.string(),
  text: z.string(),
  title: z.string(),
  blocks: z.array(blockSchema),
  metadata: sourceMetadataSchema,
  duplicateOf: z.string().optional(),
  warnings: z.array(warningSchema),
  paragraphs: z.array(paragraphSchema),
  sentences: z.array(sentenceSchema),
  language: z.object({
    tag: z.string(),
    english: z.boolean(),
    source: z.enum(['declared', 'detected', 'too-short']),
    englishShare: z.number(),
    script: z.string().optional(),
    direction: z.enum(TEXT_DIRECTIONS),
  }),
});

const unitSchema = z.object({ id: z.string(), sentence: z.string(), source: z.string(), ...span, text: z.string() });

const claimSchema = z.object({
  id: z.string(),
  summary: z.string(),
  summaryUnit: z.string(),
  units: z.array(z.string()),
  sentences: z.array(z.string()),
  sources: z.array(z.string()),
  cohesion: z.number(),
});

const discrepancySchema = z.looseObject({
  id: z.string(),
  kind: z.enum(DISCREPANCY_KINDS),
  severity: z.enum(['contradiction', 'variant']),
  claim: z.string(),
  summary: z.string(),
  sentences: z.array(z.string()),
  values: z.record(z.string(), z.string()),
  missingFrom: z.array(z.string()).optional(),
  diff: z.array(z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() })).optional(),
});

const share = z.number().min(0).max(1);

const derivationPairSchema = z.object({
  source: z.string(),
  carrier: z.string(),
  claims: z.number().int().nonnegative(),
  shared: z.number().int().nonnegative(),
  coverage: share,
  inOrder: z.number().int().nonnegative(),
  orderAgreement: share,
  orderChance: share,
  wording: share.optional(),
  wordingClaims: z.number().int().nonnegative(),
  verbatimClaims: z.number().int().nonnegative(),
  sharedClaims: z.array(z.string()),
  verdict: z.enum(DERIVATION_VERDICTS),
  explanation: z.string(),
});

const derivationSchema = z.object({ reports: z.array(z.string()), pairs: z.array(derivationPairSchema) });

export const storySchema = z.object({
  slug: z.string(),
  location: z.string(),
  title: z.string(),
  metadata: z.object({
    title: z.string().optional(),
    published: z.string().optional(),
    reports: z.record(z.string(), sourceMetadataSchema),
  }),
  reports: z.array(reportSchema),
  units: z.array(unitSchema),
  claims: z.array(claimSchema),
  links: z.array(z.object({ a: z.string(), b: z.string(), score: z.number() })),
  discrepancies: z.array(discrepancySchema),
  derivation: derivationSchema.optional(),
  notices: z.array(warningSchema).optional(),
});

export type StoryEntryData = z.infer<typeof storySchema>;
