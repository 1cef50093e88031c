import { describe, expect, it } from 'vitest';
import { bundleFolderOf, globsOfPart, partitionSearchIndex, SEARCH_INDEX_PART_PAGES, searchIndexPartPages, type SearchIndexPart } from '../../src/integrations/search-index-parts.ts';

/** `count` pages of one story, as a built site lays them out. */
function storyPages(slug: string, count: number): string[] {
  return [`stories/${slug}/index.html`, ...Array.from({ length: count - 1 }, (_, index) => `stories/${slug}/claims/c${String(index + 1).padStart(3, '0')}/index.html`)];
}

const OUTSIDE = ['index.html', '404.html', 'about/index.html', 'search/index.html'];

/** A hand-made site: four pages outside stories, and stories of 5, 3, 4 and 2 pages. */
const SITE = [...OUTSIDE, ...storyPages('bravo', 3), ...storyPages('alpha', 5), ...storyPages('delta', 2), ...storyPages('charlie', 4)];

/** The part of `parts` that holds a page: by its story's slug, or by the glob of the entry outside stories. */
function holders(parts: readonly SearchIndexPart[], page: string): SearchIndexPart[] {
  const story = /^stories\/([^/]+)\//.exec(page)?.[1];
  const outside = (glob: string) => (glob.endsWith('/**/*.html') ? page.startsWith(glob.slice(0, -'**/*.html'.length)) : glob === page);
  return parts.filter((part) => (story === undefined ? part.outside.some(outside) : part.stories.includes(story)));
}

describe('partitionSearchIndex', () => {
  it('keeps each story whole, the pages outside stories in a first part of their own, stories in slug order', () => {
    expect(partitionSearchIndex(SITE, 10)).toEqual([
      { outside: ['404.html', 'about/**/*.html', 'index.html', 'search/**/*.html'], stories: [], pages: 4 },
      { outside: [], stories: ['alpha'], pages: 5 },
      { outside: [], stories: ['bravo', 'charlie'], pages: 7 },
      { outside: [], stories: ['delta'], pages: 2 },
    ]);
  });

  it('changes only the part of a story that gains a page: where parts end follows the slugs, not a count', () => {
    const site = Array.from({ length: 400 }, (_, index) => storyPages(`story-${String(index).padStart(3, '0')}`, 5 + (index % 7))).flat();
    const before = partitionSearchIndex(site, 200);
    expect(before.length).toBeGreaterThan(10);
    for (const slug of ['story-007', 'story-123', 'story-250', 'story-399']) {
      const after = partitionSearchIndex([...site, `stories/${slug}/claims/c999/index.html`], 200);
      const changed = after.filter((part, index) => JSON.stringify(part) !== JSON.stringify(before[index]));
      expect(changed.map((part) => part.stories.includes(slug)), slug).toEqual([true]);
    }
  });

  it('puts every page in exactly one part, and no part over the bound', () => {
    for (const maxPages of [5, 6, 7, 9, 10, 11, 18, 100]) {
      const parts = partitionSearchIndex(SITE, maxPages);
      for (const page of SITE) {
        expect(holders(parts, page), `${page} at ${maxPages}`).toHaveLength(1);
      }
      for (const part of parts) expect(part.pages, `${part.stories.join(' ')} at ${maxPages}`).toBeLessThanOrEqual(maxPages);
      expect(parts.reduce((sum, part) => sum + part.pages, 0)).toBe(SITE.length);
    }
  });

  it('gives the same parts whatever order the pages are listed in', () => {
    expect(partitionSearchIndex([...SITE].reverse(), 7)).toEqual(partitionSearchIndex(SITE, 7));
  });

  it('gives a story larger than the bound a part of its own rather than splitting it', () => {
    expect(partitionSearchIndex([...storyPages('small', 2), ...storyPages('large', 8), ...storyPages('tiny', 1)], 4)).toEqual([
      { outside: [], stories: ['large'], pages: 8 },
      { outside: [], stories: ['small'], pages: 2 },
      { outside: [], stories: ['tiny'], pages: 1 },
    ]);
  });

  it('makes one part of a site that fits, and one part of a site without stories', () => {
    expect(partitionSearchIndex(SITE, SEARCH_INDEX_PART_PAGES)).toHaveLength(1);
    expect(partitionSearchIndex(OUTSIDE, 2)).toEqual([{ outside: ['404.html', 'about/**/*.html', 'index.html', 'search/**/*.html'], stories: [], pages: 4 }]);
  });

  it('selects a page directly in stories/ by its own path, not every story', () => {
    expect(partitionSearchIndex(['stories/index.html', ...storyPages('alpha', 2)], 10)).toEqual([{ outside: ['stories/index.html'], stories: ['alpha'], pages: 3 }]);
  });

  it('escapes the characters Pagefind reads as glob patterns in folder names', () => {
    expect(partitionSearchIndex(['odd{name},(1)/index.html'], 10)[0]?.outside).toEqual(['odd\\{name\\}\\,\\(1\\)/**/*.html']);
    expect(globsOfPart({ outside: [], stories: ['a,b'], pages: 1 })).toEqual(['stories/a\\,b/**/*.html']);
  });

  it('refuses a bound that leaves no room for a page', () => {
    expect(() => partitionSearchIndex(SITE, 0)).toThrow(RangeError);
  });
});

describe('globsOfPart', () => {
  it('selects the stories of a part with one glob, after its entries outside stories', () => {
    expect(globsOfPart({ outside: ['index.html', 'about/**/*.html'], stories: ['alpha', 'bravo'], pages: 9 })).toEqual(['index.html', 'about/**/*.html', 'stories/{alpha,bravo}/**/*.html']);
    expect(globsOfPart({ outside: [], stories: ['alpha'], pages: 5 })).toEqual(['stories/alpha/**/*.html']);
    expect(globsOfPart({ outside: ['index.html'], stories: [], pages: 1 })).toEqual(['index.html']);
  });
});

describe('search-index parts: bundles and settings', () => {
  it('writes the first part where the search page loads Pagefind from, the others in folders without "pagefind" in their name', () => {
    expect([0, 1, 2].map(bundleFolderOf)).toEqual(['pagefind', 'pagefind/part-2', 'pagefind/part-3']);
  });

  it('takes the part size from PARALLAX_SEARCH_PART_PAGES when it is a positive whole number', () => {
    expect(searchIndexPartPages({ PARALLAX_SEARCH_PART_PAGES: '40' })).toBe(40);
    for (const value of [undefined, '', '0', '-3', '2.5', 'many']) expect(searchIndexPartPages({ PARALLAX_SEARCH_PART_PAGES: value })).toBe(SEARCH_INDEX_PART_PAGES);
  });
});
