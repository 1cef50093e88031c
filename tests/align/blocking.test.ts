import { describe, expect, it } from 'vitest';
import { findCandidatePairs } from '../../src/pipeline/align/cluster/blocking.ts';

describe('blocking', () => {
  it('pairs only units that share a key', () => {
    const pairs = findCandidatePairs([
      { group: 0, keys: ['hama', 'rebel'] },
      { group: 1, keys: ['hama', 'army'] },
      { group: 1, keys: ['ukraine'] },
    ]);
    expect(pairs).toEqual([{ a: 0, b: 1 }]);
  });

  it('skips pairs inside one report unless asked for them', () => {
    const entries = [
      { group: 0, keys: ['hama'] },
      { group: 0, keys: ['hama'] },
    ];
    expect(findCandidatePairs(entries)).toEqual([]);
    expect(findCandidatePairs(entries, { includeSameGroup: true })).toEqual([{ a: 0, b: 1 }]);
  });

  it('keeps at most the best-sharing partners of each unit', () => {
    const entries = [
      { group: 0, keys: ['hama', 'jazeera', 'roundabout'] },
      { group: 1, keys: ['hama', 'jazeera', 'roundabout'] },
      ...Array.from({ length: 20 }, (_, i) => ({ group: 2 + i, keys: ['hama', `other${i}`] })),
    ];
    const pairs = findCandidatePairs(entries, { maxCandidates: 1 });
    expect(pairs).toContainEqual({ a: 0, b: 1 });
    // Each unit keeps one partner; a pair kept by either side counts once.
    expect(pairs.length).toBeLessThanOrEqual(entries.length);
    expect(pairs.some((pair) => pair.a === 2 && pair.b === 3)).toBe(false);
  });

  it('compares far fewer pairs than all pairs when a key is everywhere', () => {
    const entries = Array.from({ length: 2000 }, (_, i) => ({ group: i, keys: ['hama', `k${i % 50}`] }));
    const pairs = findCandidatePairs(entries, { window: 10, maxCandidates: 10 });
    const allPairs = (2000 * 1999) / 2;
    expect(pairs.length).toBeLessThanOrEqual(2000 * 10);
    expect(pairs.length).toBeLessThan(allPairs / 50);
  });
});
