/**
 * The search index in bounded parts (issue #17, item 3). Pagefind keeps every page it has read in memory until
 * it writes its index, so one index of the whole site needs memory that grows with the archive (2.9–3.4 GB for
 * the 12,180 pages of 100 stories of 5 to 10 reports, docs/scale.md). The site is therefore indexed in parts of
 * at most `SEARCH_INDEX_PART_PAGES` pages, one Pagefind process at a time, each part written to its own
 * bundle folder; the search page merges the bundles in the browser (Pagefind's `mergeIndex`).
 */
import { slugHash } from '../collections/shard.ts';

/**
 * The most HTML pages one search-index part holds (unless one story alone has more: its pages stay together).
 * Measured on this 2-core machine (30 November 2026, `npm run bench:site` at 100 stories of 5 to 10 reports,
 * 12,180 pages; docs/scale.md, "Memory: the search index in parts"): Pagefind's process holds about 0.28 MB a
 * page while it builds a part's index, so parts of 3,000 pages peak at 770–900 MB each (one index of the whole
 * site: 2.9–3.4 GB), below the build's own Node process, whatever the size of the archive. Parts of 1,500 pages
 * peaked at 280–500 MB, but every part is one more bundle for the search page to load, so the archive's search
 * page would load twice as many; 6,000 pages peaked at 1.6 GB. `PARALLAX_SEARCH_PART_PAGES` overrides it
 * (tests, measurements).
 */
export const SEARCH_INDEX_PART_PAGES = 3_000;

/** The part size to index with: `PARALLAX_SEARCH_PART_PAGES` when it is a positive whole number, else `SEARCH_INDEX_PART_PAGES`. */
export function searchIndexPartPages(environment: NodeJS.ProcessEnv = process.env): number {
  const requested = Number(environment['PARALLAX_SEARCH_PART_PAGES']);
  return Number.isInteger(requested) && requested > 0 ? requested : SEARCH_INDEX_PART_PAGES;
}

/** The pages of the built site that one Pagefind index covers. */
export interface SearchIndexPart {
  /**
   * The pages outside `stories/` (home, about, search; the first part only), as globs relative to the site: one
   * per top folder (`about/**\/*.html`) or page (`index.html`).
   */
  readonly outside: readonly string[];
  /** The slugs of the stories whose pages the part holds, in slug order. */
  readonly stories: readonly string[];
  /** HTML pages in the part. */
  readonly pages: number;
}

/** A run of pages that one part holds whole: one story's folder, or one entry outside `stories/`. */
interface PageGroup {
  /** The story's slug, or the glob of the entry outside `stories/`. */
  readonly name: string;
  readonly story: boolean;
  readonly pages: number;
}

/**
 * Characters that Wax, Pagefind's glob library, reads as patterns, each made literal by a backslash (tried on
 * folder names with Pagefind 1.5.2; `#`, `~` and `!` are literal already, and escaping them is an error).
 */
const GLOB_SPECIAL = /[\\?*$:<>()[\]{},]/g;

/** `name` as a glob that matches exactly that file or folder name. */
function literalGlob(name: string): string {
  return name.replace(GLOB_SPECIAL, (character) => `\\${character}`);
}

/**
 * The group of a page (a site-relative path with `/` between folders): its story for a page under
 * `stories/<slug>/`, else its top folder, so that e.g. `about/` stays one group, else the page itself (a page
 * at the top of the site or directly in `stories/`). Keyed so that stories and other entries never collide.
 */
function groupOf(path: string): PageGroup & { key: string } {
  const segments = path.split('/');
  const [first = '', second = ''] = segments;
  if (first === 'stories' && segments.length > 2) return { key: `story ${second}`, name: second, story: true, pages: 1 };
  const glob = first === 'stories' || segments.length === 1 ? segments.map(literalGlob).join('/') : `${literalGlob(first)}/**/*.html`;
  return { key: `outside ${glob}`, name: glob, story: false, pages: 1 };
}

/** The median of a non-empty list of counts (the lower middle one). */
function median(counts: readonly number[]): number {
  const sorted = [...counts].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 1;
}

/**
 * Splits the HTML pages of a built site (site-relative paths, `/` between folders) into search-index parts of
 * at most `maxPages` pages each. The pages outside `stories/` (home, about, search) are the first part, alone:
 * they change with every story, and a part of their own is re-indexed in a moment. A story's pages always share
 * one part (a story larger than `maxPages` gets a part of its own). Stories are taken in the order of their slugs
 * (UTF-16 code units), whatever the order of `pages`, so the same site always gives the same parts.
 *
 * Where a part ends is decided by the stories' slugs, not by counting pages (content-defined chunking, as in
 * rsync and LBFS: Muthitacharoen, Chen and Mazières 2001): once a part holds half of `maxPages`, it ends
 * after a story whose slug hashes to 0 modulo a spacing (from the median story's pages) that makes a part about
 * three quarters of `maxPages`, or earlier when the next story would not fit. So a story that gains or loses a page (a new claim) changes its own
 * part only; with parts closed by counting, every later part would shift and be indexed again
 * (`search-index-cache.ts` keeps the bundles of unchanged parts between builds).
 */
