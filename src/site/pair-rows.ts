import type { ClaimId, SourceId } from '../pipeline/types.ts';
import type { StoryIndex } from './story-index.ts';
import type { SentenceView } from './story-view.ts';

/**
 * One row of a side-by-side view of two reports. `pair`: the two sentences state the same claim
 * and face each other. `left`/`right`: a sentence with no facing partner in this row; `matchedAt`
 * names the partner when the two reports tell the same claim in a different order.
 */
export type PairRow =
  | { readonly kind: 'pair'; readonly left: SentenceView; readonly right: SentenceView; readonly claim: ClaimId }
  | { readonly kind: 'left'; readonly left: SentenceView; readonly matchedAt?: SentenceView; readonly claim?: ClaimId }
  | { readonly kind: 'right'; readonly right: SentenceView; readonly matchedAt?: SentenceView; readonly claim?: ClaimId };

interface Match {
  readonly left: SentenceView;
  readonly right: SentenceView;
  readonly claim: ClaimId;
  readonly score: number;
}

/**
 * Candidate facing pairs: every left/right sentence pair that supports one claim, matched one to
 * one, strongest first (aligner link score, else the claim's cohesion).
 */
function matchSentences(index: StoryIndex, left: SourceId, right: SourceId): Match[] {
  const candidates: Match[] = [];
  for (const claim of index.story.claims) {
    if (!claim.sources.includes(left) || !claim.sources.includes(right)) continue;
    const sentences = claim.sentences.flatMap((id) => index.sentenceById.get(id) ?? []);
    for (const l of sentences.filter((s) => s.source === left)) {
      for (const r of sentences.filter((s) => s.source === right)) {
        candidates.push({ left: l, right: r, claim: claim.id, score: index.sentenceLinkScore(l.id, r.id) ?? claim.cohesion });
      }
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.left.position - b.left.position || a.right.position - b.right.position);
  const usedLeft = new Set<string>();
  const usedRight = new Set<string>();
  return candidates.filter((match) => {
    if (usedLeft.has(match.left.id) || usedRight.has(match.right.id)) return false;
    usedLeft.add(match.left.id);
    usedRight.add(match.right.id);
    return true;
  });
}

/**
 * The heaviest chain of matches that is in order in both reports (weighted longest increasing
 * subsequence, O(n²) over matched sentences only), so facing rows never reorder either report.
 */
function orderedChain(matches: readonly Match[]): Match[] {
  const sorted = [...matches].sort((a, b) => a.left.position - b.left.position);
  const best = sorted.map((m) => m.score);
  const previous = sorted.map(() => -1);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = 0; j < i; j++) {
      const mi = sorted[i];
      const mj = sorted[j];
      if (!mi || !mj || mj.right.position >= mi.right.position) continue;
      const candidate = (best[j] ?? 0) + mi.score;
      if (candidate > (best[i] ?? 0)) {
        best[i] = candidate;
        previous[i] = j;
      }
    }
  }
  let end = -1;
  best.forEach((value, i) => {
    if (end === -1 || value > (best[end] ?? 0)) end = i;
  });
  const chain: Match[] = [];
  for (let i = end; i !== -1; i = previous[i] ?? -1) {
    const match = sorted[i];
    if (match) chain.unshift(match);
  }
  return chain;
}

/**
 * Lines two reports up row by row: sentences that state the same claim face each other, every
 * other sentence gets a row of its own, and both reports keep their own order.
 */
export function buildPairRows(index: StoryIndex, left: SourceId, right: SourceId): PairRow[] {
  const leftSentences = index.reportById.get(left)?.sentences ?? [];
  const rightSentences = index.reportById.get(right)?.sentences ?? [];
  const matches = matchSentences(index, left, right);
  const chain = orderedChain(matches);
  const inChain = new Set(chain.map((m) => m.left.id));
  const crossLeft = new Map<string, Match>();
  const crossRight = new Map<string, Match>();
  for (const match of matches) {
    if (inChain.has(match.left.id)) continue;
    crossLeft.set(match.left.id, match);
    crossRight.set(match.right.id, match);
  }
  const leftRow = (s: SentenceView): PairRow => {
    const cross = crossLeft.get(s.id);
    return cross ? { kind: 'left', left: s, matchedAt: cross.right, claim: cross.claim } : { kind: 'left', left: s };
  };
  const rightRow = (s: SentenceView): PairRow => {
    const cross = crossRight.get(s.id);
    return cross ? { kind: 'right', right: s, matchedAt: cross.left, claim: cross.claim } : { kind: 'right', right: s };
  };
  const rows: PairRow[] = [];
  let li = 0;
  let ri = 0;
  for (const match of chain) {
    while (li < leftSentences.length && leftSentences[li]?.id !== match.left.id) rows.push(leftRow(leftSentences[li++] as SentenceView));
    while (ri < rightSentences.length && rightSentences[ri]?.id !== match.right.id) rows.push(rightRow(rightSentences[ri++] as SentenceView));
    rows.push({ kind: 'pair', left: match.left, right: match.right, claim: match.claim });
    li++;
    ri++;
  }
  while (li < leftSentences.length) rows.push(leftRow(leftSentences[li++] as SentenceView));
  while (ri < rightSentences.length) rows.push(rightRow(rightSentences[ri++] as SentenceView));
  return rows;
}
