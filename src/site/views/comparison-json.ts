import { toComparisonExport } from '../../export/comparison-export.ts';
import type { StoryView } from '../story-view.ts';

/** The body of a story's `comparison.json` (schema: `schemas/comparison.schema.json`): indented, ending in a newline. */
export function buildComparisonJson(story: StoryView): string {
  return `${JSON.stringify(toComparisonExport(story), null, 2)}\n`;
}
