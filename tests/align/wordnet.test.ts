import { describe, expect, it } from 'vitest';
import { getWordNet, openWordNet } from '../../src/pipeline/align/words/wordnet.ts';

describe('WordNet adapter', () => {
  it('finds a lemma with its senses, most frequent first', () => {
    const ids = getWordNet().lookupSynsetIds('insurgent', 'n');
    expect(ids.length).toBeGreaterThan(0);
    const first = getWordNet().readSynset(ids[0] ?? '');
    expect(first?.words).toContain('rebel');
  });

  it('returns no senses for a word it does not know', () => {
    expect(getWordNet().lookupSynsetIds('jolani', 'n')).toEqual([]);
  });

  it('reads a synset by byte offset with its pointers', () => {
    const [id] = getWordNet().lookupSynsetIds('swift', 'a');
    const synset = getWordNet().readSynset(id ?? '');
    expect(synset?.id).toBe(id);
    expect(synset?.pointers.some((pointer) => pointer.symbol === '&')).toBe(true);
  });

  it('opens nothing until the first look-up', () => {
    const wordnet = openWordNet('/nonexistent/wordnet/dict');
    expect(() => wordnet.lookupSynsetIds('rebel', 'n')).toThrow();
  });
});
