/**
 * Coverage notes, not discrepancies: claims only one report carries (`unique`), and claims most reports
 * carry that some report leaves out (`omission`, naming the reports in `missingFrom`). A claim counts as "most reports
 * carry it" for a report when more than half of the *other* reports carry it (so with five reports, three
 * or more), which keeps one report's idiosyncrasy from reading as everyone else's omission.
 */
import { selectComparedReports } from '../../compared-reports.ts';
import type { AlignedStory, CoverageNote, SourceId } from '../../types.ts';
import type { ClaimView } from '../claims/claim-view.ts';
import { collectEvidence } from '../claims/findings.ts';

/**
 * Reports that take part in the comparison (`compared-reports.ts`): only these count in "n of m reports" and
 * can leave a claim out; a report with no body text, a copy or a report not in English never does.
 */
export function comparedSources(story: AlignedStory): SourceId[] {
  return selectComparedReports(story.reports).map((report) => report.id);
}

/** Whether a claim carried by `carriers` of `total` reports counts as an omission for the others. */
export function isWidelyCarried(carriers: number, total: number): boolean {
  return carriers >= 2 && carriers < total && carriers > (total - 1) / 2;
}

/** Finds single-report claims and widely carried claims that some reports leave out, in claim order. */
export function findCoverage(story: AlignedStory, claims: readonly ClaimView[]): CoverageNote[] {
  const sources = comparedSources(story);
  const total = sources.length;
  if (total < 2) return [];
  const notes: CoverageNote[] = [];
  for (const claim of claims) {
    const carriers = new Set(claim.units.map((view) => view.source));
    if (carriers.size === 0) continue;
    const { sentences } = collectEvidence(claim.units.map((view) => ({ view, start: view.offset, end: view.offset + view.unit.text.length })));
    const quoted = `“${claim.claim.summary}”`;
    const carriedBy = sources.filter((source) => carriers.has(source));
    if (carriers.size === 1) {
      notes.push({ kind: 'unique', claim: claim.claim.id, summary: `1 of ${total} reports: ${quoted}`, sources: carriedBy, sentences, missingFrom: [] });
    } else if (isWidelyCarried(carriers.size, total)) {
      const missing = sources.filter((source) => !carriers.has(source));
      notes.push({
        kind: 'omission',
        claim: claim.claim.id,
        summary: `${carriers.size} of ${total} reports (missing from ${missing.length}): ${quoted}`,
        sources: carriedBy,
        sentences,
        missingFrom: missing,
      });
    }
  }
  return notes;
}
