import { DERIVATION_THRESHOLDS, DERIVATION_VERDICT_LABELS, describePairing, formatChance, formatPercent, type DerivationVerdict } from '../../pipeline/provenance/index.ts';
import { claimPath, comparePath, comparisonJsonPath, provenancePairAnchor, reportPath } from '../routes.ts';
import type { StoryView } from '../story-view.ts';
import { buildStoryFrame, type StoryFrame } from './parts/story-frame.ts';

/** The thresholds the page's method paragraph quotes, as the verdict applies them (`verdict.ts`). */
export interface ProvenanceThresholdsView {
  readonly maxOrderChance: string;
  readonly minVerbatimClaims: number;
  readonly verbatimWording: string;
  readonly minCoverage: string;
}

/**
 * The mark of one matrix cell: a dash on the diagonal (a report against itself), else a Harvey-ball
 * style circle for the verdict (full, half, empty) over the coverage figure, so the verdict reads
 * without colour.
 */
export type ProvenanceMarkView =
  | { readonly kind: 'none'; readonly x: number; readonly y: number }
  | {
      readonly kind: 'verdict';
      readonly cx: number;
      readonly cy: number;
      readonly r: number;
      readonly fill: 'currentColor' | 'none';
      /** The filled right half of a "shares material" circle, as an SVG path. */
      readonly half?: string | undefined;
      readonly coverage: string;
      readonly labelX: number;
      readonly labelY: number;
    };

/** One square of the matrix, in SVG user units. */
export interface ProvenanceCellView {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly mark: ProvenanceMarkView;
}

/** A row or column number of the matrix, placed left of its row and above its column. */
export interface ProvenanceKeyView {
  readonly key: string;
  readonly rowX: number;
  readonly rowY: number;
  readonly columnX: number;
  readonly columnY: number;
}

/** The matrix of pairs, drawn as SVG at build time, with its text alternative and its key of reports. */
export interface ProvenanceMatrixView {
  readonly size: number;
  readonly viewBox: string;
  /** The SVG's `<desc>`: every pair with a sign of a shared copy, in words. */
  readonly description: string;
  readonly keys: readonly ProvenanceKeyView[];
  readonly cells: readonly ProvenanceCellView[];
  readonly reports: readonly { readonly key: string; readonly href: string; readonly label: string }[];
}

/** One ordered pair in the table of figures; "–" where a figure has nothing to measure. */
export interface ProvenanceRowView {
  readonly anchor: string;
  readonly pair: string;
  readonly shared: string;
  readonly coverage: string;
  readonly inOrder: string;
  readonly orderChance: string;
  readonly wording: string;
  readonly verbatim: string;
  readonly symbol: string;
  readonly verdict: string;
}

/** The paragraph about two reports, both directions at once. */
export interface ProvenancePairingView {
  readonly id: string;
  readonly a: string;
  readonly b: string;
  readonly text: string;
  readonly compareHref: string;
  /** Claims both carry that have a page. */
  readonly sharedClaims: readonly { readonly id: string; readonly href: string }[];
}

/** What the page shows below its method: a notice when there is nothing to measure, else the figures. */
export type ProvenanceBodyView =
  | { readonly kind: 'not-analysed' }
  | { readonly kind: 'too-few-reports' }
  | {
      readonly kind: 'pairs';
      readonly matrix: ProvenanceMatrixView;
      readonly rows: readonly ProvenanceRowView[];
      readonly pairings: readonly ProvenancePairingView[];
      readonly comparisonJsonHref: string;
    };

/** The provenance page of a story: which reports are likely built on the same underlying copy. */
export interface ProvenanceView {
  readonly frame: StoryFrame;
  readonly thresholds: ProvenanceThresholdsView;
  readonly body: ProvenanceBodyView;
}

/** Harvey-ball style marks, so the verdict reads without colour. */
const VERDICT_SYMBOLS: Readonly<Record<DerivationVerdict, string>> = { 'same-copy': '●', 'shares-material': '◐', independent: '○' };

/** Side of a matrix square and room for the row and column numbers, in SVG user units (= CSS pixels). */
const CELL = 50;
const MARGIN = 30;
/** Radius of a verdict circle, and how far below a square's top its centre sits, above the coverage figure. */
const MARK_RADIUS = 9;
const MARK_TOP = 17;

/**
 * The provenance page of `story`: the figures of the pipeline's provenance stage
 * (`src/pipeline/provenance/`) as a matrix, a table and one paragraph per pair of reports.
 */
