import { describe, expect, it } from 'vitest';
import { rememberBounded, rememberSentenceFacts } from '../../src/pipeline/text/sentence-memo.ts';

describe('rememberBounded', () => {
  it('reads a key once, and again only after the memo filled up and started again', () => {
    const reads: string[] = [];
    const length = rememberBounded((word: string) => {
      reads.push(word);
      return word.length;
    }, 2);
    expect([length('fire'), length('fire'), length('harbour'), length('fire')]).toEqual([4, 4, 7, 4]);
    expect(reads).toEqual(['fire', 'harbour']);
    // A third key finds the memo full: it starts again with that key alone.
    length('mayor');
    length('fire');
    expect(reads).toEqual(['fire', 'harbour', 'mayor', 'fire']);
  });

  it('remembers a value that is undefined too', () => {
    let reads = 0;
    const nothing = rememberBounded((_word: string): undefined => {
      reads += 1;
      return undefined;
    }, 10);
    nothing('a');
    nothing('a');
    expect(reads).toBe(1);
  });
});

describe('rememberSentenceFacts', () => {
  it('hands each caller its own copy of the remembered list', () => {
    const words = rememberSentenceFacts((text: string) => text.split(' '));
    const first = words('the mayor spoke');
    first.reverse();
    expect(words('the mayor spoke')).toEqual(['the', 'mayor', 'spoke']);
  });
});
