import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { listFiles } from '../../src/files/list-files.ts';

/** Hash of every file of a built site, by path, to compare two builds byte for byte. */
function hashTree(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((path) => [path, createHash('sha256').update(readFileSync(join(dir, path))).digest('hex')]));
}

/**
 * The entries of a build cache (`<slug>-<key>.json`, written only when the pipeline ran for that story) with
 * their modification times, so a test can see which stories a build ran the pipeline for.
 */
function cacheEntries(cacheDir: string): Map<string, number> {
  const dir = join(cacheDir, 'parallax-pipeline');
  return new Map(readdirSync(dir).map((name) => [name, statSync(join(dir, name)).mtimeMs]));
}

/** The search-index cache's entries (one folder per part's bundle, named by the hash of the part's pages). */
function searchEntries(cacheDir: string): string[] {
  return readdirSync(join(cacheDir, 'parallax-search')).sort();
}

/** The story slug of a cache entry's file name. */
const slugOf = (entry: string) => entry.replace(/-[0-9a-f]{24}\.json$/, '');

describe('incremental and deterministic builds', () => {
  it('re-runs the pipeline only for the story that changed, and builds the same input to identical bytes, search index in parts included', async () => {
    const root = mkdtempSync(join(tmpdir(), 'parallax-incremental-'));
    cpSync(resolve(import.meta.dirname, '../fixtures/site-stories'), join(root, 'stories'), { recursive: true });
    const cache = join(root, 'cache');

    // The search index in parts of at most 20 pages (the pages outside stories, then three parts of stories here), so that its bundles are compared too.
    const inParts = { PARALLAX_SEARCH_PART_PAGES: '20' };
    await buildSite(join(root, 'stories'), join(root, 'first'), cache, inParts);
    const first = cacheEntries(cache);
    expect(readdirSync(join(root, 'first/pagefind')).filter((name) => name.startsWith('part-'))).toEqual(['part-2', 'part-3', 'part-4']);
    expect([...first.keys()].map(slugOf)).toEqual(['harbour-fire', 'lone-report', 'marlow-bridge']);

    await buildSite(join(root, 'stories'), join(root, 'second'), cache, inParts);
    expect(cacheEntries(cache)).toEqual(first);
    expect(hashTree(join(root, 'second'))).toEqual(hashTree(join(root, 'first')));

    // The integrity check keeps every page's marks for the next build (read back when a page is unchanged).
    expect(readdirSync(join(cache, 'parallax-integrity', 'current')).length).toBeGreaterThan(0);
    const searchAfterSecond = searchEntries(cache);
    expect(searchAfterSecond).toHaveLength(1 + readdirSync(join(root, 'second/pagefind')).filter((name) => name.startsWith('part-')).length);

    writeFileSync(join(root, 'stories/lone-report/only.txt'), 'The council approved the new budget on Tuesday.\n');
    await buildSite(join(root, 'stories'), join(root, 'third'), cache, inParts);
    const third = cacheEntries(cache);
    expect([...third.keys()].filter((entry) => !first.has(entry)).map(slugOf)).toEqual(['lone-report']);
    for (const [entry, modified] of first) expect(third.get(entry), entry).toBe(modified);
    // Only the parts whose pages changed were indexed again: the changed story's, and the pages outside
    // stories (the home page lists the story); every other part's bundle came from the cache ...
    const searchAfterThird = searchEntries(cache);
    const kept = searchAfterThird.filter((entry) => searchAfterSecond.includes(entry));
    expect(kept.length).toBeGreaterThan(0);
    expect(searchAfterThird.length - kept.length).toBeLessThanOrEqual(2);
    // ... and the site is byte for byte the one a build without any cache gives.
    await buildSite(join(root, 'stories'), join(root, 'fresh'), join(root, 'fresh-cache'), inParts);
    expect(hashTree(join(root, 'third'))).toEqual(hashTree(join(root, 'fresh')));
  }, 120_000);
});
