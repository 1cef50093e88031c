import { describe, expect, it } from 'vitest';
import * as align from '../../src/pipeline/align/index.ts';

describe('align public API', () => {
  it('exports the entry point and the pieces scripts use, and nothing else', () => {
    expect(Object.keys(align).sort()).toEqual([
      'AlignmentModelError',
      'LogisticFitError',
      'PAIR_FEATURE_NAMES',
      'SUPPORT_RULES',
      'alignStory',
      'alignmentModelSchema',
      'analyseText',
      'blockingKeys',
      'buildClaims',
      'buildTextProfile',
      'claimId',
      'clusterUnits',
      'computePairFeatures',
      'createProfileContext',
      'createWordLexicon',
      'extractClaimUnits',
      'findCandidatePairs',
      'fitLogisticRegression',
      'getDefaultAlignmentModel',
      'getWordNet',
      'logitOf',
      'openWordNet',
      'parseAlignmentModel',
      'predictLogit',
      'predictProbability',
      'scoreClaimPair',
      'scorePair',
      'scoreStoryUnits',
      'sigmoid',
      'splitClauses',
      'splitSentenceIntoUnits',
      'sumSupportBonuses',
      'toFeatureVector',
      'unitId',
    ]);
  });

  it('ships a model whose columns are the current pair signals', () => {
    const model = align.getDefaultAlignmentModel();
    expect(model.featureNames).toEqual([...align.PAIR_FEATURE_NAMES]);
    expect(model.thresholds.claim).toBeGreaterThan(0);
    expect(model.thresholds.claim).toBeLessThan(1);
  });

  it('rejects a model file whose columns differ from the pair signals', () => {
    const model = align.getDefaultAlignmentModel();
    const renamed = { ...model, featureNames: ['somethingElse', ...model.featureNames.slice(1)] };
    expect(() => align.parseAlignmentModel(renamed)).toThrow(align.AlignmentModelError);
  });
});
