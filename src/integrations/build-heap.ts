import type { AstroIntegration } from 'astro';
import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the build's heap grow past what a full collection leaves alive, in percent: after each
 * full collection the next one comes when the heap is `1 + percent / 100` times the live data. By default V8
 * picks the factor itself (up to four times the live data when collecting looks cheap against the work
 * done), so a long page-writing phase with 130–180 MB alive grew the build's heap to about 500 MB, and the
 * peak with the archive (docs/scale.md, "Memory: the build's heap bounded"). A factor is not a cap: a story
 * whose live data is large still gets the heap it needs, it is only collected more often.
 */
export const BUILD_HEAP_GROWING_PERCENT = 20;

/** The percent to use: `PARALLAX_HEAP_GROWING_PERCENT` when it is a whole number (0: V8's own), else the setting. */
export function heapGrowingPercent(env: NodeJS.ProcessEnv = process.env): number {
  const text = env['PARALLAX_HEAP_GROWING_PERCENT'];
  if (text !== undefined && /^\d+$/.test(text)) return Number(text);
  return BUILD_HEAP_GROWING_PERCENT;
}

/**
 * Bounds how far the heap of `astro build` grows between full collections (`--heap-growing-percent`, read by
 * V8 at each collection, so setting it once the process runs takes effect; the flag is process-wide, so the
 * pipeline's worker threads get it too). Set when the configuration is read, before the content layer runs the
 * pipeline: set later, at `astro:build:start`, the limit V8 had computed during the pipeline still let the heap
 * overshoot once as page writing began (docs/scale.md). Only for builds: the dev server keeps V8's own.
 */
export function buildHeapIntegration(): AstroIntegration {
  return {
    name: 'parallax-build-heap',
    hooks: {
      'astro:config:setup': ({ command }) => {
        const percent = heapGrowingPercent();
        if (command === 'build' && percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
      },
    },
  };
}
