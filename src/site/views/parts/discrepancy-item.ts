import { lookUpOwn } from '../../../pipeline/look-up-own.ts';
import type { DiffPiece } from '../../display-diff.ts';
import { highlightValues, type TextPiece } from '../../highlight.ts';
import { DISCREPANCY_KIND_LABELS, SEVERITY_LABELS } from '../../labels.ts';
import { claimPath, sentencePath } from '../../routes.ts';
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
  /** The claims the sentence is part of, each linked; empty when it stands alone. */
  readonly claims: readonly { readonly id: string; readonly href: string }[];
  /** The differing value exactly as the sentence has it, when the finding names one. */
  readonly value?: string | undefined;
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
  /** The claim the finding is about; absent for a finding across the story between sentences of different claims. */
  readonly claim?: { readonly id: string; readonly href: string } | undefined;
  /** For a contradiction: one line saying why both cannot be true. */
  readonly reason?: string | undefined;
  readonly evidence: readonly EvidenceView[];
  /** A quotation's word-level diff; empty for other kinds. */
  readonly diff: readonly DiffPiece[];
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
    claim: discrepancy.claim === undefined ? undefined : { id: discrepancy.claim, href: claimPath(story.slug, discrepancy.claim) },
    reason: discrepancy.reason,
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
          claims: (index.claimsOfSentence.get(sentence.id) ?? []).map((claim) => ({ id: claim.id, href: claimPath(story.slug, claim.id) })),
          value,
        },
      ];
    }),
    diff: discrepancy.kind === 'quote' ? discrepancy.diff : [],
  };
}
