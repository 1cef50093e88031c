import { matrixPath } from '../../routes.ts';
import type { StoryIndex } from '../../story-index.ts';
import { comparableReports } from '../../story-view.ts';

type ClaimView = StoryIndex['story']['claims'][number];

/** How far the reports agree on a claim, as the overview's picture groups claims. */
export type AgreementKind = 'all' | 'several' | 'one' | 'disputed';

/** The groups in the order the picture draws them, each with its reader-facing name. */
export const AGREEMENT_KINDS: readonly { readonly kind: AgreementKind; readonly label: string }[] = [
  { kind: 'all', label: 'Agreed by all' },
  { kind: 'several', label: 'By several' },
  { kind: 'one', label: 'By one' },
  { kind: 'disputed', label: 'Disputed' },
];

/**
 * The group of a claim: `disputed` when reports that carry it contradict each other on it (a finding of severity
 * `contradiction`: both cannot be true), else by how many of the `compared` reports carry it. A `variant` (a name
 * spelled another way, "about 6 p.m." against "6:02 p.m.") leaves a claim in its group: both readings may be
 * true, and calling the claim disputed would overstate the difference.
 */
export function agreementOf(index: StoryIndex, claim: ClaimView, compared: number): AgreementKind {
  const findings = index.disagreementsOfClaim.get(claim.id) ?? [];
  if (findings.some((finding) => finding.severity === 'contradiction')) return 'disputed';
  if (claim.sources.length <= 1) return 'one';
  return claim.sources.length >= compared ? 'all' : 'several';
}

/** A group of claims in the picture: its columns' span and its count. */
export interface FigureGroupView {
  readonly kind: AgreementKind;
  readonly label: string;
  readonly count: number;
  /** Left edge and width of the group's columns, in picture units. */
  readonly x: number;
  readonly width: number;
}

/** One filled cell: the report of row `row` carries the claim drawn at `x`. */
export interface FigureCellView {
  readonly kind: AgreementKind;
  readonly x: number;
  readonly y: number;
}

/**
 * The overview's picture of a story: one column per claim, grouped by agreement, one row per compared report, a
 * cell filled where the report carries the claim. Static SVG drawn from these numbers, with a text equivalent.
 */
export interface StoryFigureView {
  readonly href: string;
  readonly width: number;
  readonly height: number;
  readonly cellWidth: number;
  readonly cellHeight: number;
  /** Where the cells start, after the report labels. */
  readonly left: number;
  /** Baseline of the group labels under the cells. */
  readonly labelY: number;
  readonly rows: readonly { readonly label: string; readonly y: number }[];
  readonly groups: readonly FigureGroupView[];
  readonly cells: readonly FigureCellView[];
  /** The picture in one sentence, for its `<title>`, e.g. "97 claims of 5 reports: 4 agreed by all, …". */
  readonly summary: string;
}

/** Width of the cells' area, in picture units (the picture scales to its box). */
const PLOT_WIDTH = 560;
/** Widest and narrowest claim column: wide enough to see, narrow enough that a long story fits. */
const MAX_CELL_WIDTH = 10;
/** Tallest and shortest report row. */
const MAX_CELL_HEIGHT = 14;
const MIN_CELL_HEIGHT = 4;
/** Gap between groups, in claim columns of the widest size. */
const GROUP_GAP = 8;
/** Longest report label drawn in the picture; the text equivalent and the matrix give them whole. */
const MAX_LABEL_CHARACTERS = 14;

/** Cuts a label for the picture's margin, with "…" when cut. */
function shortLabel(label: string): string {
  return label.length <= MAX_LABEL_CHARACTERS ? label : `${label.slice(0, MAX_LABEL_CHARACTERS - 1)}…`;
}

/** The picture of the story of `index`; undefined when fewer than two reports are compared or there is no claim. */
export function buildStoryFigure(index: StoryIndex): StoryFigureView | undefined {
  const story = index.story;
  const reports = comparableReports(story);
  const claims = story.claims.filter((claim) => claim.sources.some((source) => reports.some((report) => report.id === source)));
  if (reports.length < 2 || claims.length === 0) return undefined;
  const byKind = new Map<AgreementKind, ClaimView[]>(AGREEMENT_KINDS.map(({ kind }) => [kind, []]));
  for (const claim of claims) byKind.get(agreementOf(index, claim, reports.length))?.push(claim);
  for (const list of byKind.values()) list.sort((a, b) => b.sources.length - a.sources.length);
  const present = AGREEMENT_KINDS.filter(({ kind }) => (byKind.get(kind) ?? []).length > 0);
  const gaps = (present.length - 1) * GROUP_GAP;
  const cellWidth = Math.min(MAX_CELL_WIDTH, PLOT_WIDTH / (claims.length + gaps));
  const cellHeight = Math.max(MIN_CELL_HEIGHT, Math.min(MAX_CELL_HEIGHT, 180 / reports.length));
  const labels = reports.map((report) => shortLabel(report.label));
  const left = 8 + 7 * Math.max(...labels.map((label) => label.length));
  const rowOf = new Map(reports.map((report, i) => [report.id as string, i]));
  const groups: FigureGroupView[] = [];
  const cells: FigureCellView[] = [];
  let column = 0;
  for (const { kind, label } of present) {
    const list = byKind.get(kind) ?? [];
    groups.push({ kind, label, count: list.length, x: left + column * cellWidth, width: list.length * cellWidth });
    for (const claim of list) {
      for (const source of claim.sources) {
        const row = rowOf.get(source);
        if (row !== undefined) cells.push({ kind, x: left + column * cellWidth, y: row * cellHeight });
      }
      column++;
    }
    column += GROUP_GAP;
  }
  const plotHeight = reports.length * cellHeight;
  const counts = present.map(({ label, kind }) => `${byKind.get(kind)?.length ?? 0} ${label.toLowerCase()}`).join(', ');
  return {
    href: matrixPath(story.slug),
    width: left + (column - GROUP_GAP) * cellWidth + 4,
    height: plotHeight + 22,
    cellWidth,
    cellHeight,
    left,
    labelY: plotHeight + 16,
    rows: labels.map((label, i) => ({ label, y: i * cellHeight + cellHeight / 2 })),
    groups,
    cells,
    summary: `${claims.length} claims of ${reports.length} reports: ${counts}`,
  };
}
