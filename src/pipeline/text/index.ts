/**
 * The text toolkit: every stage reads text through these modules (tokens, normalised word forms, stems,
 * quotations, numbers and quantities, name and spelling variants, sequence measures, the diff adapter), so
 * that a word or quotation one stage sees is the one the next sees. This index only re-exports.
 */
export {
  CLAUSE_DASHES,
  splitOnWhitespace,
  stripOuterPunctuation,
  tokenize,
  tokenizeWords,
  wordTexts,
  type Token,
  type TokenKind,
  type WordShape,
} from './tokens.ts';
export { dropPossessive, foldName, foldWordKey, toPossessiveFreeKey, toWordKey } from './normalise.ts';
export { prefixStem, stemWord } from './stem.ts';
export { analyseWords, isAlignmentStopWord, isNegationWord, type AnalysedWord } from './words.ts';
export { contentStems, contextStems, isCompactStopWord, splitWords, type WordToken } from './content-words.ts';
export {
  areNameVariants,
  foldSpelling,
  isFoldedGivenNameSpellingOf,
  isFoldedSpellingOf,
  isGivenNameSpellingOf,
  isRegionalSpelling,
  isSpellingOf,
  SpellingIndex,
  spellingKeys,
} from './names.ts';
export {
  characterBigramDice,
  characterBigrams,
  editDistance,
  isOneEditApart,
  longestCommonRun,
  longestCommonSubsequence,
  multisetDice,
  overlapCoefficient,
} from './sequences.ts';
export { scanTokens, wordAt, type ScanToken } from './scan-tokens.ts';
export { isSplitQuotationAttribution, outermostQuotations, scanQuotations, spokenQuotations, type OpenQuotation, type Quotation, type QuotationScan, type QuotationStyle } from './quotations.ts';
export {
  isNumberWord,
  parseNumeral,
  readFigure,
  readTokenNumbers,
  type Figure,
  type FigureKind,
  type NumberReadingToken,
  type StatedNumber,
} from './numbers.ts';
export { readQuantities, type Qualifier, type QuantityReading, type StatedQuantity } from './quantities.ts';
export { diffTokens, splitForDiff, type DiffToken, type TokenChange } from './diff.ts';
export { areDifferentNamedSpeakers, extractAttributions, sideOf, speakerNameWords, type Attribution } from './speakers.ts';
