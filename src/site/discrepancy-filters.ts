import type { DiscrepancyKind } from '../pipeline/types.ts';
import type { StoryView } from './story-view.ts';

type DiscrepancyView = StoryView['discrepancies'][number];

/** A filtered list of discrepancies: by kind or by severity, each with its own page. */
export interface DiscrepancyFilter {
  readonly slug: string;
  readonly label: string;
  readonly matches: (d: DiscrepancyView) => boolean;
}

/** Filters offered for a story: each severity and each kind that occurs, so no filter page is empty. */
export function discrepancyFilters(story: StoryView, kindLabels: Readonly<Record<DiscrepancyKind, string>>): DiscrepancyFilter[] {
  const severities: DiscrepancyFilter[] = (['contradiction', 'variant'] as const)
    .filter((severity) => story.discrepancies.some((d) => d.severity === severity))
    .map((severity) => ({ slug: severity, label: severity === 'contradiction' ? 'Contradictions' : 'Variants', matches: (d) => d.severity === severity }));
  const kinds = [...new Set(story.discrepancies.map((d) => d.kind))].map((kind) => ({
    slug: kind,
    label: kindLabels[kind] ?? kind,
    matches: (d: DiscrepancyView) => d.kind === kind,
  }));
  return [...severities, ...kinds];
}

/** Orders discrepancies for reading: contradictions first, then by kind, then by id. */
export function sortDiscrepancies(list: readonly DiscrepancyView[]): DiscrepancyView[] {
  const rank = (d: DiscrepancyView) => (d.severity === 'contradiction' ? 0 : 1);
  return [...list].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
}
