import { expect, it } from 'vitest';
import * as text from '../../src/pipeline/text/index.ts';

it('exposes the toolkit from one index', () => {
  expect(Object.keys(text).sort()).toEqual([
    'analyseWords',
    'areNameVariants',
    'characterBigramDice',
    'characterBigrams',
    'contentStems',
    'contextStems',
    'dropPossessive',
    'editDistance',
    'foldName',
    'foldSpelling',
    'foldWordKey',
    'isAlignmentStopWord',
    'isCompactStopWord',
    'isGivenNameSpellingOf',
    'isNegationWord',
    'isRegionalSpelling',
    'isSpellingOf',
    'longestCommonRun',
    'longestCommonSubsequence',
    'multisetDice',
    'overlapCoefficient',
    'prefixStem',
    'splitKeepingSpaces',
    'splitOnWhitespace',
    'splitWords',
    'stemWord',
    'toPossessiveFreeKey',
    'toWordKey',
    'tokenize',
    'tokenizeWords',
    'wordTexts',
  ]);
});
