import { alignStory } from './align/index.ts';
import { compareStory } from './compare/index.ts';
import { selectComparedReports } from './compared-reports.ts';
import { ingestStory } from './ingest/index.ts';
import { analyseDerivation } from './provenance/index.ts';
import { segmentStory } from './segment/index.ts';
import { DEFAULT_SETTINGS, type PipelineSettings } from './settings.ts';
import type { ComparedStory, RawStory } from './types.ts';

/**
 * Runs every pipeline stage on one story, top to bottom: ingest → segment → align → compare.
 * Each stage is a pure function of the previous stage's output. Reports that are not compared (no body
 * text, a copy of another report, or not English: `compared-reports.ts`) are kept and shown, but left out
 * of alignment and comparison, so no claim holds their sentences and no finding names them.
 * Every stage gets its group of `settings` (`settings.ts`); the site and the export always use the defaults.
 */
export function runPipeline(raw: RawStory, settings: PipelineSettings = DEFAULT_SETTINGS): ComparedStory {
  const segmented = segmentStory(ingestStory(raw), settings.segment);
  const compared = { ...segmented, reports: selectComparedReports(segmented.reports) };
  const aligned = alignStory(compared, settings.align);
  return {
    ...compareStory(aligned, settings.compare),
    reports: segmented.reports,
    derivation: analyseDerivation(aligned, settings.provenance),
  };
}
