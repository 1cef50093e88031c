/**
 * The stories collection parses each story with the pipeline's own contract (`src/pipeline/model/`): real
 * pipeline output, written to JSON as the loader writes it, must come back whole, every field kept.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { storySchema } from '../../src/collections/story-schema.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { readHama } from '../helpers/hama.ts';

describe('the stories collection schema', () => {
  let stored: { discrepancies: { kind: string; claim?: string; reason?: string }[]; coverage: { kind: string }[] };
  beforeAll(() => {
    stored = JSON.parse(JSON.stringify(runPipeline(readHama()))) as typeof stored;
  });

  it('is given a Hama story with quote findings, findings across the story and omissions, the shapes with fields of their own', () => {
    expect(stored.discrepancies.map((finding) => finding.kind)).toEqual(expect.arrayContaining(['quote']));
    expect(stored.discrepancies.some((finding) => finding.claim === undefined && finding.reason !== undefined)).toBe(true);
    expect(stored.coverage.map((note) => note.kind)).toEqual(expect.arrayContaining(['omission', 'unique']));
  });

  it("reads the pipeline's Hama output back without dropping or changing a field", () => {
    expect(storySchema.parse(stored)).toEqual(stored);
  });
});
