import { areNameVariants, stemWord } from '../../text/index.ts';
import { rememberBounded } from '../../text/sentence-memo.ts';
import { rememberIn } from '../../remember-in.ts';
import { baseFormCandidates, irregularVerbBase } from './morphy.ts';
import { WORDNET_POS, type WordNet, type WordNetPos } from './wordnet.ts';

/**
 * How two content words relate: the same word, WordNet synonyms, WordNet neighbours, or spellings of
 * one name. Paraphrasing reports swap words ("insurgents"/"rebels", "aired"/"broadcast"), so exact
 * overlap alone misses most shared claims.
 */

/** The kinds of word match, strongest first. */
export type WordMatchKind = 'exact' | 'name' | 'synonym' | 'related';

/** Similarity credited for each kind of match (1 for the same word). */
export const WORD_MATCH_SCORES: Readonly<Record<WordMatchKind, number>> = {
  exact: 1,
  name: 0.9,
  // Synonyms count less than the same word and one-pointer neighbours less again, as in the
  // exact > stem > synonym stages of METEOR (Banerjee & Lavie 2005).
  synonym: 0.8,
  related: 0.5,
};

/** What the lexicon knows about one lower-cased word. */
export interface WordInfo {
  readonly id: number;
  readonly norm: string;
  /** Stem of the word's base form: equal keys mean the same word ("took"/"taken", "rebels"/"rebel"). */
  readonly key: string;
  /** Interned ids of the word's most frequent WordNet senses, sorted. */
  readonly senses: Int32Array;
  /** Interned ids of synsets one pointer away from those senses, sorted. */
  readonly neighbours: Int32Array;
  /** The part of speech with most WordNet senses for this word, if WordNet knows it. */
  readonly pos: WordNetPos | undefined;
}

/** A memoising view of WordNet for one run: word facts and word-pair matches are computed once. */
export interface WordLexicon {
  wordInfo(norm: string): WordInfo;
  /** Best match between two words; `isName` switches off WordNet (a "Turkey" is not a flop). */
  matchWords(a: WordInfo, aIsName: boolean, b: WordInfo, bIsName: boolean): WordMatchKind | undefined;
}

// WordNet lists senses most frequent first; rare senses make everything a synonym of everything
// ("take" has 42 verb senses), so only the first few are used, as in first-sense heuristics
// (McCarthy et al. 2004, "Finding predominant word senses").
const SENSES_PER_POS = 3;
// Pointers that keep meaning close: hypernym (incl. instance), similar-to, derivation, verb group,
// also-see, pertainym, participle, attribute.
const NEIGHBOUR_POINTERS: ReadonlySet<string> = new Set(['@', '@i', '&', '+', '$', '^', '\\', '<', '=']);
// Words of one run that get a dense match table (4 MB); later words use a map.
const DENSE_WORDS = 2048;
// Words this short are mostly abbreviations or function words that WordNet maps to odd senses ("a" = angstrom).
const MIN_WORDNET_LENGTH = 3;

/** Intersection test of two sorted integer arrays. */
function intersects(a: Int32Array, b: Int32Array): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) return true;
    if (x < y) i += 1;
    else j += 1;
  }
  return false;
}

/** The stem of a word's base form, so irregular forms meet their verb ("took" → "take"). */
export function wordKey(norm: string): string {
  return stemWord(irregularVerbBase(norm) ?? norm);
}

/** A word's WordNet senses, their neighbours (synset ids as WordNet writes them) and its main part of speech. */
interface SenseFacts {
  readonly senses: readonly string[];
  readonly neighbours: readonly string[];
  readonly pos: WordNetPos | undefined;
}

/**
 * Words whose WordNet senses are remembered across stories before the memo starts again: each story's
 * lexicon looked up the same common words again (morphological base forms, then the synsets and their
 * pointers); an archive's vocabulary is bounded only by this.
 */
const SENSE_MEMO_LIMIT = 100_000;
const sensesByWordNet = new WeakMap<WordNet, (norm: string) => SenseFacts>();

/** A word's senses in one WordNet, remembered (a pure function of it and the word). */
function sensesOf(wordnet: WordNet): (norm: string) => SenseFacts {
  return rememberIn(sensesByWordNet, wordnet, () => rememberBounded((norm: string) => readSenses(wordnet, norm), SENSE_MEMO_LIMIT));
}

