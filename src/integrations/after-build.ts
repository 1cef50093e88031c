import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCacheFolder, buildCachesOff } from '../collections/build-folders.ts';
import { checkSiteIntegrity } from '../integrity/integration.ts';
import { buildSearchIndex } from './pagefind-index.ts';
import { SearchIndexCache } from './search-index-cache.ts';

/**
 * The build's caches of after-build work, under its Astro cache folder `cacheDir` (beside the pipeline's cache, or
 * under `$PARALLAX_CACHE_DIR`); none when `PARALLAX_NO_CACHE=1` (a full build, as for the pipeline): the search
 * index's bundles by part (`<cache>/parallax-search/`, keyed by the installed Pagefind's version, read in the
 * project folder `root`; none when it cannot be read) and the integrity check's page marks
 * (`<cache>/parallax-integrity/`).
 */
function afterBuildCachesOf(cacheDir: URL, root: URL): { search: SearchIndexCache | undefined; integrity: string | undefined } {
  if (buildCachesOff()) return { search: undefined, integrity: undefined };
  const folder = buildCacheFolder(cacheDir);
  const manifest = join(fileURLToPath(root), 'node_modules', 'pagefind', 'package.json');
  const version = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }).version : undefined;
  return {
    search: typeof version === 'string' ? new SearchIndexCache(join(folder, 'parallax-search'), `pagefind ${version}`) : undefined,
    integrity: join(folder, 'parallax-integrity'),
  };
}

export function afterBuildIntegration(): AstroIntegration {
  let caches: ReturnType<typeof afterBuildCachesOf> = { search: undefined, integrity: undefined };
  return {
    name: 'parallax-after-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        caches = afterBuildCachesOf(config.cacheDir, config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // The index first, so that Pagefind is at work before the check starts reading pages.
        const [search, integrity] = await Promise.allSettled([
          buildSearchIndex(site, logger.fork('parallax-pagefind-index'), undefined, caches.search),
          // Pagefind keeps a core busy and takes longer: the check gets the others (on two cores, this thread).
          checkSiteIntegrity(site, logger.fork('parallax-integrity'), Math.max(1, availableParallelism() - 1), caches.integrity),
        ]);
        if (integrity.status === 'rejected') throw integrity.reason;
        if (search.status === 'rejected') throw search.reason;
      },
    },
  };
}

