import { z } from 'zod';
import type { SourceMetadata, StoryMetadata } from '../types.ts';
import { withoutUndefined } from '../without-undefined.ts';
import { findIsoDateProblem } from './calendar-date.ts';
import { IngestError } from './ingest-error.ts';
import { parseYamlFile } from './yaml-document.ts';

/** A link a reader may follow: only http(s), so a `javascript:` or `data:` URL can never reach a page. */
const webUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an absolute http:// or https:// URL');

/**
 * A calendar date or date-time as in ISO 8601 (`2024-12-05`, `2024-12-05T14:00:00Z`) that names a
 * real day and time: `2024-02-30`, `2023-02-29`, `2024-04-31`, month 13 and day 00 are refused
 * (they would reach the page's JSON-LD as written), `2024-02-29` is a leap day and accepted.
 */
const isoDate = z
  .string()
  .trim()
  .superRefine((value, context) => {
    const problem = findIsoDateProblem(value);
    if (problem !== undefined) context.addIssue({ code: 'custom', message: problem });
  });

/** Schema of one report's entry in `story.yaml`; every field optional, unknown keys rejected. */
export const sourceMetadataSchema = z.strictObject({
  outlet: z.string().trim().min(1).optional(),
  url: webUrl.optional(),
  published: isoDate.optional(),
  language: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en or en-GB')
    .optional(),
});

/** Schema of `story.yaml`. YAML may give dates unquoted; they arrive as strings via the parser options. */
export const storyMetadataSchema = z.strictObject({
  title: z.string().trim().min(1).optional(),
  published: isoDate.optional(),
  reports: z.record(z.string(), sourceMetadataSchema).optional(),
});

export type StoryMetadataInput = z.input<typeof storyMetadataSchema>;

/**
 * Parses and validates the text of a `story.yaml`. Any problem (bad YAML, an alias bomb, an unknown
 * key, a wrong type, an impossible date, a `javascript:` URL, a report entry naming no file in the
 * folder) is an `IngestError` that names the file, the line of the key when it is written out, and
 * the key. Entries for `skippedFiles` (files in the folder that were not read, each with a notice of
 * its own) are accepted and dropped, so a skipped report does not also stop the build.
 */
export function parseStoryMetadata(
  file: string,
  yamlText: string,
  reportFiles: readonly string[],
  skippedFiles: readonly string[] = [],
): StoryMetadata {
  const { data, lineOf } = parseYamlFile(file, yamlText);
  const result = storyMetadataSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = [...(issue?.path ?? []), ...(issue?.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])];
    const key = path.map(String).join('.');
    const problem =
      issue?.code === 'unrecognized_keys'
        ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (allowed: title, published, reports; per report: outlet, url, published, language)`
        : (issue?.message ?? 'invalid');
    throw new IngestError({ file, line: lineOf(path), key: key || undefined }, problem);
  }
  const reports = result.data.reports ?? {};
  // zod drops a `__proto__` key from a record without a word: the names are read from the YAML itself.
  for (const name of Object.keys((data as { reports?: object }).reports ?? {})) {
    if (!reportFiles.includes(name) && !skippedFiles.includes(name)) {
      throw new IngestError(
        { file, line: lineOf(['reports', name]), key: `reports.${name}` },
        `names a report file that is not in the folder (files: ${reportFiles.join(', ') || 'none'})`,
      );
    }
  }
  // Keyed by file name, so without a prototype: "constructor" is an English word. Entries of skipped files are dropped.
  const byFile: Record<string, SourceMetadata> = Object.create(null);
  for (const [name, meta] of Object.entries(reports)) if (reportFiles.includes(name)) byFile[name] = withoutUndefined(meta);
  return { ...withoutUndefined({ title: result.data.title, published: result.data.published }), reports: byFile };
}
