/**
 * The one tokenizer: splits a text into words, numbers, quote marks and punctuation with exact UTF-16
 * offsets, so that every stage can point back at the characters a finding came from.
 *
 * What counts as one word differs between stages today (hyphens split words for the aligner but join them
 * for the wording diff; "Mr." keeps its full stop for the number reader and name finder). Each of those
 * readings is a named `WordShape` below, defined once, so the differences are visible side by side; they
 * are kept apart because merging them would change what the stages find (candidates for later unification,
 * see each shape). Everything that is not a word or number in a shape is still a token: a quote mark or one
 * character of punctuation. Whitespace is never a token.
 */
import { foldWordKey, toWordKey } from './normalise.ts';
import { DOTTED_ABBREVIATIONS } from '../lexicon/en/titles.ts';

/** What a token is: a word, a number, a quotation mark (or a free-standing apostrophe), or one other character. */
/**
 * Dashes that set off a clause or an aside: figure dash, en dash, em dash, the horizontal bar (U+2015, which
 * some outlets print for the em dash) and the two- and three-em dashes. A hyphen joins words and is none of them.
 */
export const CLAUSE_DASHES = '\u2012\u2013\u2014\u2015\u2E3A\u2E3B';

export type TokenKind = 'word' | 'number' | 'quote-mark' | 'punctuation';

/** One token of a text. */
export interface Token {
  /** Exactly `text.slice(start, end)` of the tokenised text. */
  readonly text: string;
  /** UTF-16 offset of the first character. */
  readonly start: number;
  /** UTF-16 offset just after the last character. */
  readonly end: number;
  readonly kind: TokenKind;
  /** Lower case with curly apostrophes straightened (`Assad’s` → `assad's`): the form for look-ups (`toWordKey`). */
  readonly key: string;
  /** `key` with accents folded as well (`Qaéda` → `qaeda`): the form for matching spellings (`foldWordKey`). */
  readonly folded: string;
  /** No whitespace separates the token from the one before it ("40-year", "$5", "10%"); false for the first token. */
  readonly joined: boolean;
}

/**
 * The readings of "one word" that the stages use, each named after what it keeps together:
 *
 * - `words`: letters (with combining marks) joined by inner apostrophes, and numbers with `.`/`,` separators
 *   ("10,000", "2.5"); hyphens and letter/digit changes split ("al-Assad" → al, Assad; "G7" → G, 7).
 *   The aligner's reading: "al-Assad" must meet "Assad".
 * - `scanned`: like `words` but over ASCII digits and plain letters, and keeping the full stop of listed
 *   abbreviations ("Mr.", "Gen.") and of initials ("U.N.", "a.m."). The number reader's and speaker
 *   finder's reading: "Gen." must not end a speaker phrase, "a.m." is one word.
 * - `alphanumeric`: runs of letters and digits joined by inner apostrophes ("G7", "3rd", "Assad’s"); separators
 *   split numbers ("1,500" → 1, 500). The detectors' reading for content words and quotations.
 * - `name`: plain letters joined by inner apostrophes, with a full stop right after kept ("Maj.", "Jr."), so
 *   the name finder can tell an abbreviated title from the end of a sentence.
 * - `compound`: runs of letters and digits joined by inner apostrophes, full stops and hyphens ("al-Assad",
 *   "U.S", "2.5"). The reading for word-by-word wording comparison, where "al-Assad" is one word.
 * - `elided`: runs of letters and digits followed by apostrophe-joined letters ("it's", "1990's"): the
 *   paragraph fingerprint of the block classifier.
 * - `letters`: maximal runs of plain letters, nothing else (language and word-stem counts).
 * - `apostrophe-letters`: maximal runs of letters and apostrophes, a trailing one included ("students’"):
 *   the story's lower-case vocabulary as the name detector collects it.
 *
 * Candidates for unification: `alphanumeric`/`elided` differ only on digits after an apostrophe; `words`
 * and `scanned` only on non-ASCII digits, combining marks and abbreviations; `name` is `scanned` words plus
 * a trailing full stop.
 */
export type WordShape = 'words' | 'scanned' | 'alphanumeric' | 'name' | 'compound' | 'elided' | 'letters' | 'apostrophe-letters';

// Every quotation mark of English, French, German and CJK typesetting, straight and curly, high and low-9.
// A mark that stands inside a word ("Assad’s") is part of that word, never a token of its own.
const QUOTE_MARKS = `"'“”‘’„‚‟‛«»‹›「」『』`;

// Abbreviations written with a full stop, longest first so that "Mrs." wins over "Mr." at once.
const ABBREVIATION = `(?:${[...DOTTED_ABBREVIATIONS].sort((a, b) => b.length - a.length).join('|')})\\.`;

