/**
 * Finds proper-name mentions in a sentence: runs of capitalised words, with name particles (al-, el-, bin,
 * van, de …) and without leading titles or honorifics (Mr., President, Maj., Secretary-General), so that
 * "Syrian President Bashar al-Assad’s" yields "Bashar al-Assad" with core words `bashar`, `assad`.
 */
import { CALENDAR_NAMES } from '../../lexicon/en/calendar.ts';
import { HYPHEN_ONLY_PARTICLES, NAME_PARTICLES, SENTENCE_STARTERS } from '../../lexicon/en/name-particles.ts';
import { NAME_TITLES } from '../../lexicon/en/titles.ts';
import { foldName, tokenizeWords } from '../../text/index.ts';

/** One word of a name mention. */
export interface NameWord {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Folded form (lower case, no diacritics or apostrophes). */
  readonly fold: string;
  /** A name particle such as al-, el-, bin, de, van: often dropped or re-spelled by other outlets. */
  readonly particle: boolean;
}

/** One mention of a name. */
export interface NameMention {
  /** Exactly as written, titles and possessive `’s` excluded. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly words: readonly NameWord[];
  /** Folded non-particle words, in order: what identifies the name. */
  readonly core: readonly string[];
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * Finds name mentions in `text`. `isCommonWord` tells whether a lower-cased word is an ordinary word (it
 * then cannot start a name at the beginning of a sentence, where every word is capitalised).
 */
export function extractNameMentions(text: string, isCommonWord: (lower: string) => boolean = () => false): NameMention[] {
  const words = tokenizeWords(text, 'name').map((token) => {
    let value = token.text;
    const bare = value.replace(/\.$/, '');
    if (value.endsWith('.') && !NAME_TITLES.has(bare.toLowerCase())) value = bare;
    value = value.replace(/['’]s$/, '');
    return { value, start: token.start, end: token.start + value.length };
  });
  const mentions: NameMention[] = [];
  let run: typeof words = [];
  const flush = (): void => {
    const mention = toMention(text, run, isCommonWord);
    if (mention !== undefined) mentions.push(mention);
    run = [];
  };
  words.forEach((word, index) => {
    const previous = words[index - 1];
    const next = words[index + 1];
    const separator = previous === undefined ? '' : text.slice(previous.end, word.start);
    const joins = previous !== undefined && /^(?: |-|‐|['’]s )$/.test(separator) && !/['’]s $/.test(separator);
    const lower = word.value.toLowerCase().replace(/\.$/, '');
    const gap = next === undefined ? '' : text.slice(word.end, next.start);
    const particle =
      NAME_PARTICLES.has(lower) &&
      next !== undefined &&
      isCapitalised(next.value) &&
      (gap === '-' || (gap === ' ' && !HYPHEN_ONLY_PARTICLES.has(lower)));
    const nameLike = (isCapitalised(word.value) || particle) && !CALENDAR_NAMES.has(lower);
    if (!nameLike || (run.length > 0 && !joins)) flush();
    if (nameLike) run.push(word);
  });
  flush();
  return mentions;
}

/** The last character before `offset` that is not whitespace, or '' when there is none. */
function lastCharBefore(text: string, offset: number): string {
  let at = offset;
  while (at > 0 && /\s/.test(text[at - 1] ?? '')) at -= 1;
  return text[at - 1] ?? '';
}

function toMention(
  text: string,
  run: readonly { value: string; start: number; end: number }[],
  isCommonWord: (lower: string) => boolean,
): NameMention | undefined {
  let words = [...run];
  const first = words[0];
  if (first === undefined) return undefined;
  // At a sentence start (or after an opening quotation mark) a capitalised common word is no name, nor
  // is a participle glued to a name at a sentence start ("Winning Hama, a city …").
  const lowerFirst = first.value.toLowerCase();
  const startsSentence = /^$|[“"(:—–.!?]/.test(lastCharBefore(text, first.start));
  if (startsSentence && (SENTENCE_STARTERS.has(lowerFirst) || isCommonWord(lowerFirst) || (/ing$/.test(lowerFirst) && words.length > 1))) {
    words = words.slice(1);
  }
  const lastTitle = words.map((word) => NAME_TITLES.has(word.value.toLowerCase().replace(/\.$/, ''))).lastIndexOf(true);
  words = words.slice(lastTitle + 1);
  while (words.length > 0 && NAME_PARTICLES.has((words.at(-1)?.value ?? '').toLowerCase())) words = words.slice(0, -1);
  while (words.length > 0 && !isCapitalised(words[0]?.value ?? '') && !NAME_PARTICLES.has((words[0]?.value ?? '').toLowerCase())) {
    words = words.slice(1);
  }
  const nameWords: NameWord[] = words.map((word, index) => {
    const lower = word.value.toLowerCase();
    const next = words[index + 1];
    return {
      text: word.value,
      start: word.start,
      end: word.end,
      fold: foldName(word.value),
      particle: NAME_PARTICLES.has(lower) && next !== undefined,
    };
  });
  const core = nameWords.filter((word) => !word.particle).map((word) => word.fold);
  const head = nameWords[0];
  const tail = nameWords.at(-1);
  if (core.length === 0 || head === undefined || tail === undefined) return undefined;
  return { text: text.slice(head.start, tail.end), start: head.start, end: tail.end, words: nameWords, core };
}
