import type { BlockKind } from '../pipeline/types.ts';

/** Reader-facing name of each kind of block, shown next to text that is not the report's body. */
export const BLOCK_KIND_LABELS: Readonly<Record<BlockKind, string>> = {
  body: 'Body',
  headline: 'Headline',
  standfirst: 'Standfirst',
  subheading: 'Subheading',
  caption: 'Photo caption',
  dateline: 'Dateline',
  'related-link': 'Related link',
  boilerplate: 'Page furniture',
};

/** Formats a count with its noun, e.g. "1 report", "5 reports". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
