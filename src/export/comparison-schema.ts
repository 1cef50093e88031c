import { z } from 'zod';
import { DERIVATION_VERDICTS } from '../pipeline/provenance/types.ts';
import { BLOCK_KINDS, DISCREPANCY_KINDS, TEXT_DIRECTIONS } from '../pipeline/types.ts';

/**
 * The public, versioned format of `comparison.json`. This zod schema is the single source: the
 * committed JSON Schema (`schemas/comparison.schema.json`) is generated from it by
 * `npm run schema`, and a test fails when the two differ.
 */
export const COMPARISON_SCHEMA_VERSION = 1;

const sitePath = z.string().regex(/^\/[^\s]*$/, 'a root-relative URL of a page in the site').describe('Root-relative URL of a page (and anchor) in the site');
const share = z.number().min(0).max(1);
const span = {
  start: z.number().int().nonnegative().describe('Offset of the first character in the report text (UTF-16 code units)'),
  end: z.number().int().nonnegative().describe('Offset after the last character (exclusive)'),
};

export const comparisonSchema = z
  .strictObject({
    schemaVersion: z.literal(COMPARISON_SCHEMA_VERSION),
    story: z.strictObject({
      slug: z.string(),
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
        id: z.string().describe('Source id, derived from the file name'),
        file: z.string().describe('Input file name'),
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
        direction: z.enum(TEXT_DIRECTIONS).describe('Writing direction of the text, from its letters: ltr, rtl, or auto when it has none'),
        originalUrl: z.string().optional().describe("The report's original URL, as given in story.yaml"),
        duplicateOf: z.string().optional().describe('Id of an earlier source with the same text'),
        text: z.string().describe("The report's normalised text (BOM removed, line ends \\n); every start/end offset points into it"),
      }),
    ),
    sentences: z.array(
      z.strictObject({
        id: z.string().describe('Sentence id; also its HTML anchor on the report page'),
        source: z.string(),
        kind: z.enum(BLOCK_KINDS),
        text: z.string().describe('Exact text, whitespace collapsed'),
        ...span,
        url: sitePath,
      }),
    ),
    claims: z.array(
      z.strictObject({
        id: z.string(),
        summary: z.string().describe("Verbatim text of the claim's best-supported member"),
        sentences: z.array(z.string()).min(1).describe('Supporting sentence ids, from one or more sources'),
        sources: z.array(z.string()).min(1),
        url: sitePath,
      }),
    ),
    discrepancies: z.array(
      z.strictObject({
        id: z.string(),
        kind: z.enum(DISCREPANCY_KINDS),
        severity: z.enum(['contradiction', 'variant']),
        claim: z.string(),
        summary: z.string(),
        sentences: z.array(z.string()),
        values: z.record(z.string(), z.string()).describe('Per sentence id, the differing value exactly as it stands in the text'),
        missingFrom: z.array(z.string()).optional(),
        diff: z
          .array(z.strictObject({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() }))
          .optional()
          .describe('Word-level difference of two quoted wordings'),
        url: sitePath,
      }),
    ),
    derivation: z
      .strictObject({
        reports: z.array(z.string()).describe('Sources taking part: not duplicates, with body sentences'),
        thresholds: z
          .strictObject({
            minCoverage: share.describe('Least coverage for same-copy'),
            maxOrderChance: share.describe('Largest order chance that counts as evidence of a common copy'),
            verbatimWording: share.describe('Least wording similarity of a near-verbatim claim'),
            minVerbatimClaims: z.number().int().nonnegative().describe('Near-verbatim claims that count as evidence of a common copy'),
          })
          .describe('The thresholds the verdicts were drawn with'),
        pairs: z.array(
          z.strictObject({
            source: z.string().describe('The source whose claims are looked for'),
            carrier: z.string().describe('The source they are looked for in'),
            claims: z.number().int().nonnegative().describe('Claims the source carries'),
            shared: z.number().int().nonnegative().describe('Of those, claims the carrier carries too'),
            coverage: share.describe('shared / claims'),
            inOrder: z.number().int().nonnegative().describe('Most shared claims told in the same order by both (longest common subsequence)'),
            orderAgreement: share.describe('inOrder / shared'),
            orderChance: share.describe('Upper bound on the chance that unrelated orderings keep inOrder of the shared claims in order'),
            wording: share.optional().describe('Mean word-level similarity of the shared claims, outside quotations; absent when none had words'),
            wordingClaims: z.number().int().nonnegative().describe('Shared claims whose wording was compared'),
            verbatimClaims: z.number().int().nonnegative().describe('Shared claims worded near-verbatim'),
            sharedClaims: z.array(z.string()).describe("Ids of the shared claims, in the source's order"),
            verdict: z.enum(DERIVATION_VERDICTS),
            explanation: z.string().describe('The verdict and the figures behind it, in one line'),
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
