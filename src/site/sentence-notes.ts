import type { ClaimId, DiscrepancyId, DiscrepancyKind, Severity, SourceId } from '../pipeline/types.ts';
import type { StoryIndex } from './story-index.ts';
import type { SentenceView } from './story-view.ts';

/** Where the claim of one sentence appears in another report. */
export interface ElsewhereLink {
  readonly report: SourceId;
  readonly reportName: string;
  readonly sentence: SentenceView;
}

/** What a report page says beside one sentence: its claims and where each is told elsewhere. */
export interface SentenceNote {
  readonly sentence: SentenceView;
  readonly claims: readonly { readonly id: ClaimId; readonly elsewhere: readonly ElsewhereLink[] }[];
  readonly discrepancies: readonly { readonly id: DiscrepancyId; readonly kind: DiscrepancyKind; readonly severity: Severity }[];
}

/**
 * Notes for the sentences of one paragraph: each claim a sentence supports, with the first
 * sentence of every other report that carries the same claim, and the disagreements it is part of.
 * Sentences that no other report echoes and that have no discrepancy get no note.
 */
export function notesForSentences(index: StoryIndex, sentences: readonly SentenceView[]): SentenceNote[] {
  return sentences.flatMap((sentence) => {
    const claims = (index.claimsOfSentence.get(sentence.id) ?? []).map((claim) => ({
      id: claim.id,
      elsewhere: claim.sources
        .filter((source) => source !== sentence.source)
        .flatMap((source) => {
          const first = claim.sentences
            .map((id) => index.sentenceById.get(id))
            .filter((s): s is SentenceView => s !== undefined && s.source === source)
            .sort((a, b) => a.position - b.position)[0];
          const report = index.reportById.get(source);
          return first && report ? [{ report: source, reportName: report.label, sentence: first }] : [];
        }),
    }));
    const discrepancies = (index.disagreementsOfSentence.get(sentence.id) ?? []).map((d) => ({ id: d.id, kind: d.kind, severity: d.severity }));
    const shared = claims.filter((claim) => claim.elsewhere.length > 0);
    return shared.length > 0 || discrepancies.length > 0 ? [{ sentence, claims: shared, discrepancies }] : [];
  });
}
