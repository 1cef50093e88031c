import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Writes a made-up shard output holding `stories` (slug and latest report date), as the merge reads it. */
function writeShard(dir: string, stories: readonly { slug: string; published: string }[]): void {
  const sections = stories.map(({ slug }) => `<section aria-labelledby="story-${slug}"><h2 id="story-${slug}"><a href="/stories/${slug}/">${slug}</a></h2></section>`);
  const items = stories.map(({ slug }) => `<item><title>${slug}</title><link>https://example.org/stories/${slug}/</link></item>`);
  const urls = ['/', ...stories.flatMap(({ slug }) => [`/stories/${slug}/`, `/stories/${slug}/claims/c002/`, `/stories/${slug}/claims/c010/`])];
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), `<!doctype html><main><h1>Stories</h1>${sections.join('')}</main>`);
  writeFileSync(join(dir, 'rss.xml'), `<rss><channel><title>t</title>${items.join('')}</channel></rss>`);
  writeFileSync(join(dir, 'sitemap-0.xml'), `<urlset>${urls.map((url) => `<url><loc>https://example.org${url}</loc></url>`).join('')}</urlset>`);
  for (const { slug, published } of stories) {
    mkdirSync(join(dir, 'stories', slug), { recursive: true });
    writeFileSync(join(dir, 'stories', slug, 'comparison.json'), JSON.stringify({ story: { title: slug }, sources: [{ published }, {}] }));
  }
}

describe('merging shard outputs', () => {
  it('orders the home page and feed newest first and the sitemap as @astrojs/sitemap does (numbers by value)', () => {
    const root = mkdtempSync(join(tmpdir(), 'parallax-merge-'));
    writeShard(join(root, 'a'), [{ slug: '12-older', published: '2024-01-01' }]);
    writeShard(join(root, 'b'), [{ slug: '2-newer', published: '2025-06-01' }, { slug: '3-undated', published: '' }]);
    const out = join(root, 'out');
    expect(mergeShards([join(root, 'a'), join(root, 'b')], out).stories).toEqual(['2-newer', '12-older', '3-undated']);
    const slugsIn = (file: string, pattern: RegExp) => [...readFileSync(join(out, file), 'utf8').matchAll(pattern)].map((match) => match[1]);
    expect(slugsIn('index.html', /<section aria-labelledby="story-([^"]+)"/g)).toEqual(['2-newer', '12-older', '3-undated']);
    expect(slugsIn('rss.xml', /<link>[^<]*\/stories\/([^/]+)\/<\/link>/g)).toEqual(['2-newer', '12-older', '3-undated']);
    expect(slugsIn('sitemap-0.xml', /<loc>https:\/\/example\.org([^<]*)<\/loc>/g)).toEqual([
      '/',
      '/stories/2-newer/',
      '/stories/2-newer/claims/c002/',
      '/stories/2-newer/claims/c010/',
      '/stories/3-undated/',
      '/stories/3-undated/claims/c002/',
      '/stories/3-undated/claims/c010/',
      '/stories/12-older/',
      '/stories/12-older/claims/c002/',
      '/stories/12-older/claims/c010/',
    ]);
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
