import { CLAIM_KINDS } from '../../claim-kinds.ts';
import { BLOCK_KIND_LABELS, DISCREPANCY_KIND_LABELS, SEVERITY_LABELS } from '../../labels.ts';
import { claimPath, discrepancyPath, sentencePath } from '../../routes.ts';
import { notesForSentences } from '../../sentence-notes.ts';
import type { StoryIndex } from '../../story-index.ts';
import { indexSentences, type ReportView } from '../../story-view.ts';
import { reportTextAttributes, type TextAttributes } from '../../text-language.ts';

/** A ⚠ or ≈ after a sentence, linking to a disagreement it takes part in. */
export interface DisagreementMarkerView {
  readonly href: string;
  readonly symbol: string;
  /** Severity and kind in words for assistive technology, e.g. "Contradiction: Numbers". */
  readonly label: string;
}

/** A sentence of a paragraph that can state claims, with the disagreements it takes part in. */
export interface ClaimSentenceView {
  readonly id: string;
  readonly className: string;
  readonly text: string;
  readonly markers: readonly DisagreementMarkerView[];
}

/** One note beside a paragraph: where a sentence's claims are told in other reports, and its disagreements. */
export interface SentenceNoteView {
  /** The sentence on this page (`#id`). */
  readonly href: string;
  readonly source: string;
  readonly sentence: string;
  readonly textAttributes: TextAttributes;
  /** The sentence's first six words, with "…" when there are more. */
  readonly excerpt: string;
  readonly claims: readonly {
    readonly id: string;
    readonly href: string;
    readonly elsewhere: readonly { readonly href: string; readonly report: string }[];
  }[];
  readonly disagreements: readonly { readonly href: string; readonly symbol: string; readonly label: string }[];
}

/**
 * One paragraph of a report. `claims`: body, headline or standfirst, sentence by sentence with notes;
 * `subheading`: a heading of its own; `block`: any other kind, shown with its label.
 */
export type ReportParagraphView =
  | {
      readonly kind: 'claims';
      readonly className: string;
      /** The kind's label, for any kind but the body. */
      readonly label?: string | undefined;
      readonly sentences: readonly ClaimSentenceView[];
      readonly notesLabel: string;
      readonly notes: readonly SentenceNoteView[];
    }
  | { readonly kind: 'subheading'; readonly label: string; readonly id: string; readonly text: string }
  | { readonly kind: 'block'; readonly className: string; readonly label: string; readonly id: string; readonly text: string };

/** A report's full text, paragraph by paragraph, in its own language and direction. */
export interface ReportTextView {
  readonly source: string;
  readonly textAttributes: TextAttributes;
  readonly paragraphs: readonly ReportParagraphView[];
}

/** How many words of a sentence a note quotes: enough to recognise it, short enough for a margin. */
const EXCERPT_WORDS = 6;

/** The first words of a sentence, with "…" when it has more. */
function excerptOf(text: string): string {
  const words = text.split(' ');
  return words.length <= EXCERPT_WORDS ? text : `${words.slice(0, EXCERPT_WORDS).join(' ')} …`;
}

/**
 * The text of `report`. Every sentence keeps its id, so `#anchor` links land on it. Beside each
 * paragraph that can state claims, a note links every sentence's claims to the same claims in the
 * other reports, and a marker after a sentence links to each disagreement it takes part in. A
 * paragraph of another kind with no sentence is left out.
 */
export function buildReportText(index: StoryIndex, report: ReportView): ReportTextView {
  const slug = index.story.slug;
  const sentences = indexSentences(report);
  const paragraphs = report.paragraphs.flatMap((paragraph): ReportParagraphView[] => {
    const items = paragraph.sentences.flatMap((id) => sentences.get(id) ?? []);
    const label = BLOCK_KIND_LABELS[paragraph.kind];
    if (CLAIM_KINDS.has(paragraph.kind)) {
      return [
        {
          kind: 'claims',
          className: `block block-${paragraph.kind}`,
          label: paragraph.kind === 'body' ? undefined : label,
          sentences: items.map((sentence) => {
            const flagged = index.disagreementsOfSentence.get(sentence.id) ?? [];
            return {
              id: sentence.id,
              className: flagged.length > 0 ? 'sentence has-discrepancy' : 'sentence',
              text: sentence.text,
              markers: flagged.map((d) => ({
                href: discrepancyPath(slug, d.id),
                symbol: SEVERITY_LABELS[d.severity].symbol,
                label: `${SEVERITY_LABELS[d.severity].label}: ${DISCREPANCY_KIND_LABELS[d.kind] ?? d.kind}`,
              })),
            };
          }),
          notesLabel: `Paragraph ${paragraph.index + 1} in other reports`,
          notes: notesForSentences(index, items).map((note) => ({
            href: `#${note.sentence.id}`,
            source: note.sentence.source,
            sentence: note.sentence.id,
            textAttributes: reportTextAttributes(index.reportById.get(note.sentence.source)),
            excerpt: excerptOf(note.sentence.text),
            claims: note.claims.map((claim) => ({
              id: claim.id,
              href: claimPath(slug, claim.id),
              elsewhere: claim.elsewhere.map((link) => ({ href: sentencePath(slug, link.report, link.sentence.id), report: link.reportName })),
            })),
            disagreements: note.discrepancies.map((d) => ({
              href: discrepancyPath(slug, d.id),
              symbol: SEVERITY_LABELS[d.severity].symbol,
              label: `${SEVERITY_LABELS[d.severity].label.toLowerCase()}: ${(DISCREPANCY_KIND_LABELS[d.kind] ?? d.kind).toLowerCase()}`,
            })),
          })),
        },
      ];
    }
    const sentence = items[0];
    if (sentence === undefined) return [];
    if (paragraph.kind === 'subheading') return [{ kind: 'subheading', label, id: sentence.id, text: sentence.text }];
    return [{ kind: 'block', className: `block block-${paragraph.kind} sentence`, label, id: sentence.id, text: sentence.text }];
  });
  return { source: report.id, textAttributes: reportTextAttributes(report), paragraphs };
}
