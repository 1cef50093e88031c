import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignUniqueSlugs, slugify } from '../../src/pipeline/ingest/index.ts';
import { readStoriesRoot } from '../../src/pipeline/ingest/read-story-folder.ts';

const URL_SAFE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('slugify', () => {
  it.each([
    ['hama', 'hama'],
    ['000_8249785760228b4c', '000-8249785760228b4c'],
    ['My Story!', 'my-story'],
    ['Ünïcödé', 'unicode'],
    ['Ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
  ])('keeps the plain ASCII slug of the Latin name %s: %s', (name, slug) => {
    expect(slugify(name, 'story')).toBe(slug);
  });

  it.each([
    ['中文故事', 'story-4fab6d58'],
    ['العربية', 'story-d2741598'],
    ['עברית', 'story-9b191971'],
    ['Ελληνικά', 'story-25d77ab9'],
  ])('gives the non-Latin name %s the fallback and a hash of the name: %s', (name, slug) => {
    expect(slugify(name, 'story')).toBe(slug);
  });

  it('keeps the ASCII part of a name that mixes Latin and another script, and adds the hash', () => {
    expect(slugify('Hama حماة', 'story')).toMatch(/^hama-[0-9a-f]{8}$/);
    expect(slugify('Hama حماة', 'story')).not.toBe(slugify('Hama حمص', 'story'));
  });

  it('gives two different non-Latin names two different URL-safe slugs', () => {
    const names = ['中文故事', 'العربية', 'עברית', 'Ελληνικά', 'Русский', '日本語', '한국어', '١٢٣', '🔥', '!!!'];
    const slugs = names.map((name) => slugify(name, 'story'));
    for (const slug of slugs) expect(slug).toMatch(URL_SAFE);
    expect(new Set(slugs).size).toBe(names.length);
  });

  it('gives a name the same slug on every call, composed or decomposed', () => {
    const composed = 'Ελληνικά';
    expect(slugify(composed, 'story')).toBe(slugify(composed, 'story'));
    expect(slugify(composed.normalize('NFD'), 'story')).toBe(slugify(composed, 'story'));
  });

  it('gives an empty name the fallback', () => {
    expect(slugify('', 'report')).toBe('report');
  });

  it('gives non-Latin report file names distinct ids', () => {
    expect(assignUniqueSlugs(['تقرير', 'خبر', 'تقرير'], 'report')).toEqual([
      slugify('تقرير', 'report'),
      slugify('خبر', 'report'),
      `${slugify('تقرير', 'report')}-2`,
    ]);
    expect(slugify('تقرير', 'report')).not.toBe(slugify('خبر', 'report'));
  });
});

describe('story folders with non-Latin names', () => {
  it('read as two stories with distinct slugs', () => {
    const root = mkdtempSync(join(tmpdir(), 'parallax-slug-'));
    for (const name of ['中文故事', 'العربية']) {
      mkdirSync(join(root, name));
      writeFileSync(join(root, name, 'a.txt'), 'One.');
    }
    const slugs = readStoriesRoot(root, root).map((story) => story.slug);
    expect(slugs).toHaveLength(2);
    expect(new Set(slugs).size).toBe(2);
    for (const slug of slugs) expect(slug).toMatch(/^story-[0-9a-f]{8}$/);
  });
});
