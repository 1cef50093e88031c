import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../scripts/lib/build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Built site of the project's own stories (`content/stories`). */
    contentSite: string;
    /** Built site of the hand-made fixture stories (`tests/fixtures/site-stories`). */
    fixtureSite: string;
  }
}

/**
 * Builds the two sites that the site and browser tests read, once per test run, into temporary
 * folders (never into the checkout's `dist/`).
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const root = resolve(import.meta.dirname, '..');
  // One after the other: astro build keeps intermediate files in the project's `.astro/` folder.
  const content = await buildSite(resolve(root, 'content/stories'));
  const fixtures = await buildSite(resolve(root, 'tests/fixtures/site-stories'));
  project.provide('contentSite', content.outDir);
  project.provide('fixtureSite', fixtures.outDir);
  return () => {
    for (const build of [content, fixtures]) rmSync(dirname(build.outDir), { recursive: true, force: true });
  };
}
