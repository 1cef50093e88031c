/**
 * Provenance analysis of a story: for every ordered pair of comparable reports, how much of one
 * report's material the other carries, in what order and in what words, and the verdict.
 */
import { selectComparedReports } from '../compared-reports.ts';
import type { AlignedStory, SourceId } from '../types.ts';
import { explainPair, type NameReport } from './explain.ts';
import { layOutClaims, measurePair } from './pair-figures.ts';
import type { Derivation, DerivationPair } from '../model/derivation.ts';
import { judgePair } from './verdict.ts';
import { DEFAULT_SETTINGS, type ProvenanceSettings } from '../settings.ts';

/** What `analyseDerivation` works with besides its thresholds (those are `ProvenanceSettings`); every field may be left out. */
export interface DerivationOptions {
  /** Names reports in the explanations; default: the report's label (its outlet, else its letter). */
  readonly nameReport?: NameReport | undefined;
}

/** Reports that take part: the compared reports (`compared-reports.ts`), the same rule as the site's. */
function comparableIds(story: AlignedStory): SourceId[] {
  return selectComparedReports(story.reports).map((report) => report.id);
}

/**
 * Measures and grades every ordered pair of comparable reports (see `verdict.ts` for what each
 * verdict requires). A rewrite shows as high coverage and order agreement whatever its wording.
 */
export function analyseDerivation(
  story: AlignedStory,
  settings: ProvenanceSettings = DEFAULT_SETTINGS.provenance,
  options?: DerivationOptions,
): Derivation {
  const labels = new Map(story.reports.map((report) => [report.id as string, report.label]));
  const name = options?.nameReport ?? ((id: string) => labels.get(id) ?? id);
  const reports = comparableIds(story);
  const layout = layOutClaims(story);
  const pairs = reports.flatMap((source) =>
    reports
      .filter((carrier) => carrier !== source)
      .map((carrier): DerivationPair => {
        const { wordingByClaim, ...figures } = measurePair(layout, source, carrier);
        const verbatimClaims = wordingByClaim.filter((value) => value >= settings.verbatimWording).length;
        const verdict = judgePair({ ...figures, verbatimClaims }, settings);
        const pair = { ...figures, verbatimClaims, verdict, explanation: '' };
        return { ...pair, explanation: explainPair(pair, name) };
      }),
  );
  return { reports, pairs };
}
