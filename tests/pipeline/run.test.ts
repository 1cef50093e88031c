import { describe, expect, it } from 'vitest';
import { runPipeline, type PipelineStage } from '../../src/pipeline/run.ts';
import { rawStoryOf } from '../helpers/stories.ts';

describe('runPipeline', () => {
  const raw = rawStoryOf({ 'a.txt': 'The council approved the budget on Monday.\n', 'b.txt': 'On Monday the council approved the budget.\n' });

  it('tells the onStage hook of each stage as it ends, in order', () => {
    const calls: [PipelineStage, number][] = [];
    runPipeline(raw, undefined, { onStage: (stage, milliseconds) => calls.push([stage, milliseconds]) });
    expect(calls.map(([stage]) => stage)).toEqual(['ingest', 'segment', 'align', 'compare', 'provenance']);
    expect(calls.every(([, milliseconds]) => milliseconds >= 0)).toBe(true);
  });

  it('gives the same story with a hook as without', () => {
    expect(runPipeline(raw, undefined, { onStage: () => undefined })).toEqual(runPipeline(raw));
  });
});