export function buildProvenanceView(story: StoryView): ProvenanceView {
  const thresholds = {
    maxOrderChance: formatPercent(DERIVATION_THRESHOLDS.maxOrderChance),
    minVerbatimClaims: DERIVATION_THRESHOLDS.minVerbatimClaims,
    verbatimWording: formatPercent(DERIVATION_THRESHOLDS.verbatimWording),
    minCoverage: formatPercent(DERIVATION_THRESHOLDS.minCoverage),
  };
  const frame = buildStoryFrame(story, 'Provenance');
  const derivation = story.derivation;
  if (derivation === undefined) return { frame, thresholds, body: { kind: 'not-analysed' } };
  const reports = derivation.reports.flatMap((id) => story.reports.find((report) => report.id === id) ?? []);
  if (reports.length < 2) return { frame, thresholds, body: { kind: 'too-few-reports' } };
  const name = (id: string) => {
    const report = story.reports.find((r) => r.id === id);
    return report ? report.label : id;
  };
  const pairs = derivation.pairs;
  const pairOf = (source: string, carrier: string) => pairs.find((pair) => pair.source === source && pair.carrier === carrier);
  const key = (i: number) => String(i + 1);
  const size = MARGIN + reports.length * CELL;
  const notable = pairs.filter((pair) => pair.verdict !== 'independent');
  const description =
    notable.length === 0
      ? 'No pair of reports shows a clear sign of a shared copy.'
      : `${notable.map((pair) => `Claims of ${name(pair.source)} in ${name(pair.carrier)}: ${DERIVATION_VERDICT_LABELS[pair.verdict]} (${formatPercent(pair.coverage)} carried).`).join(' ')} Every other pair: ${DERIVATION_VERDICT_LABELS.independent}.`;
  const cells = reports.flatMap((row, i) =>
    reports.map((column, j): ProvenanceCellView => {
      const x = MARGIN + j * CELL;
      const y = MARGIN + i * CELL;
      const cx = x + CELL / 2;
      const cy = y + MARK_TOP;
      const pair = pairOf(row.id, column.id);
      if (pair === undefined) return { x, y, size: CELL, mark: { kind: 'none', x: cx, y: y + CELL / 2 + 4 } };
      return {
        x,
        y,
        size: CELL,
        mark: {
          kind: 'verdict',
          cx,
          cy,
          r: MARK_RADIUS,
          fill: pair.verdict === 'same-copy' ? 'currentColor' : 'none',
          half: pair.verdict === 'shares-material' ? `M ${cx} ${cy - MARK_RADIUS} A ${MARK_RADIUS} ${MARK_RADIUS} 0 0 1 ${cx} ${cy + MARK_RADIUS} Z` : undefined,
          coverage: formatPercent(pair.coverage),
          labelX: cx,
          labelY: y + CELL - 8,
        },
      };
    }),
  );
  const claimIds = new Set(story.claims.map((claim) => claim.id));
  const pairings = reports.flatMap((first, i) =>
    reports.slice(i + 1).flatMap((second): ProvenancePairingView[] => {
      const [a, b] = [first.id, second.id];
      const forward = pairOf(a, b);
      const backward = pairOf(b, a);
      if (!forward || !backward) return [];
      return [
        {
          id: `pairing-${a}-${b}`,
          a: name(a),
          b: name(b),
          text: describePairing(forward, backward, name),
          compareHref: comparePath(story.slug, a, b),
          sharedClaims: forward.sharedClaims.filter((id) => claimIds.has(id)).map((id) => ({ id, href: claimPath(story.slug, id) })),
        },
      ];
    }),
  );
  return {
    frame,
    thresholds,
    body: {
      kind: 'pairs',
      matrix: {
        size,
        viewBox: `0 0 ${size} ${size}`,
        description,
        keys: reports.map((_, i) => ({
          key: key(i),
          rowX: MARGIN - 8,
          rowY: MARGIN + i * CELL + CELL / 2 + 4,
          columnX: MARGIN + i * CELL + CELL / 2,
          columnY: MARGIN - 10,
        })),
        cells,
        reports: reports.map((report, i) => ({ key: key(i), href: reportPath(story.slug, report.id), label: report.label })),
      },
      rows: pairs.map((pair) => ({
        anchor: provenancePairAnchor(pair.source, pair.carrier),
        pair: `${name(pair.source)} in ${name(pair.carrier)}`,
        shared: `${pair.shared} of ${pair.claims}`,
        coverage: formatPercent(pair.coverage),
        inOrder: pair.shared === 0 ? '–' : `${pair.inOrder} of ${pair.shared}`,
        orderChance: pair.shared < 2 ? '–' : formatChance(pair.orderChance),
        wording: pair.wording === undefined ? '–' : formatPercent(pair.wording),
        verbatim: pair.wordingClaims === 0 ? '–' : `${pair.verbatimClaims} of ${pair.wordingClaims}`,
        symbol: VERDICT_SYMBOLS[pair.verdict],
        verdict: DERIVATION_VERDICT_LABELS[pair.verdict],
      })),
      pairings,
      comparisonJsonHref: comparisonJsonPath(story.slug),
    },
  };
}
