import { alignStory, type AlignOptions } from './align/index.ts';
import { compareStory } from './compare/index.ts';
import { withComparedReports } from './compared-reports.ts';
import { ingestStory } from './ingest/index.ts';
import { analyseDerivation } from './provenance/index.ts';
import { segmentStory } from './segment/index.ts';
import { DEFAULT_SETTINGS, type PipelineSettings } from './settings.ts';
import type { ComparedStory, RawStory } from './types.ts';

/** The stages `runPipeline` runs, in order. */
export type PipelineStage = 'ingest' | 'segment' | 'align' | 'compare' | 'provenance';

/** Hooks into a pipeline run; every field may be left out. */
export interface PipelineHooks {
  /** Called when a stage has finished, with its wall time: lets a build log show where a long story is. */
  readonly onStage?: ((stage: PipelineStage, milliseconds: number) => void) | undefined;
  /** For evaluation only: outside verdicts on unit pairs, in place of the model's (`AlignOptions.pairVerdict`). */
  readonly pairVerdict?: AlignOptions['pairVerdict'];
}

/**
 * Runs every pipeline stage on one story, top to bottom: ingest → segment → align → compare.
 * Each stage is a pure function of the previous stage's output. Reports that are not compared (no body
 * text, a copy of another report, or not English: `compared-reports.ts`) are kept and shown, but left out
 * of alignment and comparison, so no claim holds their sentences and no finding names them.
 * Every stage gets its group of `settings` (`settings.ts`); the site and the export always use the defaults.
 */
export function runPipeline(raw: RawStory, settings: PipelineSettings = DEFAULT_SETTINGS, hooks?: PipelineHooks): ComparedStory {
  const timed = <T>(stage: PipelineStage, run: () => T): T => {
    const started = performance.now();
    const result = run();
    hooks?.onStage?.(stage, performance.now() - started);
    return result;
  };
  const ingested = timed('ingest', () => ingestStory(raw));
  const segmented = timed('segment', () => segmentStory(ingested, settings.segment));
  const compared = withComparedReports(segmented);
  const aligned = timed('align', () => alignStory(compared, settings.align, { pairVerdict: hooks?.pairVerdict }));
  const found = timed('compare', () => compareStory(aligned, settings.compare));
  const derivation = timed('provenance', () => analyseDerivation(aligned, settings.provenance));
  return { ...found, reports: segmented.reports, derivation };
}
