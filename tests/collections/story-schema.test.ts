/**
 * The stories collection parses each story with the pipeline's own contract (`src/pipeline/model/`): real
 * pipeline output, written to JSON as the loader writes it, must come back whole, every field kept.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { storySchema } from '../../src/collections/story-schema.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { readHama } from '../helpers/hama.ts';

describe('the stories collection schema', () => {
  let stored: { discrepancies: { kind: string }[] };
  beforeAll(() => {
    stored = JSON.parse(JSON.stringify(runPipeline(readHama()))) as typeof stored;
  });

  it('is given a Hama story with quote and omission findings, the kinds that carry fields of their own', () => {
    expect(stored.discrepancies.map((finding) => finding.kind)).toEqual(expect.arrayContaining(['quote', 'omission']));
  });

  it("reads the pipeline's Hama output back without dropping or changing a field", () => {
    expect(storySchema.parse(stored)).toEqual(stored);
  });
});
