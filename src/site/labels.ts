import type { NotComparedReason } from '../pipeline/compared-reports.ts';
import type { BlockKind, CoverageKind, DiscrepancyKind } from '../pipeline/types.ts';

/** Reader-facing name of each kind of block, shown next to text that is not the report's body. */
export const BLOCK_KIND_LABELS: Readonly<Record<BlockKind, string>> = {
  body: 'Body',
  headline: 'Headline',
  standfirst: 'Standfirst',
  subheading: 'Subheading',
  caption: 'Photo caption',
  dateline: 'Dateline',
  'related-link': 'Related link',
  'quoted-report': 'Quoted from another outlet',
  boilerplate: 'Page furniture',
};

/** Why a report is shown but not compared, in the reader's words; it completes "not compared: …". */
export const NOT_COMPARED_LABELS: Readonly<Record<NotComparedReason, string>> = {
  'no-body-text': 'no body text',
  duplicate: 'same text as another report',
  'not-english': 'not in English',
};

/** Formats a count with its noun, e.g. "1 report", "5 reports". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** Joins names as a sentence lists them: "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** Reader-facing name of each kind of discrepancy. */
export const DISCREPANCY_KIND_LABELS: Readonly<Record<DiscrepancyKind, string>> = {
  number: 'Numbers',
  date: 'Dates and times',
  attribution: 'Who said or did it',
  quote: 'Quotation wording',
  name: 'Name spelling',
};

/** Reader-facing name of each kind of coverage note (not a discrepancy). */
export const COVERAGE_KIND_LABELS: Readonly<Record<CoverageKind, string>> = {
  unique: 'Only one report',
  omission: 'Left out',
};

/** Reader-facing severity, with a symbol so that meaning never depends on colour. */
export const SEVERITY_LABELS: Readonly<Record<'contradiction' | 'variant', { symbol: string; label: string }>> = {
  contradiction: { symbol: '⚠', label: 'Contradiction' },
  variant: { symbol: '≈', label: 'Variant' },
};

/** Longest document title; longer ones are cut in search results and tabs (html-validate's long-title rule). */
const MAX_TITLE_LENGTH = 70;

/** The document title: the page title and the site name, cut at a word with "…" when too long. */
export function pageTitle(title: string): string {
  const suffix = ' · Parallax';
  const full = `${title}${suffix}`;
  if (full.length <= MAX_TITLE_LENGTH) return full;
  const room = MAX_TITLE_LENGTH - suffix.length - 2;
  const cut = title.slice(0, room);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > room / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:·-]+$/, '')} …${suffix}`;
}