/** A word's senses in `wordnet`: those of its first base form found, per part of speech, and their neighbours. */
function readSenses(wordnet: WordNet, norm: string): SenseFacts {
  const senses = new Set<string>();
  const neighbours = new Set<string>();
  let pos: WordNetPos | undefined;
  let posSenses = 0;
  if (norm.length < MIN_WORDNET_LENGTH || !/^[a-z][a-z'-]*$/.test(norm)) return { senses: [], neighbours: [], pos };
  for (const candidatePos of WORDNET_POS) {
    for (const base of baseFormCandidates(norm, candidatePos)) {
      const ids = wordnet.lookupSynsetIds(base, candidatePos);
      if (ids.length === 0) continue;
      if (ids.length > posSenses) {
        pos = candidatePos;
        posSenses = ids.length;
      }
      for (const id of ids.slice(0, SENSES_PER_POS)) {
        senses.add(id);
        for (const pointer of wordnet.readSynset(id)?.pointers ?? []) {
          if (NEIGHBOUR_POINTERS.has(pointer.symbol)) neighbours.add(pointer.target);
        }
      }
      break;
    }
  }
  return { senses: [...senses], neighbours: [...neighbours], pos };
}

/** Creates a lexicon backed by `wordnet`; pass one lexicon per story or data set so caches stay bounded. */
export function createWordLexicon(wordnet: WordNet): WordLexicon {
  const words = new Map<string, WordInfo>();
  const synsetIds = new Map<string, number>();
  const intern = (synset: string): number => {
    let id = synsetIds.get(synset);
    if (id === undefined) {
      id = synsetIds.size;
      synsetIds.set(synset, id);
    }
    return id;
  };

  const senseIds = sensesOf(wordnet);

  const wordInfo = (norm: string): WordInfo => {
    const known = words.get(norm);
    if (known !== undefined) return known;
    const { senses, neighbours, pos } = senseIds(norm);
    const info: WordInfo = {
      id: words.size,
      norm,
      key: wordKey(norm),
      senses: Int32Array.from(senses.map(intern)).sort(),
      neighbours: Int32Array.from(neighbours.map(intern)).sort(),
      pos,
    };
    words.set(norm, info);
    return info;
  };

  // Relation codes, independent of name flags: 1 none, 2 same word, 3 synonym, 4 related (0: not computed).
  // Bit 16 marks that the name-variant test ran, bit 8 that it passed; it runs only for pairs of names.
  const relationOf = (a: WordInfo, b: WordInfo): number => {
    if (a.key === b.key || a.norm === b.norm) return 2;
    if (intersects(a.senses, b.senses)) return 3;
    if (intersects(a.neighbours, b.senses) || intersects(a.senses, b.neighbours)) return 4;
    return 1;
  };
  // A dense table for the first words of a run (a story rarely has more), a map beyond it.
  const dense = new Uint8Array(DENSE_WORDS * DENSE_WORDS);
  const sparse = new Map<number, number>();
  const slotOf = (low: WordInfo, high: WordInfo): number =>
    high.id < DENSE_WORDS ? low.id * DENSE_WORDS + high.id : -(low.id * 0x200000 + high.id) - 1;
  const read = (slot: number): number => (slot >= 0 ? (dense[slot] ?? 0) : (sparse.get(slot) ?? 0));
  const write = (slot: number, code: number): void => {
    if (slot >= 0) dense[slot] = code;
    else sparse.set(slot, code);
  };

  return {
    wordInfo,
    matchWords(a, aIsName, b, bIsName) {
      // Called for every pair of content words of every scored pair of units: no array or closure per call.
      const low = a.id <= b.id ? a : b;
      const high = low === a ? b : a;
      const slot = slotOf(low, high);
      let code = slot >= 0 ? (dense[slot] ?? 0) : read(slot);
      if (code === 1 && !(aIsName && bIsName)) return undefined;
      if (code === 0) {
        code = relationOf(low, high);
        write(slot, code);
      }
      const base = code & 7;
      if (base === 2) return 'exact';
      if (aIsName || bIsName) {
        if (!aIsName || !bIsName) return undefined;
        if ((code & 16) === 0) {
          code |= 16 | (areNameVariants(low.norm, high.norm) ? 8 : 0);
          write(slot, code);
        }
        return (code & 8) !== 0 ? 'name' : undefined;
      }
      return base === 3 ? 'synonym' : base === 4 ? 'related' : undefined;
    },
  };
}
