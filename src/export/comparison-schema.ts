import { z } from 'zod';
import { coverageKindSchema } from '../pipeline/model/coverage.ts';
import { derivationPairSchema, derivationSchema, shareSchema } from '../pipeline/model/derivation.ts';
import {
  diffRunSchema,
  discrepancyKindSchema,
  discrepancyValuesSchema,
  severitySchema,
} from '../pipeline/model/discrepancy.ts';
import { claimIdSchema, discrepancyIdSchema, sentenceIdSchema, sourceIdSchema, storySlugSchema } from '../pipeline/model/ids.ts';
import { blockKindSchema, countSchema, ingestedReportSchema, textDirectionSchema } from '../pipeline/model/report.ts';

/**
 * The public, versioned format of `comparison.json`. This zod schema is the single source: the
 * committed JSON Schema (`schemas/comparison.schema.json`) is generated from it by
 * `npm run schema`, and a test fails when the two differ. It is a different shape from the stored story
 * (flat lists of sources, sentences, claims and discrepancies, each with the URL of its page, and no
 * pipeline internals), but every field it shares with the stored story is the pipeline contract's own
 * schema (`src/pipeline/model/`), with the public description added here: ids, kinds, severities,
 * offsets, the quote diff and the provenance figures cannot drift from what the pipeline writes.
 * The discrepancy, a union by `kind` in the contract, is one flat object here with `diff` optional.
 * Version 2 (issue #16): claims only one source carries and claims some sources leave out are no longer
 * discrepancies (`unique` and `omission` left the discrepancy kinds) but the `coverage` section; a
 * discrepancy found across the whole story has no `claim`; a contradiction has a `reason`.
 */
export const COMPARISON_SCHEMA_VERSION = 2;

const sitePath = z.string().regex(/^\/[^\s]*$/, 'a root-relative URL of a page in the site').describe('Root-relative URL of a page (and anchor) in the site');
const span = {
  start: countSchema.describe('Offset of the first character in the report text (UTF-16 code units)'),
  end: countSchema.describe('Offset after the last character (exclusive)'),
};
const pair = derivationPairSchema.shape;

