import { describe, expect, it } from 'vitest';
import { dropPossessive, foldName, foldWordKey, toPossessiveFreeKey, toWordKey } from '../../src/pipeline/text/index.ts';

describe('word normalisations', () => {
  it.each<[string, (word: string) => string, string, string]>([
    ['toWordKey', toWordKey, 'Assad’s', "assad's"],
    ['toWordKey', toWordKey, 'Qaéda', 'qaéda'],
    ['foldWordKey', foldWordKey, 'Qaéda’s', "qaeda's"],
    ['foldWordKey', foldWordKey, 'ﬁre', 'fire'],
    ['dropPossessive', dropPossessive, "assad's", 'assad'],
    ['dropPossessive', dropPossessive, "it's", 'it'],
    ['dropPossessive', dropPossessive, 'bus', 'bus'],
    ['toPossessiveFreeKey', toPossessiveFreeKey, 'Assad’s', 'assad'],
    ['toPossessiveFreeKey', toPossessiveFreeKey, 'Qaéda', 'qaéda'],
    ['foldName', foldName, 'Ḥasan’s', 'hasans'],
    ['foldName', foldName, "O'Neill", 'oneill'],
  ])('%s turns "%s" into "%s"', (_, normalise, word, expected) => {
    expect(normalise(word)).toBe(expected);
  });
});
