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

/** The story slug of a cache entry's file name. */
const slugOf = (entry: string) => entry.replace(/-[0-9a-f]{24}\.json$/, '');

describe('incremental and deterministic builds', () => {
  it('re-runs the pipeline only for the story that changed, and builds the same input to identical bytes, search index in parts included', async () => {
    const root = mkdtempSync(join(tmpdir(), 'parallax-incremental-'));
    cpSync(resolve(import.meta.dirname, '../fixtures/site-stories'), join(root, 'stories'), { recursive: true });
    const cache = join(root, 'cache');

    // The search index in parts of at most 20 pages (three parts here), so that its bundles are compared too.
    const inParts = { PARALLAX_SEARCH_PART_PAGES: '20' };
    await buildSite(join(root, 'stories'), join(root, 'first'), cache, inParts);
    const first = cacheEntries(cache);
    expect(readdirSync(join(root, 'first/pagefind')).filter((name) => name.startsWith('part-'))).toEqual(['part-2', 'part-3']);
    expect([...first.keys()].map(slugOf)).toEqual(['harbour-fire', 'lone-report', 'marlow-bridge']);

    await buildSite(join(root, 'stories'), join(root, 'second'), cache, inParts);
    expect(cacheEntries(cache)).toEqual(first);
    expect(hashTree(join(root, 'second'))).toEqual(hashTree(join(root, 'first')));

    writeFileSync(join(root, 'stories/lone-report/only.txt'), 'The council approved the new budget on Tuesday.\n');
    await buildSite(join(root, 'stories'), join(root, 'third'), cache);
    const third = cacheEntries(cache);
    expect([...third.keys()].filter((entry) => !first.has(entry)).map(slugOf)).toEqual(['lone-report']);
    for (const [entry, modified] of first) expect(third.get(entry), entry).toBe(modified);
  }, 120_000);
});
