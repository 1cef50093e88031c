import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PipelineCache, pipelineVersion, storyCacheKey } from '../../src/collections/pipeline-cache.ts';
import type { ComparedStory } from '../../src/pipeline/types.ts';
import { rawStoryOf } from '../helpers/stories.ts';

/** A fresh folder holding the given files (relative path → text), written in the order given. */
function folderWith(files: readonly (readonly [string, string])[]): string {
  const root = mkdtempSync(join(tmpdir(), 'parallax-version-'));
  for (const [path, text] of files) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('pipelineVersion', () => {
  const files = [
    ['index.ts', 'export {};'],
    ['align/model.json', '{"weights":[1,2]}'],
    ['align/score.ts', 'export const a = 1;'],
    ['align-story.ts', 'export const b = 2;'],
  ] as const;

  it('is the same for the same files in another folder, whatever order they were written in', () => {
    expect(pipelineVersion(folderWith([...files].reverse()))).toBe(pipelineVersion(folderWith(files)));
  });

  it('changes when one byte of one file changes', () => {
    const changed = files.map(([path, text]) => [path, path === 'align/model.json' ? '{"weights":[1,3]}' : text] as const);
    expect(pipelineVersion(folderWith(changed))).not.toBe(pipelineVersion(folderWith(files)));
  });

  it('changes when a file moves to another folder with its bytes unchanged', () => {
    const moved = files.map(([path, text]) => [path === 'align/score.ts' ? 'compare/score.ts' : path, text] as const);
    expect(pipelineVersion(folderWith(moved))).not.toBe(pipelineVersion(folderWith(files)));
  });
});

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
