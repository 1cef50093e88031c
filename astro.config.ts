import { defineConfig } from 'astro/config';

/** Static site; every page is pre-rendered and ships no client JavaScript unless a page opts in. */
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  devToolbar: { enabled: false },
});
