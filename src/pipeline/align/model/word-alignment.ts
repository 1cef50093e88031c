import type { TextProfile } from '../profile/text-profile.ts';
import { WORD_MATCH_SCORES, type WordLexicon, type WordMatchKind } from '../words/word-relations.ts';

/** One content word of text A matched to one of text B (indices into `TextProfile.content`). */
export interface WordLink {
  readonly a: number;
  readonly b: number;
  readonly kind: WordMatchKind;
  readonly score: number;
}

/**
 * Matches the content words of two texts one-to-one, best matches first: the greedy word alignment
 * used by METEOR (Banerjee & Lavie 2005) and by Mihalcea, Corley & Strapparava (2006). Ties go to
 * the heavier word, then to words at similar places in their texts, then to the earlier word, so the
 * result is deterministic. Links come back ordered by their word in A.
 */
export function alignWords(a: TextProfile, b: TextProfile, lexicon: WordLexicon): WordLink[] {
  const candidates: WordLink[] = [];
  const weights: number[] = [];
  const distances: number[] = [];
  for (let i = 0; i < a.content.length; i += 1) {
    const wordA = a.content[i];
    if (wordA === undefined) continue;
    for (let j = 0; j < b.content.length; j += 1) {
      const wordB = b.content[j];
      if (wordB === undefined) continue;
      const kind = lexicon.matchWords(wordA.word, wordA.isName, wordB.word, wordB.isName);
      if (kind === undefined) continue;
      candidates.push({ a: i, b: j, kind, score: WORD_MATCH_SCORES[kind] });
      weights.push(Math.max(wordA.weight, wordB.weight));
      distances.push(Math.abs(wordA.place - wordB.place));
    }
  }
  const order = candidates.map((_, index) => index);
  order.sort((x, y) => {
    const cx = candidates[x];
    const cy = candidates[y];
    if (cx === undefined || cy === undefined) return 0;
    return (
      cy.score - cx.score ||
      (weights[y] ?? 0) - (weights[x] ?? 0) ||
      (distances[x] ?? 0) - (distances[y] ?? 0) ||
      cx.a - cy.a ||
      cx.b - cy.b
    );
  });
  const usedA = new Uint8Array(a.content.length);
  const usedB = new Uint8Array(b.content.length);
  const links: WordLink[] = [];
  for (const index of order) {
    const candidate = candidates[index];
    if (candidate === undefined || usedA[candidate.a] === 1 || usedB[candidate.b] === 1) continue;
    usedA[candidate.a] = 1;
    usedB[candidate.b] = 1;
    links.push(candidate);
  }
  return links.sort((x, y) => x.a - y.a);
}
