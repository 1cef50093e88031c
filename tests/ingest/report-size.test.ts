import { describe, expect, it } from 'vitest';
import { assertReportSize, formatByteSize } from '../../src/pipeline/ingest/index.ts';

describe('formatByteSize', () => {
  it.each([
    [800, '800 bytes'],
    [8_400, '8.4 KB'],
    [80_156, '80 KB'],
    [1_500_000, '1.5 MB'],
    [2_000_000, '2 MB'],
    [12_345_678, '12 MB'],
  ])('writes %i bytes as %s', (bytes, expected) => {
    expect(formatByteSize(bytes)).toBe(expected);
  });
});

describe('assertReportSize', () => {
  it('lets a file of the limit pass', () => {
    expect(() => assertReportSize('s/a.txt', 100, 100)).not.toThrow();
  });

  it('refuses a file one byte over the limit, naming it, its size and the limit', () => {
    expect(() => assertReportSize('s/a.txt', 101, 100)).toThrow(
      's/a.txt: the report is 101 bytes, over the limit of 100 bytes for one report',
    );
  });
});
