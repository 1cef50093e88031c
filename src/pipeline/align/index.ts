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
} from './model/alignment-model.ts';
export { buildClaims, claimId, type ClaimsAndLinks } from './cluster/build-claims.ts';
export { scoreStoryUnits, blockingKeys, type PairVerdict, type ScoredUnits } from './cluster/score-units.ts';
export { findCandidatePairs, type BlockingEntry, type BlockingOptions, type CandidatePair } from './cluster/blocking.ts';
export { SUPPORT_RULES, sumSupportBonuses } from './supports/support-rules.ts';
export { logitOf, type CandidateScore, type SupportContext, type SupportRule } from './supports/support-context.ts';
export { clusterUnits, type ClusterOptions, type ScoredPair, type UnitCluster } from './cluster/cluster.ts';
export { splitClauses, type ClauseSpan } from './units/clauses.ts';
export {
  fitLogisticRegression,
  predictLogit,
  predictProbability,
  sigmoid,
  LogisticFitError,
  type LogisticFitOptions,
  type LogisticModel,
} from './model/logistic-regression.ts';
export {
  computePairFeatures,
  toFeatureVector,
  PAIR_FEATURE_NAMES,
  type PairFeatures,
  type PairFeatureName,
} from './model/pair-features.ts';
export { createProfileContext } from './profile/profile-context.ts';
export { scoreClaimPair, scorePair, type PairScore } from './model/score-pair.ts';
export { analyseText, buildTextProfile, type TextProfile, type ProfileContext } from './profile/text-profile.ts';
export { extractClaimUnits, splitSentenceIntoUnits, unitId } from './units/claim-units.ts';
export { createWordLexicon, type WordLexicon } from './words/word-relations.ts';
export { getWordNet, openWordNet, type WordNet } from './words/wordnet.ts';
