import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';

/**
 * Static site; every page is pre-rendered and ships no client JavaScript unless a page opts in.
 * `PARALLAX_CACHE_DIR` lets a second build (tests, `build:stories`) keep its content cache apart,
 * so two builds of different story folders never share a data store.
 */
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  integrations: [pagefindIndex()],
  ...(process.env['PARALLAX_CACHE_DIR'] ? { cacheDir: process.env['PARALLAX_CACHE_DIR'] } : {}),
});
