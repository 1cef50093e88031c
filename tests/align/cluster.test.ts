import { describe, expect, it } from 'vitest';
import { clusterUnits } from '../../src/pipeline/align/cluster/cluster.ts';

const options = { threshold: 0.5, strongThreshold: 0.9 };

describe('clustering', () => {
  it('puts every unit in exactly one cluster', () => {
    const clusters = clusterUnits([0, 1, 2, 0, 1], [{ a: 0, b: 1, score: 0.8 }], options);
    const members = clusters.flatMap((cluster) => cluster.members).sort((a, b) => a - b);
    expect(members).toEqual([0, 1, 2, 3, 4]);
  });

  it('merges units whose mean pair score reaches the cut-off', () => {
    const clusters = clusterUnits(
      [0, 1, 2],
      [
        { a: 0, b: 1, score: 0.9 },
        { a: 1, b: 2, score: 0.8 },
        { a: 0, b: 2, score: 0.6 },
      ],
      options,
    );
    expect(clusters.map((cluster) => cluster.members)).toEqual([[0, 1, 2]]);
    expect(clusters[0]?.cohesion).toBeCloseTo((0.9 + 0.8 + 0.6) / 3);
  });

  it('never puts a cannot-link pair in one claim, even through a third unit they both link to', () => {
    const pairs = [
      { a: 0, b: 1, score: 0.9 },
      { a: 1, b: 2, score: 0.8 },
      { a: 0, b: 2, score: 0.6 },
    ];
    const clusters = clusterUnits([0, 1, 2], pairs, { ...options, cannotLink: [{ a: 0, b: 2 }] });
    expect(clusters.map((cluster) => cluster.members)).toEqual([[0, 1], [2]]);
  });

  it('does not chain two strong pairs through a shared unit into one claim', () => {
    const clusters = clusterUnits(
      [0, 1, 2],
      [
        { a: 0, b: 1, score: 0.9 },
        { a: 1, b: 2, score: 0.8 },
      ],
      options,
    );
    expect(clusters.map((cluster) => cluster.members)).toEqual([[0, 1], [2]]);
  });

  it('keeps two units of one report apart unless they are strongly linked to each other', () => {
    const weak = clusterUnits(
      [0, 1, 0],
      [
        { a: 0, b: 1, score: 0.9 },
        { a: 1, b: 2, score: 0.9 },
        { a: 0, b: 2, score: 0.6 },
      ],
      options,
    );
    expect(weak.map((cluster) => cluster.members)).toEqual([[0, 1], [2]]);
    const strong = clusterUnits(
      [0, 1, 0],
      [
        { a: 0, b: 1, score: 0.9 },
        { a: 1, b: 2, score: 0.9 },
        { a: 0, b: 2, score: 0.95 },
      ],
      options,
    );
    expect(strong.map((cluster) => cluster.members)).toEqual([[0, 1, 2]]);
  });

  it('lets a headline and a body unit of one report share a claim (different slots)', () => {
    // Units 0 (report 0 headline), 1 (report 1), 2 (report 0 body): 0 and 2 are only moderately linked.
    const pairs = [
      { a: 0, b: 1, score: 0.9 },
      { a: 1, b: 2, score: 0.9 },
      { a: 0, b: 2, score: 0.6 },
    ];
    const slotted = clusterUnits([0, 1, 0], pairs, { ...options, slotOf: [1, 2, 0] });
    expect(slotted.map((cluster) => cluster.members)).toEqual([[0, 1, 2]]);
    const sameSlot = clusterUnits([0, 1, 0], pairs, { ...options, slotOf: [0, 2, 0] });
    expect(sameSlot.map((cluster) => cluster.members)).toEqual([[0, 1], [2]]);
  });

  it('orders clusters by their first unit', () => {
    const clusters = clusterUnits([0, 1, 0, 1], [{ a: 2, b: 3, score: 0.9 }], options);
    expect(clusters.map((cluster) => cluster.members[0])).toEqual([0, 1, 2]);
  });
});
