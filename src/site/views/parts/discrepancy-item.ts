import { lookUpOwn } from '../../../pipeline/look-up-own.ts';
import type { DiffPiece } from '../../display-diff.ts';
import { highlightValues, type TextPiece } from '../../highlight.ts';
import { DISCREPANCY_KIND_LABELS, SEVERITY_LABELS } from '../../labels.ts';
import { claimPath, reportPath, sentencePath } from '../../routes.ts';
import type { StoryIndex } from '../../story-index.ts';
import type { StoryView } from '../../story-view.ts';
import { sentenceTextAttributes, type TextAttributes } from '../../text-language.ts';

/** A finding as the pages show it: `StoryView`'s discrepancy. */
export type DiscrepancyView = StoryView['discrepancies'][number];

/** One sentence a finding rests on, in its report's exact words with the differing value marked. */
export interface EvidenceView {
  /** The sentence in its report. */
  readonly href: string;
  readonly source: string;
  readonly sentence: string;
  readonly textAttributes: TextAttributes;
  /** The sentence's text in pieces, the differing value marked. */
  readonly pieces: readonly TextPiece[];
  /** Where it stands, e.g. "Gazette, line 4". */
  readonly place: string;
  /** The differing value exactly as the sentence has it, when the finding names one. */
  readonly value?: string | undefined;
}

/** A report that leaves the claim out, linked to its page. */
export interface ReportLinkView {
  readonly href: string;
  readonly label: string;
}

/** One finding, ready to show: kind and severity in words and symbol, summary, evidence. */
export interface DiscrepancyItemView {
  /** The element id, which `discrepancyPath` links to. */
  readonly id: string;
  readonly className: string;
  readonly heading: 'h2' | 'h3';
  readonly titleId: string;
  /** ⚠ or ≈, so that meaning never depends on colour. */
  readonly symbol: string;
  readonly severity: string;
  readonly kind: string;
  readonly summary: string;
  readonly claim: string;
  readonly claimHref: string;
  readonly evidence: readonly EvidenceView[];
  /** A quotation's word-level diff; empty for other kinds. */
  readonly diff: readonly DiffPiece[];
  readonly missingFrom: readonly ReportLinkView[];
}

/**
 * The view of one finding, headed at `level` (2 on the discrepancy list, where items are the
 * sections, 3 under a page's own section headings).
 */
export function buildDiscrepancyItem(index: StoryIndex, discrepancy: DiscrepancyView, level: 2 | 3 = 3): DiscrepancyItemView {
  const { story } = index;
  const severity = SEVERITY_LABELS[discrepancy.severity];
  return {
    id: discrepancy.id,
    className: `discrepancy severity-${discrepancy.severity}`,
    heading: level === 2 ? 'h2' : 'h3',
    titleId: `${discrepancy.id}-title`,
    symbol: severity.symbol,
    severity: severity.label,
    kind: DISCREPANCY_KIND_LABELS[discrepancy.kind] ?? discrepancy.kind,
    summary: discrepancy.summary,
    claim: discrepancy.claim,
    claimHref: claimPath(story.slug, discrepancy.claim),
    evidence: discrepancy.sentences.flatMap((id) => {
      const sentence = index.sentenceById.get(id);
      if (sentence === undefined) return [];
      const report = index.reportById.get(sentence.source);
      const value = lookUpOwn(discrepancy.values, sentence.id);
      return [
        {
          href: sentencePath(story.slug, sentence.source, sentence.id),
          source: sentence.source,
          sentence: sentence.id,
          textAttributes: sentenceTextAttributes(index, sentence),
          pieces: highlightValues(sentence.text, value === undefined ? [] : [value]),
          place: `${report ? report.label : sentence.source}, line ${sentence.line}`,
          value,
        },
      ];
    }),
    diff: discrepancy.kind === 'quote' ? discrepancy.diff : [],
    missingFrom: (discrepancy.kind === 'omission' ? discrepancy.missingFrom : []).flatMap((id) => {
      const report = index.reportById.get(id);
      return report === undefined ? [] : [{ href: reportPath(story.slug, report.id), label: report.label }];
    }),
  };
}
