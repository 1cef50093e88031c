import { describe, expect, it } from 'vitest';
import * as align from '../../src/pipeline/align/index.ts';

describe('align public API', () => {
  it('exposes alignStory and the pieces scripts use', () => {
    expect(typeof align.alignStory).toBe('function');
    expect(typeof align.scoreStoryUnits).toBe('function');
    expect(typeof align.buildClaims).toBe('function');
    expect(typeof align.fitLogisticRegression).toBe('function');
    expect(typeof align.findCandidatePairs).toBe('function');
    expect(typeof align.clusterUnits).toBe('function');
    expect(typeof align.splitClauses).toBe('function');
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
