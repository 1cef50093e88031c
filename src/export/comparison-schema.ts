import { z } from 'zod';
import { BLOCK_KINDS, DISCREPANCY_KINDS } from '../pipeline/types.ts';

/**
 * The public, versioned format of `comparison.json`. This zod schema is the single source: the
 * committed JSON Schema (`schemas/comparison.schema.json`) is generated from it by
 * `npm run schema`, and a test fails when the two differ.
 */
export const COMPARISON_SCHEMA_VERSION = 1;

const sitePath = z.string().regex(/^\/[^\s]*$/, 'a root-relative URL of a page in the site').describe('Root-relative URL of a page (and anchor) in the site');
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
        originalUrl: z.string().optional().describe("The report's original URL, as given in story.yaml"),
        duplicateOf: z.string().optional().describe('Id of an earlier source with the same text'),
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
