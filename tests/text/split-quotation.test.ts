import { describe, expect, it } from 'vitest';
import { SPLIT_QUOTATION_VERBS } from '../../src/pipeline/lexicon/en/attribution.ts';
import { isSplitQuotationAttribution } from '../../src/pipeline/text/quotations.ts';

describe('the attribution between the two halves of a split quotation', () => {
  it.each([
    [' he said, ', true],
    [', the harbour master told reporters, ', true],
    [' said Ms. O’Neil, ', true],
    [' added the deputy mayor: ', true],
    [' added the deputy mayor of the old town: ', false],
    [' the mayor said, and then the council voted, ', false],
    [' he replied, ', false],
    [' one of the six members of the board said ', false],
    [' said the chairman of the large regional water board today ', false],
    [' Mayor Hill told Radio Kent’s ', false],
    ['', false],
  ])('%j is an attribution: %s', (between, expected) => {
    expect(isSplitQuotationAttribution(between, SPLIT_QUOTATION_VERBS)).toBe(expected);
  });
});
