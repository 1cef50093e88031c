import { describe, expect, it } from 'vitest';
import { parseTopBonus } from '../../scripts/lib/top-bonus-option.ts';

describe('parseTopBonus', () => {
  it('keeps the aligner default when the option is absent', () => {
    expect(parseTopBonus(undefined)).toBeUndefined();
  });

  it('reads a number of log-odds, zero and negative included', () => {
    expect(parseTopBonus('2')).toBe(2);
    expect(parseTopBonus('1.5')).toBe(1.5);
    expect(parseTopBonus('0')).toBe(0);
    expect(parseTopBonus('-1')).toBe(-1);
  });

  it('rejects text that is not a finite number, naming the option', () => {
    for (const bad of ['', ' ', 'abc', 'Infinity', '1,5']) expect(() => parseTopBonus(bad)).toThrow(/--top-bonus/);
  });
});
