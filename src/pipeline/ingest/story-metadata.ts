import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import type { SourceMetadata, StoryMetadata } from '../types.ts';
import { withoutUndefined } from '../without-undefined.ts';
import { IngestError } from './ingest-error.ts';

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

/** A calendar date or date-time as in ISO 8601 (`2024-12-05`, `2024-12-05T14:00:00Z`). */
const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'must be an ISO date such as 2024-12-05')
  .refine((value) => !Number.isNaN(Date.parse(value.slice(0, 10))), 'is not a real calendar date');

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
 * Parses and validates the text of a `story.yaml`. Any problem (bad YAML, an unknown key, a wrong
 * type, a `javascript:` URL, a report entry naming no file in the folder) is an `IngestError` that
 * names the file, the line when YAML knows it, and the key.
 */
export function parseStoryMetadata(
  file: string,
  yamlText: string,
  reportFiles: readonly string[],
): StoryMetadata {
  let data: unknown;
  try {
    data = parseYaml(yamlText, { schema: 'core' }) ?? {};
  } catch (error) {
    if (error instanceof YAMLParseError) {
      throw new IngestError({ file, line: error.linePos?.[0].line }, `not valid YAML: ${error.message.split('\n')[0]}`);
    }
    throw error;
  }
  const result = storyMetadataSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = [...(issue?.path ?? []), ...(issue?.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])];
    const key = path.map(String).join('.');
    const problem =
      issue?.code === 'unrecognized_keys'
        ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (allowed: title, published, reports; per report: outlet, url, published, language)`
        : (issue?.message ?? 'invalid');
    throw new IngestError({ file, line: lineOfKey(yamlText, path.at(-1)), key: key || undefined }, problem);
  }
  const reports = result.data.reports ?? {};
  // zod drops a `__proto__` key from a record without a word: the names are read from the YAML itself.
  for (const name of Object.keys((data as { reports?: object }).reports ?? {})) {
    if (!reportFiles.includes(name)) {
      throw new IngestError(
        { file, line: lineOfKey(yamlText, name), key: `reports.${name}` },
        `names a report file that is not in the folder (files: ${reportFiles.join(', ') || 'none'})`,
      );
    }
  }
  // Keyed by file name, so without a prototype: "constructor" is an English word.
  const byFile: Record<string, SourceMetadata> = Object.create(null);
  for (const [name, meta] of Object.entries(reports)) byFile[name] = withoutUndefined(meta);
  return { ...withoutUndefined({ title: result.data.title, published: result.data.published }), reports: byFile };
}

/** Finds the 1-based line where a YAML key is written, to point users at it; undefined when not found. */
function lineOfKey(yamlText: string, key: PropertyKey | undefined): number | undefined {
  if (typeof key !== 'string') return undefined;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^\\s*["']?${escaped}["']?\\s*:`);
  const index = yamlText.split('\n').findIndex((line) => pattern.test(line));
  return index === -1 ? undefined : index + 1;
}
