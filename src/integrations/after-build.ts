import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSiteIntegrity } from '../integrity/integration.ts';
import { buildSearchIndex } from './pagefind-index.ts';
import { SearchIndexCache } from './search-index-cache.ts';

/**
 * The search-index cache of a build whose Astro cache folder is `cacheDir` and project folder `root`
 * (`<cacheDir>/parallax-search/`, beside the pipeline's cache, or under `$PARALLAX_CACHE_DIR`), keyed by the
 * installed Pagefind's version; none when `PARALLAX_NO_CACHE=1` (a full build, as for the pipeline) or when that
 * version cannot be read.
 */
function searchIndexCacheOf(cacheDir: URL, root: URL): SearchIndexCache | undefined {
  if (process.env['PARALLAX_NO_CACHE'] === '1') return undefined;
  const manifest = join(fileURLToPath(root), 'node_modules', 'pagefind', 'package.json');
  if (!existsSync(manifest)) return undefined;
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown };
  if (typeof version !== 'string') return undefined;
  return new SearchIndexCache(join(process.env['PARALLAX_CACHE_DIR'] ?? fileURLToPath(cacheDir), 'parallax-search'), `pagefind ${version}`);
}

/**
 * The work done on the finished site, at the same time: the Pagefind search index (a native program in
 * its own process) and the integrity check (the pages parsed on worker threads). Neither writes what the
 * other reads, so running them together costs the slower of the two instead of their sum. The build fails
 * with the integrity check's error when it finds a violation, else with the index's error, once both ended.
 */
export function afterBuildIntegration(): AstroIntegration {
  let cache: SearchIndexCache | undefined;
  return {
    name: 'parallax-after-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = searchIndexCacheOf(config.cacheDir, config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // The index first, so that Pagefind is at work before the check starts reading pages.
        const [search, integrity] = await Promise.allSettled([
          buildSearchIndex(site, logger.fork('parallax-pagefind-index'), undefined, cache),
          // Pagefind keeps a core busy and takes longer: the check gets the others (on two cores, this thread).
          checkSiteIntegrity(site, logger.fork('parallax-integrity'), Math.max(1, availableParallelism() - 1)),
        ]);
        if (integrity.status === 'rejected') throw integrity.reason;
        if (search.status === 'rejected') throw search.reason;
      },
    },
  };
}

