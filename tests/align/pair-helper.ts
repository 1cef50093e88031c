import { getDefaultAlignmentModel, toLogisticModel } from '../../src/pipeline/align/model/alignment-model.ts';
import { createProfileContext } from '../../src/pipeline/align/profile/profile-context.ts';
import { scoreClaimPair, type PairScore } from '../../src/pipeline/align/model/score-pair.ts';
import { analyseText, buildTextProfile, type ProfileContext } from '../../src/pipeline/align/profile/text-profile.ts';
import { createWordLexicon } from '../../src/pipeline/align/words/word-relations.ts';
import { getWordNet } from '../../src/pipeline/align/words/wordnet.ts';

// Sentences that give the two texts under test a small collection to weigh their words against.
const BACKGROUND = [
  'The army said it would defend the city.',
  'Residents reported shortages of food and fuel.',
  'The United Nations called for humanitarian access.',
  'Officials in the capital declined to comment.',
];

/** A profile context for a few texts plus a small fixed background. */
export function contextFor(texts: readonly string[]): ProfileContext {
  return createProfileContext([...texts, ...BACKGROUND].map(analyseText), createWordLexicon(getWordNet()));
}

/** Scores two texts as alignment does, with the committed model. */
export function scoreTexts(a: string, b: string): PairScore {
  const context = contextFor([a, b]);
  return scoreClaimPair(
    buildTextProfile(analyseText(a), context),
    buildTextProfile(analyseText(b), context),
    context,
    toLogisticModel(getDefaultAlignmentModel()),
  );
}

/** The story-level same-claim cut-off of the committed model. */
export function claimThreshold(): number {
  return getDefaultAlignmentModel().thresholds.claim;
}
