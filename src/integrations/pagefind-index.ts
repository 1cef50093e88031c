import type { AstroIntegrationLogger } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind full-text index of the finished site (stories, claims and reports) into
 * `<site>/pagefind/`, once per build, with the binary shipped inside the `pagefind` npm package: nothing
 * is downloaded. Pages mark what to index with `data-pagefind-body`. Run by `after-build.ts`, beside the
 * integrity check; the log says when it starts and how long it took.
 */
export async function buildSearchIndex(site: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  logger.info('building the search index …');
  try {
    const { index, errors } = await createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    logger.info(`search index: ${added.page_count} pages read in ${((performance.now() - started) / 1000).toFixed(1)} s; writing it …`);
    const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    logger.info(`indexed ${added.page_count} pages for search in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await close();
  }
}
