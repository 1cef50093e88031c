import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PipelineCache, storyCacheKey } from '../../src/collections/pipeline-cache.ts';
import type { ComparedStory } from '../../src/pipeline/types.ts';
import { rawStoryOf } from '../helpers/stories.ts';

describe('storyCacheKey', () => {
  const raw = rawStoryOf({ 'a.txt': 'One.', 'b.txt': 'Two.' });

  it('is the same for the same files, whatever their order', () => {
    expect(storyCacheKey({ ...raw, files: [...raw.files].reverse() }, 'v1')).toBe(storyCacheKey(raw, 'v1'));
  });

  it('changes when one byte of one file changes', () => {
    expect(storyCacheKey(rawStoryOf({ 'a.txt': 'One!', 'b.txt': 'Two.' }), 'v1')).not.toBe(storyCacheKey(raw, 'v1'));
  });

  it('changes when the pipeline version or the metadata changes', () => {
    expect(storyCacheKey(raw, 'v2')).not.toBe(storyCacheKey(raw, 'v1'));
    expect(storyCacheKey({ ...raw, metadata: { title: 'T', reports: {} } }, 'v1')).not.toBe(storyCacheKey(raw, 'v1'));
  });

  it('changes when a file of the folder is skipped, so a cached story never hides a new notice', () => {
    const notices = [{ code: 'symlink-skipped' as const, file: 'fixtures/fixture/passwd.txt', message: 'skipped: it is a symbolic link' }];
    expect(storyCacheKey({ ...raw, notices }, 'v1')).not.toBe(storyCacheKey(raw, 'v1'));
  });
});

describe('PipelineCache', () => {
  it('gives back what it stored and nothing for an unknown key', () => {
    const cache = new PipelineCache(join(mkdtempSync(join(tmpdir(), 'parallax-cache-')), 'c'));
    const story = { slug: 's', title: 'T' } as unknown as ComparedStory;
    cache.write('s', 'k1', story);
    expect(cache.read('s', 'k1')).toEqual(story);
    expect(cache.read('s', 'k2')).toBeUndefined();
  });
});
