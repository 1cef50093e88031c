import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding one sub-folder per story: `root`, else `PARALLAX_STORIES`, else `content/stories`, resolved. */
export function storiesFolder(root?: string): string {
  return resolve(root ?? process.env['PARALLAX_STORIES'] ?? 'content/stories');
}

/** Whether the build runs without its caches (`PARALLAX_NO_CACHE=1`: a full build). */
export function buildCachesOff(): boolean {
  return process.env['PARALLAX_NO_CACHE'] === '1';
}

/** Where the build keeps its caches: `PARALLAX_CACHE_DIR`, else Astro's cache folder `cacheDir` (a file URL). */
export function buildCacheFolder(cacheDir: URL | string): string {
  return process.env['PARALLAX_CACHE_DIR'] ?? fileURLToPath(cacheDir);
}
