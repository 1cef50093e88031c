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

  it('refuses an omission that does not name the reports that leave the claim out', () => {
    expect(discrepancySchema.safeParse({ ...FINDING, kind: 'omission' }).success).toBe(false);
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
