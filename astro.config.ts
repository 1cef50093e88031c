import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { afterBuildIntegration } from './src/integrations/after-build.ts';
import { buildHeapIntegration } from './src/integrations/build-heap.ts';

/**
 * Static site; every page is pre-rendered and ships no client JavaScript unless a page opts in.
 * `PARALLAX_CACHE_DIR` lets a second build (tests, `build:stories`) keep its content cache apart,
 * so two builds of different story folders never share a data store.
 */
export default defineConfig({
  // Absolute URLs (sitemap, RSS, JSON-LD) need the address the site is served from; set PARALLAX_SITE_URL when deploying.
  site: process.env['PARALLAX_SITE_URL'] ?? 'http://127.0.0.1:4321',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // The search index and the integrity check read the finished pages, so they run last (side by side).
  integrations: [buildHeapIntegration(), sitemap(), afterBuildIntegration()],
  ...(process.env['PARALLAX_CACHE_DIR'] ? { cacheDir: process.env['PARALLAX_CACHE_DIR'] } : {}),
});
