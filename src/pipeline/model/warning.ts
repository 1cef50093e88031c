/**
 * Notes about input that was handled by a documented fallback rather than rejected: a report kept but not
 * compared, a file of a story folder that was not read. Each has a stable `code` for code to act on and a
 * `message` for people; the wording may change, the code does not.
 */
import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly.ts';

/**
 * What a warning is about. The first five say why a report is shown but not compared
 * (`compared-reports.ts`); the rest why an entry of a story folder, or of the stories folder, was not read
 * (`ingest/read-story-folder.ts`).
 */
export const WARNING_CODES = [
  'empty-file',
  'whitespace-only',
  'no-body-text',
  'duplicate',
  'not-english',
  'hidden-file-skipped',
  'hidden-folder-skipped',
  'symlink-skipped',
  'special-file-skipped',
  'txt-folder-skipped',
  'loose-file-skipped',
] as const;
export const warningCodeSchema = z.enum(WARNING_CODES);
export type WarningCode = z.output<typeof warningCodeSchema>;

/** One warning about one file; `line` is 1-based, set when the note is about one line. */
export const ingestWarningSchema = z.object({
  code: warningCodeSchema,
  file: z.string(),
  line: z.number().int().optional(),
  message: z.string(),
});
export type IngestWarning = DeepReadonly<z.output<typeof ingestWarningSchema>>;