export function partitionSearchIndex(pages: Iterable<string>, maxPages: number): SearchIndexPart[] {
  if (!Number.isInteger(maxPages) || maxPages < 1) throw new RangeError(`a search-index part needs room for at least one page, not ${maxPages}`);
  const groups = new Map<string, PageGroup>();
  for (const path of pages) {
    const group = groupOf(path);
    const known = groups.get(group.key);
    groups.set(group.key, known ? { ...known, pages: known.pages + 1 } : group);
  }
  const sorted = [...groups.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const outside = sorted.filter((group) => !group.story);
  const stories = sorted.filter((group) => group.story);
  const outsidePages = outside.reduce((sum, group) => sum + group.pages, 0);
  const storyPages = stories.reduce((sum, group) => sum + group.pages, 0);

  // A site that fits in one part is one part: one bundle for the browser to load.
  if (outsidePages + storyPages <= maxPages) {
    return [{ outside: outside.map((group) => group.name), stories: stories.map((group) => group.name), pages: outsidePages + storyPages }];
  }
  const parts: SearchIndexPart[] = [];
  if (outside.length > 0) parts.push({ outside: outside.map((group) => group.name), stories: [], pages: outsidePages });
  // A part is cut at a slug boundary only once it holds half of `maxPages` (the minimum chunk of
  // content-defined chunking), and the boundaries are spaced a quarter of `maxPages` apart on average, so a
  // part holds about three quarters of `maxPages` and reaches the bound (a cut by count) about once in eight
  // parts (e^-2): fewer bundles for the browser than smaller parts, while a cut by count moves only the
  // parts up to the next slug boundary.
  const minimumPages = maxPages / 2;
  const spacing = Math.max(1, Math.round(maxPages / 4 / Math.max(1, median(stories.map((story) => story.pages)))));
  let part = { outside: [] as string[], stories: [] as string[], pages: 0 };
  for (const story of stories) {
    if (part.pages > 0 && part.pages + story.pages > maxPages) {
      parts.push(part);
      part = { outside: [], stories: [], pages: 0 };
    }
    part.stories.push(story.name);
    part.pages += story.pages;
    if (part.pages >= minimumPages && slugHash(story.name) % spacing === 0) {
      parts.push(part);
      part = { outside: [], stories: [], pages: 0 };
    }
  }
  if (part.pages > 0) parts.push(part);
  return parts;
}

/**
 * The site-relative pages of each part, in the order of `parts` (each page in the part `partitionSearchIndex`
 * put it in): what a part's bundle is made from, to key it in `search-index-cache.ts`.
 */
export function pagesOfParts(pages: Iterable<string>, parts: readonly SearchIndexPart[]): string[][] {
  const partOfGroup = new Map<string, number>();
  parts.forEach((part, index) => {
    for (const name of part.outside) partOfGroup.set(`outside ${name}`, index);
    for (const slug of part.stories) partOfGroup.set(`story ${slug}`, index);
  });
  const result = parts.map((): string[] => []);
  for (const path of pages) {
    const index = partOfGroup.get(groupOf(path).key);
    if (index === undefined) throw new Error(`the page ${path} is in no search-index part`);
    result[index]?.push(path);
  }
  return result;
}

/**
 * The Pagefind globs, relative to the site, that select exactly the pages of a part: its entries outside
 * `stories/`, then one glob for all its stories (`stories/{a,b}/**\/*.html`). Each starts with a literal
 * folder or is a page, so Pagefind walks only the folders it names (Wax, its glob library, prunes the others),
 * not the whole site once per part; and a part costs Pagefind a few requests, not one per story (each request
 * waits for the build's thread, which the integrity check keeps busy meanwhile).
 */
export function globsOfPart(part: SearchIndexPart): string[] {
  const [only, ...more] = part.stories.map(literalGlob);
  if (only === undefined) return [...part.outside];
  return [...part.outside, more.length === 0 ? `stories/${only}/**/*.html` : `stories/{${[only, ...more].join(',')}}/**/*.html`];
}

/**
 * The bundle folder of part `index` (0-based), relative to the site: the first part in `pagefind/`, where the
 * search page loads Pagefind's own scripts from; the others beside its files, in `pagefind/part-<n>/`. The
 * name must not contain "pagefind" again: Pagefind's browser code takes the site's base URL from the text
 * before the last "pagefind" of a bundle's path.
 */
export function bundleFolderOf(index: number): string {
  return index === 0 ? 'pagefind' : `pagefind/part-${index + 1}`;
}

/**
 * The file, relative to the site, that lists every bundle's URL path (the first one first) for the search
 * page (`public/search.js`), so that the page stays static while the number of parts follows the archive.
 */
export const SEARCH_BUNDLES_FILE = 'pagefind/parallax-bundles.json';
