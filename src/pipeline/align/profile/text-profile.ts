import type { IdfTable } from './idf.ts';
import { hasInformativeCasing, isNameToken, isNameTokenByCollection, type CasingLexicon } from './names.ts';
import { markNegatableTokens, markNegatedTokens } from './negation.ts';
import { readTokenNumbers } from '../../text/numbers.ts';
import { rememberIn } from '../../remember-in.ts';
import { markQuotedTokens } from './quotes.ts';
import { analyseWords, type AnalysedWord } from '../../text/index.ts';
import { wordKey, type WordInfo, type WordLexicon } from '../words/word-relations.ts';

/**
 * Everything the pair signals need to know about one text, computed once per text so that scoring a
 * pair never re-tokenises or re-queries WordNet, and compares integer arrays rather than strings.
 */

/** Tokens and per-token facts that need no collection statistics. */
export interface TextAnalysis {
  readonly text: string;
  readonly tokens: readonly AnalysedWord[];
  /** Word key of every token (stop words included), in order: the sequence n-gram signals read. */
  readonly keys: readonly string[];
  readonly negated: readonly boolean[];
  /** Whether a negation cue or negative implicative precedes the token in its clause (`markNegatableTokens`). */
  readonly negatable: readonly boolean[];
  readonly quoted: readonly boolean[];
  /** Distinct stated numbers, sorted. */
  readonly numbers: readonly number[];
  readonly negationCount: number;
  /** False for headline-style or all-capitals text, whose capitals say nothing about names. */
  readonly casingInformative: boolean;
}

/** One content word (not a stop word) of a profiled text. */
export interface ContentWord {
  /** Index of the word in `TextProfile.tokens`. */
  readonly tokenIndex: number;
  readonly word: WordInfo;
  readonly weight: number;
  readonly isName: boolean;
  readonly negated: boolean;
  /** Whether a cue or negative implicative precedes the word in its clause: then it is not plainly affirmed. */
  readonly negatable: boolean;
  /** Relative place of the word in its text, 0 (first) to 1 (last). */
  readonly place: number;
}

/** A text ready for pair scoring. */
export interface TextProfile extends TextAnalysis {
  /** `keys` as interned integers. */
  readonly keyIds: Int32Array;
  /** Sorted key ids, and sorted hashes of consecutive key-id pairs, triples and quadruples (repeats kept). */
  readonly unigrams: Int32Array;
  readonly bigrams: Int32Array;
  readonly trigrams: Int32Array;
  readonly fourgrams: Int32Array;
  /** Key ids of the quoted tokens, in order. */
  readonly quotedKeyIds: Int32Array;
  readonly content: readonly ContentWord[];
  /** Sum of the content words' weights. */
  readonly contentWeight: number;
  /** Hashed character 4-grams of the folded text, sorted (repeats kept). */
  readonly charGrams: Int32Array;
  /** Euclidean norm of the character 4-gram count vector. */
  readonly charGramNorm: number;
}

/** The collection-level facts a profile is built against. */
export interface ProfileContext {
  readonly lexicon: WordLexicon;
  readonly idf: IdfTable;
  readonly casing: CasingLexicon;
  /** A stable small integer for a word key, the same for the same key within one context. */
  internKey(key: string): number;
}

/** Tokenises a text and reads the facts that need no other text. */
export function analyseText(text: string): TextAnalysis {
  const tokens = analyseWords(text);
  const numbers = [...new Set(readTokenNumbers(tokens).map((found) => found.value))].sort((a, b) => a - b);
  return {
    text,
    tokens,
    keys: tokens.map((token) => (token.isNumber ? token.norm : wordKey(token.norm))),
    negated: markNegatedTokens(text, tokens),
    negatable: markNegatableTokens(text, tokens),
    quoted: markQuotedTokens(text, tokens),
    numbers,
    negationCount: tokens.filter((token) => token.isNegation).length,
    casingInformative: hasInformativeCasing(tokens),
  };
}

/**
 * Mixes the integers `values[start..end)` into one 32-bit hash (the multiply-xorshift step of MurmurHash3's
 * finaliser). Reads the array in place: every pair scored hashes the n-grams of a stretch again.
 */
function mixHash(values: Int32Array, start: number, end: number): number {
  let hash = 0x9e3779b9 | 0;
  for (let i = start; i < end; i += 1) {
    hash = Math.imul(hash ^ (values[i] ?? 0), 0x85ebca6b);
    hash ^= hash >>> 13;
    hash = Math.imul(hash, 0xc2b2ae35);
    hash ^= hash >>> 16;
  }
  return hash | 0;
}

/** 32-bit FNV-1a hash (Fowler, Noll & Vo) of `value[start..end)`, for compact character n-gram vectors. */
function hashString(value: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i += 1) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/** Sorted hashes of the consecutive `n`-grams of a key-id sequence. */
function sortedNgrams(ids: Int32Array, n: number): Int32Array {
  const grams = new Int32Array(Math.max(0, ids.length - n + 1));
  for (let i = 0; i < grams.length; i += 1) grams[i] = mixHash(ids, i, i + n);
  return grams.sort();
}

