/**
 * Alignment stage: which sentences of different reports state the same claim.
 * `alignStory` is the entry point; the rest is exported for scripts and tests.
 */
export { alignStory, type AlignOptions, type AlignStats } from './align-story.ts';
export {
  alignmentModelSchema,
  getDefaultAlignmentModel,
  parseAlignmentModel,
  AlignmentModelError,
  type AlignmentModel,
} from './alignment-model.ts';
export { buildClaims, claimId, type ClaimsAndLinks } from './build-claims.ts';
export { scoreStoryUnits, blockingKeys, type ScoredUnits } from './score-units.ts';
export { findCandidatePairs, type BlockingEntry, type BlockingOptions, type CandidatePair } from './blocking.ts';
export { clusterUnits, type ClusterOptions, type ScoredPair, type UnitCluster } from './cluster.ts';
export { splitClauses, type ClauseSpan } from './clauses.ts';
export {
  fitLogisticRegression,
  predictLogit,
  predictProbability,
  sigmoid,
  LogisticFitError,
  type LogisticFitOptions,
  type LogisticModel,
} from './logistic-regression.ts';
export {
  computePairFeatures,
  toFeatureVector,
  PAIR_FEATURE_NAMES,
  type PairFeatures,
  type PairFeatureName,
} from './pair-features.ts';
export { createProfileContext } from './profile-context.ts';
export { scoreClaimPair, scorePair, type PairScore } from './score-pair.ts';
export { analyseText, buildTextProfile, type TextProfile, type ProfileContext } from './text-profile.ts';
export { extractClaimUnits, splitSentenceIntoUnits, unitId } from './units.ts';
export { createWordLexicon, type WordLexicon } from './word-relations.ts';
export { getWordNet, openWordNet, type WordNet } from './wordnet.ts';
