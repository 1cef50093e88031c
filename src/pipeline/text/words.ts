/**
 * Words as the aligner weighs them: each word or number of a text with its folded form, its stem, and
 * whether it is a function word, a negation cue, capitalised or an acronym. Built on the `words` shape of
 * the tokenizer, with English clitics split off ("didn't" → did + not, "Hama’s" → Hama).
 */
import { CONTRACTED_BASES, DROPPED_CLITICS, NEGATIVE_CLITIC } from '../lexicon/en/contractions.ts';
import { NEGATION_WORDS } from '../lexicon/en/negation.ts';
import { NLTK_STOP_WORDS } from '../lexicon/en/stop-words.ts';
import { stemWord } from './stem.ts';
import { tokenizeWords } from './tokens.ts';

/** One word or number of a text, with its exact place in that text and what the aligner needs to know of it. */
export interface AnalysedWord {
  /** Exactly `text.slice(start, end)` of the analysed text. */
  readonly surface: string;
  readonly start: number;
  readonly end: number;
  /** Lower-cased, accents and curly apostrophes folded (`foldWordKey`): the form used for look-ups. */
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
  /** Index of the word in the text's word list. */
  readonly index: number;
}

/** Whether a lower-cased word is one the aligner does not count as content: an NLTK stop word or a negation cue. */
export function isAlignmentStopWord(word: string): boolean {
  return NLTK_STOP_WORDS.has(word) || NEGATION_WORDS.has(word);
}

/** Whether a lower-cased word is a negation cue ("not", "never", …), kept apart for polarity checks. */
export function isNegationWord(word: string): boolean {
  return NEGATION_WORDS.has(word);
}

interface Piece {
  readonly surface: string;
  readonly start: number;
  readonly norm: string;
}

/** Splits one word into its content part and a negation clitic, dropping other clitics. */
function splitClitics(surface: string, start: number, norm: string): Piece[] {
  if (norm.endsWith(NEGATIVE_CLITIC) && norm.length > NEGATIVE_CLITIC.length) {
    const baseNorm = norm.slice(0, -NEGATIVE_CLITIC.length);
    const base = CONTRACTED_BASES.get(baseNorm) ?? baseNorm;
    const cut = surface.length - NEGATIVE_CLITIC.length;
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

/** Canonical digits of a numeral: "10,000" → "10000", "2.50" → "2.5". */
function canonicalNumber(surface: string): string {
  // A comma followed by exactly three digits is a thousands separator in English news copy.
  const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(surface) ? surface.replace(/,/g, '') : surface.replace(/,/g, '.');
  const value = Number(plain);
  return Number.isFinite(value) ? String(value) : plain;
}

/**
 * The words and numbers of a text with exact offsets, stems and flags. They are what every alignment
 * signal counts; keeping offsets lets callers map evidence back to the sentence it came from.
 */
export function analyseWords(text: string): AnalysedWord[] {
  const words: AnalysedWord[] = [];
  for (const token of tokenizeWords(text, 'words')) {
    const isNumber = token.kind === 'number';
    const pieces = isNumber ? [{ surface: token.text, start: token.start, norm: token.text }] : splitClitics(token.text, token.start, token.folded);
    for (const piece of pieces) {
      const letters = piece.surface.replace(/[^\p{L}]/gu, '');
      words.push({
        surface: piece.surface,
        start: piece.start,
        end: piece.start + piece.surface.length,
        norm: isNumber ? canonicalNumber(piece.norm) : piece.norm,
        stem: isNumber ? canonicalNumber(piece.norm) : stemWord(piece.norm),
        isNumber,
        isStop: !isNumber && isAlignmentStopWord(piece.norm),
        isNegation: !isNumber && isNegationWord(piece.norm),
        isCapitalised: /^\p{Lu}/u.test(piece.surface),
        isAcronym: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
        index: words.length,
      });
    }
  }
  return words;
}
