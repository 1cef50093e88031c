/**
 * The search index in bounded parts (issue #17, item 3). Pagefind keeps every page it has read in memory until
 * it writes its index, so one index of the whole site needs memory that grows with the archive (3.1–3.3 GB for
 * the 12,180 pages of 100 stories of 5 to 10 reports, docs/scale.md). The site is therefore indexed in parts of
 * at most `SEARCH_INDEX_PART_PAGES` pages, one Pagefind process at a time, each part written to its own
 * bundle folder; the search page merges the bundles in the browser (Pagefind's `mergeIndex`).
 */

/**
 * The most HTML pages one search-index part holds (unless one story alone has more: its pages stay together).
 * Measured on this 2-core machine (30 November 2026, docs/scale.md, "Memory: the search index in parts"):
 * Pagefind's process holds about 0.25 MB a page of these sites while it indexes, so 3,000 pages keep it
 * under about 1 GB, below the build's own Node process, whatever the size of the archive; smaller parts
 * save little more (the process starts at about 60 MB) and cost the browser one more bundle to load per
 * part. `PARALLAX_SEARCH_PART_PAGES` overrides it (tests, measurements).
 */
export const SEARCH_INDEX_PART_PAGES = 3_000;

/** The part size to index with: `PARALLAX_SEARCH_PART_PAGES` when it is a positive whole number, else `SEARCH_INDEX_PART_PAGES`. */
export function searchIndexPartPages(environment: NodeJS.ProcessEnv = process.env): number {
  const requested = Number(environment['PARALLAX_SEARCH_PART_PAGES']);
  return Number.isInteger(requested) && requested > 0 ? requested : SEARCH_INDEX_PART_PAGES;
}

/** The pages of the built site that one Pagefind index covers, named by the Pagefind globs that select them. */
export interface SearchIndexPart {
  /**
   * Globs relative to the site folder, one per story (`stories/<slug>/**\/*.html`) and, in the first part,
   * one per folder or page outside `stories/` (`about/**\/*.html`, `index.html`). Each starts with a literal
   * folder or is a file name, so Pagefind walks only the folders it names, not the whole site once per part.
   */
  readonly globs: readonly string[];
  /** HTML pages the globs select. */
  readonly pages: number;
}

/** A run of pages that one part holds whole: one story's folder, or one entry outside `stories/`. */
interface PageGroup {
  readonly glob: string;
  readonly pages: number;
  readonly story: boolean;
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
 * The group of a page (a site-relative path with `/` between folders): its story's folder for a page under
 * `stories/<slug>/`, else its top folder, so that e.g. `about/` stays one group, else the page itself (a page
 * at the top of the site or directly in `stories/`).
 */
function groupOf(path: string): PageGroup & { key: string } {
  const segments = path.split('/');
  const [first = '', second = ''] = segments;
  if (first === 'stories' && segments.length > 2) return { key: `stories/${second}`, glob: `stories/${literalGlob(second)}/**/*.html`, pages: 1, story: true };
  if (first === 'stories' || segments.length === 1) return { key: path, glob: segments.map(literalGlob).join('/'), pages: 1, story: false };
  return { key: first, glob: `${literalGlob(first)}/**/*.html`, pages: 1, story: false };
}

/**
 * Splits the HTML pages of a built site (site-relative paths, `/` between folders) into search-index parts of
 * at most `maxPages` pages each. A story's pages always share one part (a story larger than `maxPages` gets a
 * part of its own), and the pages outside `stories/` (home, about, search) are in the first part. Stories are
 * taken in the order of their slugs (UTF-16 code units), whatever the order of `pages`, so the same site
 * always gives the same parts; a part is closed when the next story would not fit.
 */
export function partitionSearchIndex(pages: Iterable<string>, maxPages: number): SearchIndexPart[] {
  if (!Number.isInteger(maxPages) || maxPages < 1) throw new RangeError(`a search-index part needs room for at least one page, not ${maxPages}`);
  const groups = new Map<string, PageGroup>();
  for (const path of pages) {
    const group = groupOf(path);
    groups.set(group.key, { ...group, pages: (groups.get(group.key)?.pages ?? 0) + 1 });
  }
  const sorted = [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, group]) => group);
  const outside = sorted.filter((group) => !group.story);
  const stories = sorted.filter((group) => group.story);

  const parts: SearchIndexPart[] = [];
  let globs = outside.map((group) => group.glob);
  let count = outside.reduce((sum, group) => sum + group.pages, 0);
  for (const story of stories) {
    if (count > 0 && count + story.pages > maxPages) {
      parts.push({ globs, pages: count });
      globs = [];
      count = 0;
    }
    globs.push(story.glob);
    count += story.pages;
  }
  if (count > 0 || parts.length === 0) parts.push({ globs, pages: count });
  return parts;
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