/** The word and number patterns of each shape, in the order they are tried, each with the kind it reads. */
const SHAPE_PATTERNS: Readonly<Record<WordShape, readonly (readonly [TokenKind, string])[]>> = {
  words: [
    ['number', String.raw`\p{N}+(?:[.,]\p{N}+)*`],
    ['word', String.raw`[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*`],
  ],
  scanned: [
    ['word', String.raw`${ABBREVIATION}|(?:\p{L}\.){2,}`],
    ['number', String.raw`\d+(?:[.,]\d+)*`],
    ['word', String.raw`\p{L}+(?:['’]\p{L}+)*`],
  ],
  alphanumeric: [['word', String.raw`[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*`]],
  name: [['word', String.raw`\p{L}+(?:['’]\p{L}+)*\.?`]],
  compound: [['word', String.raw`[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*`]],
  elided: [['word', String.raw`[\p{L}\p{N}]+(?:['’]\p{L}+)*`]],
  letters: [['word', String.raw`\p{L}+`]],
  'apostrophe-letters': [['word', String.raw`[\p{L}’']+`]],
};

/** A shape compiled: its alternatives as numbered groups, and the kind each group reads. */
interface CompiledShape {
  /** Words and numbers, then a quote mark, then any other character that is not whitespace. */
  readonly everything: RegExp;
  /** Words and numbers only: the same words, without a token for anything else. */
  readonly wordsOnly: RegExp;
  readonly kinds: readonly TokenKind[];
}

/**
 * Trying the shape's own patterns first means an apostrophe inside a word stays in the word, and a
 * character the shape does not take is still a token of its own. A regular expression that finds nothing
 * at one place moves on by one character, as the catch-all `\S` does, so both expressions find the same
 * words.
 */
function compileShape(patterns: readonly (readonly [TokenKind, string])[]): CompiledShape {
  const words = patterns.map(([, pattern]) => `(${pattern})`).join('|');
  return {
    everything: new RegExp(`${words}|([${QUOTE_MARKS}])|(\\S)`, 'gu'),
    wordsOnly: new RegExp(words, 'gu'),
    kinds: [...patterns.map(([kind]) => kind), 'quote-mark', 'punctuation'],
  };
}

const COMPILED_SHAPES: ReadonlyMap<WordShape, CompiledShape> = new Map(
  (Object.keys(SHAPE_PATTERNS) as WordShape[]).map((shape) => [shape, compileShape(SHAPE_PATTERNS[shape])]),
);

function compiledShape(shape: WordShape): CompiledShape {
  const compiled = COMPILED_SHAPES.get(shape);
  if (compiled === undefined) throw new RangeError(`unknown word shape: ${String(shape)}`);
  return compiled;
}

/**
 * A token whose look-up forms are computed on first read: most callers read only a few tokens' keys, and
 * folding accents (a Unicode decomposition) for every token of a long report would cost more than reading it.
 */
class TextToken implements Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  readonly joined: boolean;
  #key: string | undefined;
  #folded: string | undefined;

  constructor(text: string, start: number, kind: TokenKind, joined: boolean) {
    this.text = text;
    this.start = start;
    this.end = start + text.length;
    this.kind = kind;
    this.joined = joined;
  }

  get key(): string {
    this.#key ??= toWordKey(this.text);
    return this.#key;
  }

  get folded(): string {
    this.#folded ??= foldWordKey(this.text);
    return this.#folded;
  }
}

function readTokens(text: string, expression: RegExp, kinds: readonly TokenKind[]): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(expression)) {
    const value = match[0];
    const start = match.index;
    let group = 1;
    while (match[group] === undefined && group < kinds.length) group += 1;
    tokens.push(new TextToken(value, start, kinds[group - 1] ?? 'punctuation', start === previousEnd));
    previousEnd = start + value.length;
  }
  return tokens;
}

/**
 * Splits `text` into tokens of one shape (`words` unless told), in text order, with exact offsets.
 * Every character that is not whitespace belongs to exactly one token.
 */
export function tokenize(text: string, shape: WordShape = 'words'): Token[] {
  const compiled = compiledShape(shape);
  return readTokens(text, compiled.everything, compiled.kinds);
}

/**
 * The words and numbers of a text in one shape, without its quote marks and punctuation (`joined` then
 * says whether the word touches the word or number before it).
 */
export function tokenizeWords(text: string, shape: WordShape = 'words'): Token[] {
  const compiled = compiledShape(shape);
  return readTokens(text, compiled.wordsOnly, compiled.kinds);
}

/**
 * Only the text of each word and number of one shape, in order: for counting and fingerprinting long
 * texts, where a token with offsets for every word would cost more than the reading.
 */
export function wordTexts(text: string, shape: WordShape = 'words'): string[] {
  return text.match(compiledShape(shape).wordsOnly) ?? [];
}

/** The whitespace-separated chunks of a text, punctuation included ("said:" is one chunk): a rough word count. */
export function splitOnWhitespace(text: string): string[] {
  return text.split(/\s+/).filter((chunk) => chunk !== '');
}

/** A whitespace-separated chunk without the punctuation around it (`“Rebels,` → `Rebels`); inner marks stay. */
export function stripOuterPunctuation(chunk: string): string {
  return chunk.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}
