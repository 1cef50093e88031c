import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THREADS_FROM_BYTES, pipelineThreadCount, runPipelines, type PipelineRunOptions } from '../../src/collections/pipeline-pool.ts';
import { readStoriesRoot } from '../../src/pipeline/ingest/read-story-folder.ts';
import type { RawStory } from '../../src/pipeline/types.ts';
import { rawStoryOf } from '../helpers/stories.ts';

/** Every result of a pool run, as [slug, JSON text] in the order the pool gave them. */
async function collect(raws: readonly RawStory[], options: PipelineRunOptions): Promise<[string, string][]> {
  const results: [string, string][] = [];
  for await (const result of runPipelines(raws, options)) results.push([result.raw.slug, result.json]);
  return results;
}

// The hand-made site fixtures (three small stories) plus two tiny ones, so that two threads each run several stories.
const stories: RawStory[] = [
  ...readStoriesRoot(resolve(import.meta.dirname, '../fixtures/site-stories')),
  rawStoryOf({ 'a.txt': 'The mayor opened the bridge on Monday.\n', 'b.txt': 'On Monday the mayor opened the new bridge.\n' }, 'tiny-bridge'),
  rawStoryOf({ 'a.txt': 'Nine boats were damaged in the storm.\n', 'b.txt': 'The storm damaged seven boats.\n' }, 'tiny-storm'),
];

describe('runPipelines', () => {
  it('gives byte for byte the same compared stories, in input order, on two threads as on one', async () => {
    const single = await collect(stories, { workers: 1 });
    const pooled = await collect(stories, { workers: 2 });
    expect(single.map(([slug]) => slug)).toEqual(stories.map((raw) => raw.slug));
    expect(pooled).toEqual(single);
  });

  it('fails with the pipeline’s own message, naming the file, when a story on a worker is invalid', async () => {
    const broken = rawStoryOf({ 'a.txt': new Uint8Array([0x41, 0x0a, 0xff, 0xfe, 0x41]) }, 'broken');
    const single = collect([broken], { workers: 1 }).catch((error: unknown) => (error as Error).message);
    const pooled = collect([stories[0] as RawStory, broken], { workers: 2 }).catch((error: unknown) => (error as Error).message);
    const message = await single;
    expect(message).toContain('a.txt');
    expect(await pooled).toBe(message);
  });

  it('reports each stage of a story whose stages are timed, from a worker thread', async () => {
    const stages: string[] = [];
    await collect(stories.slice(0, 2), {
      workers: 2,
      timeStages: (raw) => raw.slug === stories[1]?.slug,
      onStage: (raw, stage) => stages.push(`${raw.slug}:${stage}`),
    });
    const slug = stories[1]?.slug ?? '';
    expect(stages).toEqual(['ingest', 'segment', 'align', 'compare', 'provenance'].map((stage) => `${slug}:${stage}`));
  });
});

describe('pipelineThreadCount', () => {
  const big = rawStoryOf({ 'a.txt': 'x'.repeat(THREADS_FROM_BYTES) }, 'big');

  it('takes PARALLAX_WORKERS when it is a positive whole number, up to one thread per story', () => {
    expect(pipelineThreadCount([big, big, big, big], { PARALLAX_WORKERS: '3' })).toBe(3);
    expect(pipelineThreadCount(stories.slice(0, 2), { PARALLAX_WORKERS: '3' })).toBe(2);
  });

  it('keeps stories of less than THREADS_FROM_BYTES on one thread, and gives more one thread per core', () => {
    expect(pipelineThreadCount(stories, {})).toBe(1);
    expect(pipelineThreadCount([big, big], { PARALLAX_WORKERS: 'two' })).toBe(Math.min(2, availableParallelism()));
  });
});
