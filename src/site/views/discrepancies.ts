import { discrepancyFilters, sortDiscrepancies } from '../discrepancy-filters.ts';
import { DISCREPANCY_KIND_LABELS } from '../labels.ts';
import { discrepanciesPath, discrepancyFilterPath } from '../routes.ts';
import { indexStory } from '../story-index.ts';
import type { StoryView } from '../story-view.ts';
import { buildDiscrepancyItem, type DiscrepancyItemView } from './parts/discrepancy-item.ts';
import { buildStoryFrame, type StoryFrame } from './parts/story-frame.ts';

/** A filter of the list, with how many findings it keeps; no link on the page that shows it. */
export interface FilterLinkView {
  readonly label: string;
  readonly count: number;
  /** Absent for the filter the page shows. */
  readonly href?: string | undefined;
}

/** Every finding of a story, or those of one kind or severity: each filter is its own page. */
export interface DiscrepanciesView {
  readonly frame: StoryFrame;
  readonly title: string;
  /** "All" first, then each severity and kind that occurs. */
  readonly filters: readonly FilterLinkView[];
  /** Contradictions first, then by id (`sortDiscrepancies`). */
  readonly items: readonly DiscrepancyItemView[];
}

/** The filters a story offers, each a page: every severity and kind that occurs, so no filter page is empty. */
export function discrepancyFilterRoutes(story: StoryView): string[] {
  return discrepancyFilters(story, DISCREPANCY_KIND_LABELS).map((filter) => filter.slug);
}

/**
 * The list of `story`'s findings: all of them (coverage findings included), or only those of the
 * filter `active`; throws when the story offers no such filter (a broken route).
 */
export function buildDiscrepanciesView(story: StoryView, active?: string): DiscrepanciesView {
  const index = indexStory(story);
  const filters = discrepancyFilters(story, DISCREPANCY_KIND_LABELS);
  const current = active === undefined ? undefined : filters.find((filter) => filter.slug === active);
  if (active !== undefined && current === undefined) throw new Error(`no discrepancy filter ${active} in ${story.slug}`);
  const title = current === undefined ? 'Discrepancies' : `Discrepancies: ${current.label}`;
  const shown = sortDiscrepancies(current ? story.discrepancies.filter(current.matches) : story.discrepancies);
  return {
    // A filter's page lists findings the page of all of them holds.
    frame: buildStoryFrame(story, title, { searchable: current === undefined }),
    title,
    filters: [
      { label: 'All', count: story.discrepancies.length, href: current === undefined ? undefined : discrepanciesPath(story.slug) },
      ...filters.map((filter) => ({
        label: filter.label,
        count: story.discrepancies.filter(filter.matches).length,
        href: filter === current ? undefined : discrepancyFilterPath(story.slug, filter.slug),
      })),
    ],
    items: shown.map((d) => buildDiscrepancyItem(index, d, 2)),
  };
}
