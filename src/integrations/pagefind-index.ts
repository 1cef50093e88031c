import type { AstroIntegrationLogger } from 'astro';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex, type IndexFile } from 'pagefind';
import { listFiles } from '../files/list-files.ts';
import { SearchIndexCache, searchPartKey, writeBundle } from './search-index-cache.ts';
import { bundleFolderOf, globsOfPart, pagesOfParts, partitionSearchIndex, SEARCH_BUNDLES_FILE, searchIndexPartPages, type SearchIndexPart } from './search-index-parts.ts';

/**
 * The files the search page loads from a bundle that Pagefind left empty in `outputPath`: Pagefind's scripts,
 * style sheet and entry file from the first bundle (src/pages/search.astro), the entry file from the others
 * (a merged bundle is searched with the first bundle's scripts).
 */
function emptyFiles(outputPath: string, first: boolean): string[] {
  const loaded = first ? ['pagefind.js', 'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-entry.json'] : ['pagefind-entry.json'];
  return loaded.filter((name) => statSync(join(outputPath, name), { throwIfNoEntry: false })?.size === 0);
}

type Logger = Pick<AstroIntegrationLogger, 'info'>;

/**
 * The pages a bundle lets one search: those of the pages read whose main content is marked
 * `data-pagefind-body` (Pagefind's entry file counts them per language).
 */
function searchablePagesOf(files: readonly IndexFile[]): number {
  const entry = files.find((file) => file.path.endsWith('pagefind-entry.json'));
  if (entry === undefined) return 0;
  const { languages } = JSON.parse(Buffer.from(entry.content).toString('utf8')) as { languages?: Record<string, { page_count?: number }> };
  return Object.values(languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}

/**
 * Indexes one part of the site in a Pagefind process of its own and writes its bundle to `outputPath`; the
 * process is ended afterwards, so that what it held is given back before the next part starts. Returns the
 * number of pages Pagefind read and the bundle's files as written.
 */
async function indexPart(site: string, part: SearchIndexPart, outputPath: string, first: boolean, logger: Logger): Promise<{ pages: number; files: IndexFile[] }> {
  try {
    const { index, errors } = await createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    let pages = 0;
    for (const glob of globsOfPart(part)) {
      const added = await index.addDirectory({ path: site, glob });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${join(site, glob)}: ${added.errors.join('; ')}`);
      pages += added.page_count;
    }
    let files: IndexFile[] = [];
    const write = async () => {
      const built = await index.getFiles();
      if (built.errors.length > 0) throw new Error(`Pagefind could not build its index: ${built.errors.join('; ')}`);
      writeBundle(outputPath, built.files);
      files = built.files;
    };
    await write();
    // Pagefind 1.5.2 once left pagefind-ui.js empty, which would break the search page without any error (see
    // writeBundle): should a file the search page loads still come out empty, write again once, then fail loudly.
    if (emptyFiles(outputPath, first).length > 0) {
      logger.info(`Pagefind gave ${emptyFiles(outputPath, first).join(', ')} empty; writing the index again`);
      await write();
      const empty = emptyFiles(outputPath, first);
      if (empty.length > 0) throw new Error(`Pagefind wrote ${empty.map((name) => join(outputPath, name)).join(', ')} empty`);
    }
    await index.deleteIndex();
    return { pages, files };
  } finally {
    await close();
  }
}

/**
 * Builds the Pagefind full-text index of the finished site (stories, claims and reports), once per build, with
 * the binary shipped inside the `pagefind` npm package: nothing is downloaded. Pages mark what to index with
 * `data-pagefind-body`. The site is indexed in parts of at most `maxPartPages` pages (`search-index-parts.ts`),
 * one Pagefind process at a time, so Pagefind's memory is bounded by a part, not the archive: the first part
 * in `<site>/pagefind/`, the others in `<site>/pagefind/part-<n>/`, and the list of bundles in
 * `SEARCH_BUNDLES_FILE`, which the search page reads to merge them. Run by `after-build.ts`, beside the
 * integrity check, and by `npm run merge:shards` once over the merged site; the log says when it starts, each
 * part, and how long it took. With a `cache`, a part whose pages are byte for byte those of the last build takes
 * its bundle from there instead of being indexed again (`search-index-cache.ts`).
 */
export async function buildSearchIndex(site: string, logger: Logger, maxPartPages: number = searchIndexPartPages(), cache?: SearchIndexCache): Promise<void> {
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  // An index written earlier into this folder is not a page of the site.
  const pages = listFiles(site).filter((path) => path.endsWith('.html') && !path.startsWith('pagefind/'));
  const parts = partitionSearchIndex(pages, maxPartPages);
  const partPages = pagesOfParts(pages, parts);
  logger.info(`building the search index of ${pages.length} pages in ${parts.length} part${parts.length === 1 ? '' : 's'} of at most ${maxPartPages} pages …`);
  let indexed = 0;
  let searchable = 0;
  let reused = 0;
  for (const [number, part] of parts.entries()) {
    const outputPath = join(site, bundleFolderOf(number));
    const key = cache === undefined ? undefined : searchPartKey(site, partPages[number] ?? [], `${cache.indexer} ${bundleFolderOf(number)}`);
    const stored = key === undefined ? undefined : cache?.read(key);
    if (stored !== undefined) {
      writeBundle(outputPath, stored);
      reused += 1;
      continue;
    }
    const { pages: read, files } = await indexPart(site, part, outputPath, number === 0, logger);
    if (key !== undefined) cache?.write(key, files);
    indexed += read;
    searchable += searchablePagesOf(files);
    if (parts.length > 1) logger.info(`search index part ${number + 1} of ${parts.length}: ${read} pages read, written to ${bundleFolderOf(number)}/ (${seconds()} s)`);
  }
  cache?.pruneUnused();
  const bundles = parts.map((_, number) => `/${bundleFolderOf(number)}/`);
  writeFileSync(join(site, SEARCH_BUNDLES_FILE), `${JSON.stringify({ bundles })}\n`);
  const kept = reused === 0 ? '' : `; ${reused} of ${parts.length} parts unchanged since the last build, taken from the cache`;
  logger.info(`read ${indexed} pages for search, ${searchable} of them searchable, in ${seconds()} s${kept}`);
}
