import { describe, expect, it } from 'vitest';
import { BUILD_HEAP_GROWING_PERCENT, heapGrowingPercent } from '../../src/integrations/build-heap.ts';

describe('the build heap’s growing factor', () => {
  it('takes the setting unless PARALLAX_HEAP_GROWING_PERCENT gives a whole number, 0 leaving V8 its own', () => {
    expect(heapGrowingPercent({})).toBe(BUILD_HEAP_GROWING_PERCENT);
    expect(heapGrowingPercent({ PARALLAX_HEAP_GROWING_PERCENT: '50' })).toBe(50);
    expect(heapGrowingPercent({ PARALLAX_HEAP_GROWING_PERCENT: '0' })).toBe(0);
    expect(heapGrowingPercent({ PARALLAX_HEAP_GROWING_PERCENT: 'lots' })).toBe(BUILD_HEAP_GROWING_PERCENT);
    expect(heapGrowingPercent({ PARALLAX_HEAP_GROWING_PERCENT: '-5' })).toBe(BUILD_HEAP_GROWING_PERCENT);
  });
});
