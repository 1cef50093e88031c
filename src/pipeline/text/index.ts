/**
 * The text toolkit: every stage reads text through these modules (tokens, normalised word forms, stems,
 * name and spelling variants, sequence measures), so that a word one stage sees is the word the next sees.
 * This index only re-exports.
 */
export {
  splitKeepingSpaces,
  splitOnWhitespace,
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
export { areNameVariants, foldSpelling, isGivenNameSpellingOf, isRegionalSpelling, isSpellingOf } from './names.ts';
export {
  characterBigramDice,
  characterBigrams,
  editDistance,
  longestCommonRun,
  longestCommonSubsequence,
  multisetDice,
  overlapCoefficient,
} from './sequences.ts';
