/**
 * Notes about input that was handled by a documented fallback rather than rejected: a report kept but not
 * compared, a file of a story folder that was not read.
 */
import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly.ts';

/** One warning about one file; `line` is 1-based, set when the note is about one line. */
export const ingestWarningSchema = z.object({
  file: z.string(),
  line: z.number().int().optional(),
  message: z.string(),
});
export type IngestWarning = DeepReadonly<z.output<typeof ingestWarningSchema>>;