// Character 4-grams catch shared word pieces that tokens miss (hyphenation, inflection, names);
// 4 is the order found best for news retrieval by McNamee & Mayfield (2004, "Character n-gram tokenization").
const CHAR_GRAM_LENGTH = 4;

/** Sorted hashes of the character 4-grams of the tokens folded to lower case and joined by single spaces. */
function characterGrams(tokens: readonly AnalysedWord[]): Int32Array {
  const folded = ` ${tokens.map((token) => token.norm).join(' ')} `;
  const grams = new Int32Array(Math.max(0, folded.length - CHAR_GRAM_LENGTH + 1));
  for (let i = 0; i < grams.length; i += 1) grams[i] = hashString(folded, i, i + CHAR_GRAM_LENGTH);
  return grams.sort();
}

/** Euclidean norm of a sorted multiset seen as a count vector. */
function multisetNorm(sorted: Int32Array): number {
  let sum = 0;
  let run = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    run += 1;
    if (i + 1 === sorted.length || sorted[i + 1] !== sorted[i]) {
      sum += run * run;
      run = 0;
    }
  }
  return Math.sqrt(sum);
}

/** Completes a profile from an analysis, its key ids and its content words. */
function completeProfile(analysis: TextAnalysis, keyIds: Int32Array, content: readonly ContentWord[]): TextProfile {
  const charGrams = characterGrams(analysis.tokens);
  return {
    ...analysis,
    keyIds,
    unigrams: Int32Array.from(keyIds).sort(),
    bigrams: sortedNgrams(keyIds, 2),
    trigrams: sortedNgrams(keyIds, 3),
    fourgrams: sortedNgrams(keyIds, 4),
    quotedKeyIds: keyIds.filter((_, index) => analysis.quoted[index] === true),
    content,
    contentWeight: content.reduce((sum, word) => sum + word.weight, 0),
    charGrams,
    charGramNorm: multisetNorm(charGrams),
  };
}

/** Adds collection weights, names and WordNet facts to an analysed text. */
export function buildTextProfile(analysis: TextAnalysis, context: ProfileContext): TextProfile {
  const keyIds = Int32Array.from(analysis.keys.map((key) => context.internKey(key)));
  const content: ContentWord[] = [];
  const last = Math.max(1, analysis.tokens.length - 1);
  analysis.tokens.forEach((token, index) => {
    if (token.isStop) return;
    content.push({
      tokenIndex: index,
      word: context.lexicon.wordInfo(token.norm),
      weight: context.idf.weight(analysis.keys[index] ?? token.stem),
      isName: analysis.casingInformative
        ? isNameToken(token, context.casing)
        : isNameTokenByCollection(token, context.casing),
      negated: analysis.negated[index] ?? false,
      negatable: analysis.negatable[index] ?? false,
      place: index / last,
    });
  });
  return completeProfile(analysis, keyIds, content);
}

/**
 * The profile of tokens `first..last` (inclusive) of a profiled text. Names, weights and negation keep
 * what the whole text said (a negation cue just before the stretch still counts). `text` is the
 * stretch, while token offsets still point into the whole text, so slice whole profiles only. A
 * profile is read-only, so the same stretch of the same profile gives the same object, made once.
 */
export function sliceTextProfile(profile: TextProfile, first: number, last: number): TextProfile {
  const slices = rememberIn(slicesOf, profile, () => new Map<number, TextProfile>());
  // `last` < the number of tokens, so this numbers each (first, last) once.
  return rememberIn(slices, first * (profile.tokens.length + 1) + last, () => cutTextProfile(profile, first, last));
}

/**
 * The slices of each whole profile made so far: scoring asks for the same stretch of a unit again and
 * again (each unit it is paired with that matches the same words; on 100 stories of 5–10 reports 170,000
 * stretches, 34,000 of them different). Weakly held, so they go when the profile goes, with its story.
 */
const slicesOf = new WeakMap<TextProfile, Map<number, TextProfile>>();

/** `sliceTextProfile` without the memo. */
function cutTextProfile(profile: TextProfile, first: number, last: number): TextProfile {
  const tokens = profile.tokens.slice(first, last + 1);
  const startToken = tokens[0];
  const endToken = tokens[tokens.length - 1];
  const analysis: TextAnalysis = {
    text: startToken === undefined || endToken === undefined ? '' : profile.text.slice(startToken.start, endToken.end),
    tokens,
    keys: profile.keys.slice(first, last + 1),
    negated: profile.negated.slice(first, last + 1),
    negatable: profile.negatable.slice(first, last + 1),
    quoted: profile.quoted.slice(first, last + 1),
    numbers: [...new Set(readTokenNumbers(tokens).map((found) => found.value))].sort((a, b) => a - b),
    negationCount: tokens.filter((token) => token.isNegation).length,
    casingInformative: profile.casingInformative,
  };
  const span = Math.max(1, last - first);
  const content = profile.content
    .filter((word) => word.tokenIndex >= first && word.tokenIndex <= last)
    .map((word) => ({ ...word, tokenIndex: word.tokenIndex - first, place: (word.tokenIndex - first) / span }));
  return completeProfile(analysis, profile.keyIds.slice(first, last + 1), content);
}