export const comparisonSchema = z
  .strictObject({
    schemaVersion: z.literal(COMPARISON_SCHEMA_VERSION),
    story: z.strictObject({
      slug: storySlugSchema,
      title: z.string(),
      url: sitePath,
      skippedFiles: z
        .array(
          z.strictObject({
            name: z.string().describe("Path inside the story's folder"),
            message: z.string().describe('Why it was not read'),
          }),
        )
        .optional()
        .describe('Files in the story folder that were not read (hidden files, symbolic links, special files); absent when none'),
    }),
    sources: z.array(
      z.strictObject({
        id: sourceIdSchema.describe('Source id, derived from the file name'),
        file: z.string().describe('Input file name'),
        label: ingestedReportSchema.shape.label.describe(
          "Short name the site gives the source: its outlet from story.yaml, else a letter by file order (A, B … Z, AA …); distinct within the story",
        ),
        title: z.string().describe("The report's headline, else its first words"),
        url: sitePath.describe("The report's page on this site"),
        outlet: z.string().optional().describe('As given in story.yaml; absent when not given'),
        published: z.string().optional().describe('As given in story.yaml; absent when not given'),
        language: z.string().optional(),
        textLanguage: z
          .string()
          .optional()
          .describe('BCP 47 tag of the text: as given in story.yaml, else detected (en, a language its script settles such as ar, or the script alone such as und-Cyrl); absent when unknown'),
        script: z.string().optional().describe('ISO 15924 code of the script most of its letters are in, e.g. Latn, Arab; absent when it has none'),
        direction: textDirectionSchema.describe('Writing direction of the text, from its letters: ltr, rtl, or auto when it has none'),
        originalUrl: z.string().optional().describe("The report's original URL, as given in story.yaml"),
        duplicateOf: sourceIdSchema.optional().describe('Id of an earlier source with the same text'),
        text: z.string().describe("The report's normalised text (BOM removed, line ends \\n); every start/end offset points into it"),
      }),
    ),
    sentences: z.array(
      z.strictObject({
        id: sentenceIdSchema.describe('Sentence id; also its HTML anchor on the report page'),
        source: sourceIdSchema,
        kind: blockKindSchema,
        text: z.string().describe('Exact text, whitespace collapsed'),
        ...span,
        url: sitePath,
      }),
    ),
    claims: z.array(
      z.strictObject({
        id: claimIdSchema,
        summary: z.string().describe("Verbatim text of the claim's best-supported member"),
        sentences: z.array(sentenceIdSchema).min(1).describe('Supporting sentence ids, from one or more sources'),
        sources: z.array(sourceIdSchema).min(1),
        independentSources: countSchema
          .min(1)
          .describe(
            'How many of the sources carry the claim independently: sources that the provenance analysis (derivation) judges to share a copy, same-copy or shares-material either way round, count once. A source both copied from an unseen common source cannot be seen, so this is an upper bound on independent witnesses',
          ),
        sharedCopies: z
          .array(z.array(sourceIdSchema).min(2))
          .describe('Groups of the sources carrying the claim that likely share a copy, each counted once in independentSources; empty when none'),
        speakers: z
          .array(
            z.strictObject({
              sentence: sentenceIdSchema,
              text: z.string().describe("The speaker exactly as the sentence writes it (\"Sen. Chuck Schumer\", \"the ministry\", \"he\")"),
              ...span,
            }),
          )
          .describe('Who each supporting sentence attributes the claim to ("X said", "according to X"); sentences that narrate an event are left out'),
        url: sitePath,
      }),
    ),
    discrepancies: z.array(
      z.strictObject({
        id: discrepancyIdSchema,
        kind: discrepancyKindSchema,
        severity: severitySchema,
        claim: claimIdSchema.optional().describe('The claim it is about; absent for a finding across the story between sentences that share no claim'),
        reason: z.string().optional().describe('For a contradiction: one line saying why both cannot be true'),
        summary: z.string(),
        sentences: z.array(sentenceIdSchema),
        values: discrepancyValuesSchema.describe('Per sentence id, the differing value exactly as it stands in the text'),
        diff: z
          .array(z.strictObject(diffRunSchema.shape))
          .optional()
          .describe('Word-level difference of two quoted wordings'),
        url: sitePath,
      }),
    ),
    coverage: z
      .array(
        z.strictObject({
          kind: coverageKindSchema.describe('unique: only one report carries the claim; omission: most reports carry it and the others leave it out'),
          claim: claimIdSchema,
          summary: z.string(),
          sources: z.array(sourceIdSchema).min(1).describe('The sources that carry the claim'),
          sentences: z.array(sentenceIdSchema).describe('The sentences that state it'),
          missingFrom: z.array(sourceIdSchema).describe('The compared sources that leave it out; empty for unique'),
          url: sitePath.describe("The claim's page"),
        }),
      )
      .describe('Coverage, kept apart from the discrepancies: claims only one source carries and widely carried claims some sources leave out'),
    derivation: z
      .strictObject({
        reports: derivationSchema.shape.reports.describe('Sources taking part: not duplicates, with body sentences'),
        thresholds: z
          .strictObject({
            minCoverage: shareSchema.describe('Least coverage for same-copy'),
            maxOrderChance: shareSchema.describe('Largest order chance that counts as evidence of a common copy'),
            verbatimWording: shareSchema.describe('Least wording similarity of a near-verbatim claim'),
            minVerbatimClaims: countSchema.describe('Near-verbatim claims that count as evidence of a common copy'),
          })
          .describe('The thresholds the verdicts were drawn with'),
        pairs: z.array(
          z.strictObject({
            source: pair.source.describe('The source whose claims are looked for'),
            carrier: pair.carrier.describe('The source they are looked for in'),
            claims: pair.claims.describe('Claims the source carries'),
            shared: pair.shared.describe('Of those, claims the carrier carries too'),
            coverage: pair.coverage.describe('shared / claims'),
            inOrder: pair.inOrder.describe('Most shared claims told in the same order by both (longest common subsequence)'),
            orderAgreement: pair.orderAgreement.describe('inOrder / shared'),
            orderChance: pair.orderChance.describe('Upper bound on the chance that unrelated orderings keep inOrder of the shared claims in order'),
            wording: pair.wording.describe('Mean word-level similarity of the shared claims, outside quotations; absent when none had words'),
            wordingClaims: pair.wordingClaims.describe('Shared claims whose wording was compared'),
            verbatimClaims: pair.verbatimClaims.describe('Shared claims worded near-verbatim'),
            sharedClaims: pair.sharedClaims.describe("Ids of the shared claims, in the source's order"),
            verdict: pair.verdict,
            explanation: pair.explanation.describe('The verdict and the figures behind it, in one line'),
            url: sitePath,
          }),
        ),
      })
      .optional()
      .describe('For every ordered pair of sources: how much of the source the carrier carries, in what order and words, and whether they likely share a copy'),
  })
  .describe('Parallax comparison of the reports of one story');

export type ComparisonExport = z.infer<typeof comparisonSchema>;

/** The JSON Schema (draft 2020-12) of the export, generated from the zod schema. */
export function comparisonJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://parallax.invalid/schemas/comparison.schema.json',
    title: 'Parallax comparison.json',
    ...z.toJSONSchema(comparisonSchema, { target: 'draft-2020-12' }),
  };
}
