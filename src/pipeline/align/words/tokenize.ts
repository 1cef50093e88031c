import { isNegationWord, isStopWord } from './stop-words.ts';
import { stemWord } from './stem.ts';

/** One word or number of a text, with its exact place in that text. */
export interface Token {
  /** Exactly `text.slice(start, end)` of the tokenised text. */
  readonly surface: string;
  readonly start: number;
  readonly end: number;
  /** Lower-cased, accents and curly apostrophes folded: the form used for look-ups. */
  readonly norm: string;
  /** Porter stem of `norm`, or the canonical digits of a number. */
  readonly stem: string;
  readonly isNumber: boolean;
  /** A function word or negation cue: not counted as content. */
  readonly isStop: boolean;
  readonly isNegation: boolean;
  /** Starts with an upper-case letter in the source text. */
  readonly isCapitalised: boolean;
  /** Written in capitals throughout and at least two letters long (an acronym such as "HTS"). */
  readonly isAcronym: boolean;
  /** Index of the token in the text's token list. */
  readonly index: number;
}

// Digits with thousands separators or decimals, else letters with inner apostrophes ("Assad’s", "O'Brien").
// Hyphens split words on purpose: "al-Assad" must meet "Assad", "week-old" must meet "week".
const TOKEN_PATTERN = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

// Clitics that add no content of their own ("Hama’s", "they’re").
const DROPPED_CLITICS = ["'s", "'re", "'ve", "'ll", "'d", "'m"];
// Bases of contracted negations whose spelling changes ("can't", "won't", "shan't").
const CONTRACTED_BASES: ReadonlyMap<string, string> = new Map([['ca', 'can'], ['wo', 'will'], ['sha', 'shall']]);

/** Lower-cases and folds accents and curly apostrophes, so "Qaeda"/"qaeda" and "’"/"'" compare equal. */
export function normaliseWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();
}

interface RawPiece {
  readonly surface: string;
  readonly start: number;
  readonly norm: string;
}

/** Splits one matched word into its content part and a negation clitic, dropping other clitics. */
function splitClitics(surface: string, start: number): RawPiece[] {
  const norm = normaliseWord(surface);
  if (norm.endsWith("n't") && norm.length > 3) {
    const baseNorm = norm.slice(0, -3);
    const base = CONTRACTED_BASES.get(baseNorm) ?? baseNorm;
    const cut = surface.length - 3;
    return [
      { surface: surface.slice(0, cut), start, norm: base },
      { surface: surface.slice(cut), start: start + cut, norm: 'not' },
    ];
  }
  for (const clitic of DROPPED_CLITICS) {
    if (norm.endsWith(clitic) && norm.length > clitic.length) {
      const cut = surface.length - clitic.length;
      return [{ surface: surface.slice(0, cut), start, norm: norm.slice(0, -clitic.length) }];
    }
  }
  if (norm === 'cannot') {
    return [
      { surface: surface.slice(0, 3), start, norm: 'can' },
      { surface: surface.slice(3), start: start + 3, norm: 'not' },
    ];
  }
  return [{ surface, start, norm }];
}

/** Canonical digits of a numeric token: "10,000" → "10000", "2.50" → "2.5". */
function canonicalNumber(surface: string): string {
  // A comma followed by exactly three digits is a thousands separator in English news copy.
  const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(surface) ? surface.replace(/,/g, '') : surface.replace(/,/g, '.');
  const value = Number(plain);
  return Number.isFinite(value) ? String(value) : plain;
}

/**
 * Splits a text into word and number tokens with exact offsets.
 * Tokens are what every alignment signal counts; keeping offsets lets callers map evidence back
 * to the sentence it came from.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const matched = match[0];
    const matchStart = match.index;
    const isNumber = /^\p{N}/u.test(matched);
    const pieces = isNumber
      ? [{ surface: matched, start: matchStart, norm: matched }]
      : splitClitics(matched, matchStart);
    for (const piece of pieces) {
      const letters = piece.surface.replace(/[^\p{L}]/gu, '');
      tokens.push({
        surface: piece.surface,
        start: piece.start,
        end: piece.start + piece.surface.length,
        norm: isNumber ? canonicalNumber(piece.norm) : piece.norm,
        stem: isNumber ? canonicalNumber(piece.norm) : stemWord(piece.norm),
        isNumber,
        isStop: !isNumber && isStopWord(piece.norm),
        isNegation: !isNumber && isNegationWord(piece.norm),
        isCapitalised: /^\p{Lu}/u.test(piece.surface),
        isAcronym: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
        index: tokens.length,
      });
    }
  }
  return tokens;
}
