/**
 * Astro integration that fails the build when a page presents as a report's words text that is not
 * in that report, or links a quotation to a sentence that does not contain it. Runs after the site
 * is written (`astro:build:done`), on the files themselves: what is checked is what ships.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { assertBuiltSiteIntegrity } from './check-built-site.ts';

/** The integrity check as an Astro integration; register it in `astro.config.ts`. */
export function integrityIntegration(): AstroIntegration {
  return {
    name: 'parallax-integrity',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        logger.info('checking that every quotation on every page is its report’s own words …');
        const started = performance.now();
        const report = assertBuiltSiteIntegrity(fileURLToPath(dir));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `${report.quotes} quotations and ${report.links} links into reports checked on ${report.pages} pages in ${seconds} s: all are the reports' own words`,
        );
      },
    },
  };
}
