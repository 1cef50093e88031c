import { describe, expect, it } from 'vitest';
import { clusterUnits } from '../../src/pipeline/align/cluster.ts';

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

  it('orders clusters by their first unit', () => {
    const clusters = clusterUnits([0, 1, 0, 1], [{ a: 2, b: 3, score: 0.9 }], options);
    expect(clusters.map((cluster) => cluster.members[0])).toEqual([0, 1, 2]);
  });
});
