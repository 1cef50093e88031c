import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createIndex } from 'pagefind';

/**
 * Builds the Pagefind full-text index of the finished site (stories, claims and reports) into
 * `<outDir>/pagefind/`, with the binary shipped inside the `pagefind` npm package: nothing is
 * downloaded. Pages mark what to index with `data-pagefind-body`.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'parallax-pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        logger.info('building the search index …');
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages for search in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
