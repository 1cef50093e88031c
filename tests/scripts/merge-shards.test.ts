import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { checkLinks } from '../../scripts/lib/check-links.ts';
import { mergeShards } from '../../scripts/lib/merge-shards.ts';
import { inShard, parseShard, shardOf } from '../../src/collections/shard.ts';
import { listFiles } from '../../src/files/list-files.ts';
import { buildSearchIndex } from '../../src/integrations/pagefind-index.ts';
import { readPage, readSiteFiles } from '../helpers/built-site.ts';

/** Hash of every file of a built site, by path. */
function hashTree(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((path) => [path, createHash('sha256').update(readFileSync(join(dir, path))).digest('hex')]));
}

/** Pages in a Pagefind index (all languages), from its entry file. */
function indexedPages(site: string): number {
  const entry = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

const slugs = ['harbour-fire', 'lone-report', 'marlow-bridge'];

describe('shard selection', () => {
  it('reads PARALLAX_SHARD as <i>/<n> and refuses anything else, naming the variable', () => {
    expect(parseShard(undefined)).toBeUndefined();
    expect(parseShard('')).toBeUndefined();
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/2', '3/2', '1', '1/0', 'a/b', '-1/2']) expect(() => parseShard(bad), bad).toThrow(/PARALLAX_SHARD/);
  });

  it('puts every story in exactly one shard, by its slug alone', () => {
    const many = Array.from({ length: 200 }, (_, index) => `story-${index}`);
    for (const count of [1, 2, 3, 7]) {
      for (const slug of many) {
        const owners = Array.from({ length: count }, (_, index) => index + 1).filter((index) => inShard(slug, { index, count }));
        expect(owners, slug).toEqual([shardOf(slug, count)]);
      }
    }
    // Fixed values: a change of hash would silently move stories between CI jobs' caches.
    expect(slugs.map((slug) => shardOf(slug, 2))).toEqual([2, 1, 2]);
    expect(inShard('any', undefined)).toBe(true);
  });
});

describe('sharded build merged into one site', () => {
  it('builds two shards of three stories, merges them into the site one build gives, search index included', async () => {
    const root = mkdtempSync(join(tmpdir(), 'parallax-shards-'));
    const stories = resolve(import.meta.dirname, '../fixtures/site-stories');
    const cache = join(root, 'cache');
    await buildSite(stories, join(root, 'shard-1'), cache, { PARALLAX_SHARD: '1/2' });
    await buildSite(stories, join(root, 'shard-2'), cache, { PARALLAX_SHARD: '2/2' });
    await buildSite(stories, join(root, 'whole'), cache);
    expect(readdirSync(join(root, 'shard-1/stories')).sort()).toEqual(['lone-report']);
    expect(readdirSync(join(root, 'shard-2/stories')).sort()).toEqual(['harbour-fire', 'marlow-bridge']);

    const out = join(root, 'merged');
    const merged = mergeShards([join(root, 'shard-1'), join(root, 'shard-2')], out);
    await buildSearchIndex(out, { info: () => undefined });

    // Every story page once, the home page, feed and sitemap list all three, links and anchors resolve.
    expect([...merged.stories].sort()).toEqual(slugs);
    expect(readdirSync(join(out, 'stories')).sort()).toEqual(slugs);
    const homeLinks = readPage(out, '/').root.querySelectorAll('main h2 a').map((link) => link.getAttribute('href'));
    expect(homeLinks.sort()).toEqual(slugs.map((slug) => `/stories/${slug}/`));
    const feed = readFileSync(join(out, 'rss.xml'), 'utf8');
    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    for (const slug of slugs) {
      expect(feed.match(new RegExp(`<link>[^<]*/stories/${slug}/</link>`, 'g')), slug).toHaveLength(1);
      expect(sitemap.match(new RegExp(`<loc>[^<]*/stories/${slug}/</loc>`, 'g')), slug).toHaveLength(1);
    }
    expect(checkLinks(readSiteFiles(out)).broken).toEqual([]);
    // One search index over every shard's pages: more pages than either shard's own index.
    expect(indexedPages(out)).toBeGreaterThan(Math.max(indexedPages(join(root, 'shard-1')), indexedPages(join(root, 'shard-2'))));

    // The strongest check: the merged site is the one a single build writes, byte for byte.
    expect(hashTree(out)).toEqual(hashTree(join(root, 'whole')));

    // A story built by two shards, or shards built from different code, stop the merge with a message.
    expect(() => mergeShards([join(root, 'whole'), join(root, 'shard-2')], join(root, 'twice'))).toThrow(/story harbour-fire was built by two shards/);
    cpSync(join(root, 'shard-2'), join(root, 'other-code'), { recursive: true });
    writeFileSync(join(root, 'other-code/about/index.html'), '<!doctype html><title>changed</title>');
    expect(() => mergeShards([join(root, 'shard-1'), join(root, 'other-code')], join(root, 'mixed'))).toThrow(/about\/index\.html differs/);
    expect(() => mergeShards([join(root, 'shard-1')], out)).toThrow(/not empty/);
    expect(existsSync(join(root, 'twice/index.html'))).toBe(false);
  }, 180_000);
});
