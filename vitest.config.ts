import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` tests pure functions and needs nothing built; `site` reads sites that its
 * global setup builds once per run (and the browser tests serve them on 127.0.0.1).
 */
export default defineConfig({
  test: {
    // In CI, also write a JSON report so .ci/run can print a plain "N passed, N failed" closing line.
    reporters: process.env['CI'] ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]] : ['default'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      { test: { name: 'unit', include: ['tests/{ingest,segment,text,lexicon,align,compare,export,eval,scripts,views,collections,files,integrations,pipeline,provenance,remark}/**/*.test.ts', 'tests/integrity/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['tests/{site,e2e}/**/*.test.ts', 'tests/integrity/site/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          // Some of these files run astro build, which keeps temporary files in the project's .astro/: one file at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
