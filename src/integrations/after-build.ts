import type { AstroIntegration } from 'astro';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { checkSiteIntegrity } from '../integrity/integration.ts';
import { buildSearchIndex } from './pagefind-index.ts';

/**
 * The work done on the finished site, at the same time: the Pagefind search index (a native program in
 * its own process) and the integrity check (the pages parsed on worker threads). Neither writes what the
 * other reads, so running them together costs the slower of the two instead of their sum. The build fails
 * with the integrity check's error when it finds a violation, else with the index's error, once both ended.
 */
export function afterBuildIntegration(): AstroIntegration {
  return {
    name: 'parallax-after-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // The index first, so that Pagefind is at work before the check starts reading pages.
        const [search, integrity] = await Promise.allSettled([
          buildSearchIndex(site, logger.fork('parallax-pagefind-index')),
          // Pagefind keeps a core busy and takes longer: the check gets the others (on two cores, this thread).
          checkSiteIntegrity(site, logger.fork('parallax-integrity'), Math.max(1, availableParallelism() - 1)),
        ]);
        if (integrity.status === 'rejected') throw integrity.reason;
        if (search.status === 'rejected') throw search.reason;
      },
    },
  };
}

