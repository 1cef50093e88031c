import type { AstroIntegrationLogger } from 'astro';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

/** The files the search page loads (src/pages/search.astro) that Pagefind left empty in `outputPath`. */
function emptyFiles(outputPath: string): string[] {
  return ['pagefind.js', 'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-entry.json'].filter((name) => statSync(join(outputPath, name), { throwIfNoEntry: false })?.size === 0);
}

/**
 * Builds the Pagefind full-text index of the finished site (stories, claims and reports) into
 * `<site>/pagefind/`, once per build, with the binary shipped inside the `pagefind` npm package: nothing
 * is downloaded. Pages mark what to index with `data-pagefind-body`. Run by `after-build.ts`, beside the
 * integrity check, and by `npm run merge:shards` once over the merged site; the log says when it starts and how long it took.
 */
export async function buildSearchIndex(site: string, logger: Pick<AstroIntegrationLogger, 'info'>): Promise<void> {
  const started = performance.now();
  logger.info('building the search index …');
  try {
    const { index, errors } = await createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    logger.info(`search index: ${added.page_count} pages read in ${((performance.now() - started) / 1000).toFixed(1)} s; writing it …`);
    const outputPath = `${site}/pagefind`;
    const write = async () => {
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    };
    await write();
    // Pagefind 1.5.2 once wrote an empty pagefind-ui.js (1 of 5 runs of tests/scripts/merge-shards.test.ts, under
    // load), which would break the search page without any error: write again once, then fail loudly.
    if (emptyFiles(outputPath).length > 0) {
      logger.info(`Pagefind wrote ${emptyFiles(outputPath).join(', ')} empty; writing the index again`);
      await write();
      const empty = emptyFiles(outputPath);
      if (empty.length > 0) throw new Error(`Pagefind wrote ${empty.map((name) => join(outputPath, name)).join(', ')} empty`);
    }
    logger.info(`indexed ${added.page_count} pages for search in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await close();
  }
}
