import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchIndexCache, searchPartKey } from '../../src/integrations/search-index-cache.ts';

/** A site folder with the given pages. */
function siteWith(pages: Readonly<Record<string, string>>): string {
  const site = mkdtempSync(join(tmpdir(), 'parallax-search-cache-site-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), html);
  }
  return site;
}

const bundle = [
  { path: 'pagefind-entry.json', content: new TextEncoder().encode('{"version":"1"}') },
  { path: 'fragment/en_1.pf_fragment', content: Uint8Array.from([1, 2, 3]) },
];

describe('searchPartKey', () => {
  const pages = { 'stories/ferry/index.html': '<p>Ferry sinks</p>', 'stories/ferry/claims/c001/index.html': '<p>Rain</p>' };

  it('is the same for the same pages, whatever the order they are listed in', () => {
    const site = siteWith(pages);
    expect(searchPartKey(site, ['stories/ferry/index.html', 'stories/ferry/claims/c001/index.html'], 'v1')).toBe(
      searchPartKey(site, ['stories/ferry/claims/c001/index.html', 'stories/ferry/index.html'], 'v1'),
    );
  });

  it('changes when one page changes by one byte, when a page is added, or when the context changes', () => {
    const before = siteWith(pages);
    const edited = siteWith({ ...pages, 'stories/ferry/index.html': '<p>Ferry sank</p>' });
    const listed = Object.keys(pages);
    const key = searchPartKey(before, listed, 'v1');
    expect(searchPartKey(edited, listed, 'v1')).not.toBe(key);
    const grown = siteWith({ ...pages, 'stories/ferry/claims/c002/index.html': '<p>Wind</p>' });
    expect(searchPartKey(grown, [...listed, 'stories/ferry/claims/c002/index.html'], 'v1')).not.toBe(key);
    expect(searchPartKey(before, listed, 'v2')).not.toBe(key);
  });
});

describe('SearchIndexCache', () => {
  it('gives back the files it stored under a key, and nothing for an unknown key', () => {
    const cache = new SearchIndexCache(mkdtempSync(join(tmpdir(), 'parallax-search-cache-')), 'pagefind test');
    cache.write('k1', bundle);
    expect(cache.read('k1')?.map((file) => [file.path, [...file.content]])).toEqual([
      ['fragment/en_1.pf_fragment', [1, 2, 3]],
      ['pagefind-entry.json', [...(bundle[0]?.content ?? [])]],
    ]);
    expect(cache.read('k2')).toBeUndefined();
  });

  it('keeps, after pruning, only the entries the last build read or wrote', () => {
    const root = mkdtempSync(join(tmpdir(), 'parallax-search-cache-'));
    const first = new SearchIndexCache(root, 'pagefind test');
    first.write('old', bundle);
    first.write('kept', bundle);
    const second = new SearchIndexCache(root, 'pagefind test');
    second.read('kept');
    second.write('new', bundle);
    second.pruneUnused();
    expect(readdirSync(root).sort()).toEqual(['kept', 'new']);
    expect(existsSync(join(root, 'old'))).toBe(false);
  });
});
