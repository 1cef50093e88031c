/**
 * The data contract's schemas refuse what the types refuse: a discrepancy carries the fields of its kind,
 * and a warning carries its code.
 */
import { describe, expect, it } from 'vitest';
import { discrepancySchema, ingestWarningSchema } from '../../src/pipeline/types.ts';

/** The fields every discrepancy has, for one hand-made finding. */
const FINDING = {
  id: 'd001',
  severity: 'variant',
  claim: 'c001',
  summary: '“We will not leave” (1 report) vs “We will never leave” (1 report)',
  sentences: ['a-p1-s1', 'b-p1-s1'],
  values: { 'a-p1-s1': 'We will not leave', 'b-p1-s1': 'We will never leave' },
};

describe('discrepancySchema', () => {
  it('accepts a quote finding with its diff', () => {
    const diff = [{ op: 'equal', text: 'We will ' }, { op: 'delete', text: 'not ' }, { op: 'insert', text: 'never ' }, { op: 'equal', text: 'leave' }];
    expect(discrepancySchema.safeParse({ ...FINDING, kind: 'quote', diff }).success).toBe(true);
  });

  it('refuses a quote finding without its diff', () => {
    expect(discrepancySchema.safeParse({ ...FINDING, kind: 'quote' }).success).toBe(false);
  });

  it('refuses coverage as a discrepancy: an omission or a claim only one report carries is a coverage note', () => {
    expect(discrepancySchema.safeParse({ ...FINDING, kind: 'omission', missingFrom: ['b'] }).success).toBe(false);
    expect(discrepancySchema.safeParse({ ...FINDING, kind: 'unique' }).success).toBe(false);
  });

  it('accepts a finding across the story without a claim', () => {
    const { claim: _claim, ...withoutClaim } = FINDING;
    expect(discrepancySchema.safeParse({ ...withoutClaim, kind: 'number' }).success).toBe(true);
  });

  it('accepts a number finding with neither a diff nor missing reports', () => {
    expect(discrepancySchema.safeParse({ ...FINDING, kind: 'number' }).success).toBe(true);
  });

  it('refuses a kind it does not know', () => {
    expect(discrepancySchema.safeParse({ ...FINDING, kind: 'tone' }).success).toBe(false);
  });
});

describe('ingestWarningSchema', () => {
  it('refuses a warning without a code', () => {
    expect(ingestWarningSchema.safeParse({ file: 'story/a.txt', message: 'not compared: the file is empty' }).success).toBe(false);
  });
});
