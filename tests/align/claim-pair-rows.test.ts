import { describe, expect, it } from 'vitest';
import { getDefaultAlignmentModel, toLogisticModel } from '../../src/pipeline/align/model/alignment-model.ts';
import { predictProbability } from '../../src/pipeline/align/model/logistic-regression.ts';
import { computeClaimPairRows, scoreClaimPair } from '../../src/pipeline/align/model/score-pair.ts';
import { analyseText, buildTextProfile } from '../../src/pipeline/align/profile/text-profile.ts';
import { contextFor } from './pair-helper.ts';

// A short claim and a longer sentence that states it and adds a detail.
const SHORT = 'The council approved the new budget for the harbour on Tuesday.';
const LONG = 'After a long debate, the council approved the new budget for the harbour on Tuesday, and the mayor left early.';

function profiles(a: string, b: string) {
  const context = contextFor([a, b]);
  return { context, a: buildTextProfile(analyseText(a), context), b: buildTextProfile(analyseText(b), context) };
}

describe('the rows a story pair gives the fit', () => {
  it('gives the whole pair and the matched stretch of the longer text, and scoring keeps the better of the two', () => {
    const { context, a, b } = profiles(SHORT, LONG);
    const rows = computeClaimPairRows(a, b, context);
    const model = toLogisticModel(getDefaultAlignmentModel());
    expect(rows.stretch).toBeDefined();
    expect(rows.vetoed).toBe(false);
    const best = Math.max(predictProbability(model, rows.whole), predictProbability(model, rows.stretch ?? []));
    expect(scoreClaimPair(a, b, context, model).probability).toBeCloseTo(best, 12);
  });

  it('gives no stretch when the shorter text matches the longer one from end to end', () => {
    const { context, a, b } = profiles(
      'Councillors approved the harbour budget on Tuesday',
      'Councillors narrowly approved the new harbour budget on Tuesday',
    );
    expect(computeClaimPairRows(a, b, context).stretch).toBeUndefined();
  });

  it('marks a pair the polarity rule vetoes', () => {
    const { context, a, b } = profiles(SHORT, 'The council did not approve the new budget for the harbour on Tuesday.');
    expect(computeClaimPairRows(a, b, context).vetoed).toBe(true);
  });
});
