/**
 * Provenance stage: which reports are likely built on the same underlying copy, from the aligned
 * claims. `analyseDerivation` is the entry point; the rest is exported for the site and tests.
 */
export { analyseDerivation, type DerivationOptions } from './analyse-derivation.ts';
export { longestCommonOrder, longestIncreasingRun, orderAgreementChance } from './claim-order.ts';
export { DERIVATION_VERDICT_LABELS, describePairing, explainPair, formatChance, formatPercent, type ExplainablePair, type NameReport } from './explain.ts';
export { layOutClaims, measurePair, type ClaimLayout, type PairFigures } from './pair-figures.ts';
export { DERIVATION_VERDICTS, type Derivation, type DerivationPair, type DerivationVerdict } from '../model/derivation.ts';
export { DERIVATION_THRESHOLDS, hasOrderEvidence, hasWordingEvidence, judgePair, type VerdictFigures } from './verdict.ts';
export { wordingSimilarity, wordsOutsideQuotes } from './wording.ts';
