import { alignStory, type AlignOptions } from './align/index.ts';
import { compareStory } from './compare/index.ts';
import { ingestStory } from './ingest/index.ts';
import { analyseDerivation } from './provenance/index.ts';
import { segmentStory } from './segment/index.ts';
import type { ComparedStory, RawStory } from './types.ts';

/** The stages `runPipeline` runs, in order. */
export type PipelineStage = 'ingest' | 'segment' | 'align' | 'compare' | 'provenance';

/** Hooks into a pipeline run; every field may be left out. */
export interface PipelineHooks {
  /** Called when a stage has finished, with its wall time: lets a build log show where a long story is. */
  readonly onStage?: ((stage: PipelineStage, milliseconds: number) => void) | undefined;
}

/**
 * Runs every pipeline stage on one story, top to bottom: ingest → segment → align → compare.
 * Each stage is a pure function of the previous stage's output. Reports that are not English are
 * kept and shown, but left out of alignment and comparison (the aligner's lexicon is English).
 * `align` passes settings to the aligner; the site and the export always use the defaults.
 */
export function runPipeline(raw: RawStory, align?: AlignOptions, hooks?: PipelineHooks): ComparedStory {
  const timed = <T>(stage: PipelineStage, run: () => T): T => {
    const started = performance.now();
    const result = run();
    hooks?.onStage?.(stage, performance.now() - started);
    return result;
  };
  const ingested = timed('ingest', () => ingestStory(raw));
  const segmented = timed('segment', () => segmentStory(ingested));
  const english = { ...segmented, reports: segmented.reports.filter((report) => report.language.english) };
  const aligned = timed('align', () => alignStory(english, align));
  const compared = timed('compare', () => compareStory(aligned));
  const derivation = timed('provenance', () => analyseDerivation(aligned));
  return { ...compared, reports: segmented.reports, derivation };
}
