/**
 * Finds who is said to have said something: "X said", "X told AFP", "“…,” said X", "“…,” X declared",
 * "according to X", "as stated by X", "what X called". The speaker is the noun phrase next to the speech
 * verb, with an appositive when there is one ("Abu Mohammed al-Golani, the leading insurgent commander").
 */
import {
  APPOSITIVE_DETERMINERS,
  CALLED_PARTICLES,
  NOT_PARTICIPLES,
  PASSIVE_AUXILIARIES,
  RELATIVE_WORDS,
  ROLE_PREPOSITIONS,
  SPEAKER_AFTER_BOUNDARY_WORDS,
  SPEAKER_BOUNDARY_WORDS,
  SPEAKER_PRONOUNS,
  SPEAKER_SKIPPABLE_WORDS,
  SPEECH_VERBS,
} from '../lexicon/en/attribution.ts';
import { WEEKDAYS } from '../lexicon/en/calendar.ts';
import { GENERIC_SPEAKER_WORDS, SIDE_WORDS, type Side } from '../lexicon/en/agencies.ts';
import { NAME_TITLES } from '../lexicon/en/titles.ts';
import { isCompactStopWord, splitWords } from './content-words.ts';
import { areNameVariants } from './names.ts';
import { foldName } from './normalise.ts';
import { type Quotation, scanQuotations, spokenQuotations } from './quotations.ts';
import { type ScanToken, scanTokens } from './scan-tokens.ts';
import { tokenizeWords } from './tokens.ts';
import { rememberSentenceFacts, STORY_TEXTS_MEMO_LIMIT } from './sentence-memo.ts';

/** One attribution found in a text. */
export interface Attribution {
  /** The speaker exactly as written, `text.slice(start, end)`. */
  readonly speaker: string;
  readonly start: number;
  readonly end: number;
  /** The speech verb as written ("said", "declared", "according to"). */
  readonly verb: string;
  /** The speaker is a pronoun ("it said", "he declared"): present, but says nothing about who. */
  readonly pronoun: boolean;
  /**
   * The speech verb stands inside a quotation (`spokenQuotations`): the words of someone the speaker
   * quotes ("“His aunt said he was born there,” Reed said"), not an attribution of the sentence itself.
   */
  readonly quoted: boolean;
}

/** Day names: "on Thursday said" puts a day, not a speaker, before the verb. */
const WEEKDAY_NAMES: ReadonlySet<string> = new Set(WEEKDAYS);

/** Punctuation that ends a speaker phrase. */
const BOUNDARY_MARKS = /^[,;:“”"«»()\[\]—–.!?]$/;

function isBoundary(token: ScanToken): boolean {
  return (token.kind === 'symbol' && BOUNDARY_MARKS.test(token.text)) || SPEAKER_BOUNDARY_WORDS.has(token.lower);
}

/** Index just after the noun-phrase chunk that ends at `end` (exclusive), walking back to a boundary. */
function chunkStart(tokens: readonly ScanToken[], end: number, limit: number): number {
  let index = end;
  while (index > 0 && end - index < limit) {
    const token = tokens[index - 1];
    if (token === undefined || isBoundary(token)) break;
    index -= 1;
  }
  return index;
}

function looksLikeSpeaker(tokens: readonly ScanToken[], from: number, to: number): boolean {
  if (to <= from || to - from > 10) return false;
  const words = tokens.slice(from, to);
  if (!words.some((token) => token.kind === 'word')) return false;
  // A chunk holding another speech verb is a clause, not a noun phrase.
  return !words.some((token) => SPEECH_VERBS.has(token.lower));
}

function span(text: string, tokens: readonly ScanToken[], from: number, to: number): { speaker: string; start: number; end: number } {
  const start = tokens[from]?.start ?? 0;
  const end = tokens[to - 1]?.end ?? start;
  return { speaker: text.slice(start, end), start, end };
}

const isCapitalised = (token: ScanToken | undefined): boolean => token?.kind === 'word' && /^\p{Lu}/u.test(token.text);

/**
 * A speaker phrase joined by "and" is one speaker: two names ("producers Jane Roe and John Doe", "the
 * Academy of Arts and Sciences") or two descriptions of one person after a comma (", the comedian and talk
 * show host said"). Returns the start of the joined phrase, or `start` unchanged when the words before
 * "and" are a clause ("rebels took the town and officials said").
 */
function extendOverAnd(tokens: readonly ScanToken[], start: number, end: number): number {
  const and = tokens[start - 1];
  if (and?.lower !== 'and' || start - 1 <= 0) return start;
  const before = chunkStart(tokens, start - 1, 10 - (end - start));
  if (before >= start - 1) return start;
  if (isCapitalised(tokens[start]) && isCapitalised(tokens[start - 2])) return before;
  const opener = tokens[before - 1];
  const described = /^(the|a|an)$/.test(tokens[before]?.lower ?? '') && start - 1 - before <= 3;
  const afterBoundary = opener === undefined || (opener.kind === 'symbol' && /^[,;:“”"]$/.test(opener.text));
  return described && afterBoundary ? before : start;
}

/** The noun phrase (with an appositive) before `verbIndex`, or undefined. */
function speakerBefore(tokens: readonly ScanToken[], verbIndex: number): [number, number] | undefined {
  let end = verbIndex;
  for (;;) {
    const token = tokens[end - 1];
    if (token === undefined) break;
    if (SPEAKER_SKIPPABLE_WORDS.has(token.lower)) {
      end -= 1;
    } else if (WEEKDAY_NAMES.has(token.lower) && tokens[end - 2]?.lower === 'on') {
      end -= 2;
    } else break;
  }
  let start = chunkStart(tokens, end, 10);
  if (start < end) {
    start = extendOverAnd(tokens, start, end);
    if (!looksLikeSpeaker(tokens, start, end)) return undefined;
    // "a rebel spokesman, Maj. Hassan Abdul Ghani, declared" is handled below; here the phrase touches the verb.
    return [start, end];
  }
  // The verb follows a comma: "X, the leading insurgent commander, announced".
  if (tokens[end - 1]?.text !== ',') return undefined;
  const appositiveEnd = end - 1;
  const appositiveStart = chunkStart(tokens, appositiveEnd, 10);
  const opener = clauseOpener(tokens, appositiveStart, appositiveEnd);
  if (opener !== undefined) return headBefore(tokens, opener);
  if (!looksLikeSpeaker(tokens, appositiveStart, appositiveEnd)) return undefined;
  if (tokens[appositiveStart - 1]?.text === ',') {
    const headEnd = appositiveStart - 1;
    const headStart = chunkStart(tokens, headEnd, 6);
    const before = tokens[headStart - 1];
    if (looksLikeSpeaker(tokens, headStart, headEnd) && (before === undefined || before.text === ',' || before.text === '.' || headStart === 0)) {
      return [headStart, appositiveEnd];
    }
  }
  return [appositiveStart, appositiveEnd];
}

/** Marks that end the search for the comma that opens a clause: a sentence end, a quotation, a bracket. */
const OPENER_STOPS = /^[;:“”"«»()\[\].!?]$/;

/** How far back (in tokens) the comma that opens a clause before the verb's comma is looked for. */
const CLAUSE_OPENER_REACH = 25;

/**
 * A non-restrictive clause set off by commas between the subject and its verb ("Mayor Ana Ruiz, who led
 * the inquiry, said"; "Jane Doe, travelling with the minister, told reporters") describes the subject and
 * is not itself a noun phrase: the speaker is the noun phrase before it. Quirk et al. (1985, ch. 17 on
 * non-restrictive relative and non-finite postmodifying clauses, ch. 15 on supplementive -ing and -ed
 * clauses) describe both as loosely attached to the noun phrase or clause they follow. Returns the index of the comma that opens such a clause
 * (within `CLAUSE_OPENER_REACH` tokens, with no sentence end or quotation mark between), or undefined
 * when the stretch before the verb's comma is a plain noun appositive (", the leading insurgent
 * commander,"), which stays part of the speaker. The stretch is a clause when it opens with a relative
 * word or a lower-case participle, or when the chunk found before the verb's comma (`chunkStart`) was cut
 * short by a boundary word inside it ("who is a nurse and married …") rather than by the opening comma.
 */
function clauseOpener(tokens: readonly ScanToken[], chunk: number, commaIndex: number): number | undefined {
  let opener = commaIndex - 1;
  while (opener >= 0 && commaIndex - opener <= CLAUSE_OPENER_REACH) {
    const token = tokens[opener];
    if (token === undefined || (token.kind === 'symbol' && OPENER_STOPS.test(token.text))) return undefined;
    if (token.text === ',') break;
    opener -= 1;
  }
  if (tokens[opener]?.text !== ',' || opener + 1 >= commaIndex) return undefined;
  const first = tokens[opener + 1];
  const cutByWord = chunk > opener + 1 && tokens[chunk - 1]?.kind === 'word' && SPEAKER_BOUNDARY_WORDS.has(tokens[chunk - 1]?.lower ?? '');
  return RELATIVE_WORDS.has(first?.lower ?? '') || isParticiple(first) || cutByWord ? opener : undefined;
}

/** A lower-case word ending in -ing or -ed, other than the nouns and adjectives of that shape (`NOT_PARTICIPLES`). */
function isParticiple(token: ScanToken | undefined): boolean {
  return token?.kind === 'word' && /^\p{Ll}/u.test(token.text) && /(?:ing|ed)$/.test(token.lower) && !NOT_PARTICIPLES.has(token.lower);
}

/**
 * The noun phrase just before the comma at `opener` (a few words, opening the sentence or after a
 * boundary or a comma), or undefined: "The governor backed the plan and, echoing …, said" has "and"
 * there, and no speaker is better than the clause. A post-nominal between commas (an age, a degree, a
 * party and state: "Jeff Roe, MD,", "Sen. Ann Hale, D-Ore.,") belongs to the name before it.
 */
function headBefore(tokens: readonly ScanToken[], opener: number): [number, number] | undefined {
  // "D-Ore." is read as "D", "-", "Ore", ".": a full stop joined to the word before the comma is the abbreviation's.
  const last = tokens[opener - 1];
  const scanEnd = last?.text === '.' && last.joined ? opener - 1 : opener;
  const headStart = chunkStart(tokens, scanEnd, 8);
  if (headStart >= scanEnd) return undefined;
  if (tokens[headStart - 1]?.text === ',' && isPostNominal(tokens.slice(headStart, opener))) {
    const nameStart = chunkStart(tokens, headStart - 1, 6);
    const before = tokens[nameStart - 1];
    const opensPhrase = before === undefined || isBoundary(before);
    return nameStart < headStart - 1 && opensPhrase && looksLikeSpeaker(tokens, nameStart, headStart - 1) ? [nameStart, opener] : undefined;
  }
  const before = tokens[headStart - 1];
  const opensPhrase = before === undefined || isBoundary(before);
  return opensPhrase && looksLikeSpeaker(tokens, headStart, opener) ? [headStart, opener] : undefined;
}

/** An age, a degree or title in capitals, a party and state, or "Jr.": what follows a name between commas. */
const POST_NOMINAL = /^(?:\d{1,3}|\p{Lu}{2,5}|\p{Lu}-[\p{L}.-]+|Jr\.?|Sr\.?)$/u;

function isPostNominal(words: readonly ScanToken[]): boolean {
  const text = words.map((token, index) => (index > 0 && !token.joined ? ' ' : '') + token.text).join('');
  return POST_NOMINAL.test(text);
}

/**
 * Whether the words after a post-posed speaker's comma open an appositive that describes the speaker: a
 * noun phrase with a determiner (", a spokeswoman for the council"), or a role noun without an article
 * before "of", "for" or "at" (", director of the museum"). English drops the article before a noun of
 * unique role in apposition (Quirk et al. 1985, A Comprehensive Grammar of the English Language, on the
 * zero article). A participle (", adding that …", ", pointing to …") opens a clause, not an appositive.
 */
function opensAppositive(first: ScanToken | undefined, second: ScanToken | undefined): boolean {
  if (first?.kind !== 'word') return false;
  if (APPOSITIVE_DETERMINERS.has(first.lower)) return true;
  return /^\p{Ll}/u.test(first.text) && !/(?:ing|ed)$/.test(first.lower) && ROLE_PREPOSITIONS.has(second?.lower ?? '');
}

/** The noun phrase after the verb ("“…,” said Jane Roe, director of the city museum"), or undefined. */
function speakerAfter(tokens: readonly ScanToken[], from: number, allowPrepositions: boolean): [number, number] | undefined {
  let end = from;
  while (end < tokens.length && end - from < 8) {
    const token = tokens[end];
    if (token === undefined || (token.kind === 'symbol' && token.text !== '-' && token.text !== '’' && token.text !== "'")) break;
    if (!allowPrepositions && SPEAKER_AFTER_BOUNDARY_WORDS.has(token.lower) && end > from) break;
    end += 1;
  }
  if (!looksLikeSpeaker(tokens, from, end)) return undefined;
  // An appositive after a comma: ", director of the city museum".
  if (tokens[end]?.text === ',') {
    let appositiveEnd = end + 1;
    while (appositiveEnd < tokens.length && appositiveEnd - end < 11) {
      const token = tokens[appositiveEnd];
      if (token === undefined || (token.kind === 'symbol' && token.text !== '-' && token.text !== '’')) break;
      appositiveEnd += 1;
    }
    const next = tokens[appositiveEnd];
    if ((next === undefined || next.text === '.' || next.text === ',') && opensAppositive(tokens[end + 1], tokens[end + 2])) {
      return [from, appositiveEnd];
    }
  }
  return [from, end];
}

function makeAttribution(text: string, tokens: readonly ScanToken[], range: [number, number], verb: ScanToken, verbText: string, quotations: readonly Quotation[]): Attribution {
  const found = span(text, tokens, range[0], range[1]);
  const words = tokens.slice(range[0], range[1]).filter((token) => token.kind === 'word');
  const pronoun = words.length === 1 && SPEAKER_PRONOUNS.has(words[0]?.lower ?? '');
  const quoted = quotations.some((quotation) => verb.start >= quotation.start && verb.end <= quotation.end);
  return { ...found, verb: verbText, pronoun, quoted };
}

/**
 * The attributions that can name who says a sentence: when some speech verbs stand inside quotation marks
 * and some outside, the quoted ones report speech the speaker repeats ("“His aunt said he was born there,”
 * Reed said": Reed speaks, not the aunt), so only those outside count. Otherwise all of them.
 */
export function sentenceAttributions(attributions: readonly Attribution[]): readonly Attribution[] {
  const outside = attributions.filter((attribution) => !attribution.quoted);
  return outside.length > 0 ? outside : attributions;
}

/**
 * Finds the attributions of a text, in order. Pronoun speakers are kept (flagged) so callers can tell
 * "attributed to someone unnamed" from "not attributed". Read once per text (`sentence-memo.ts`): the
 * aligner reads each sentence's, and the attribution check each claim unit's sentence's again.
 */
export function extractAttributions(text: string): Attribution[] {
  return rememberedAttributions(text);
}

const rememberedAttributions = rememberSentenceFacts(readAttributions, STORY_TEXTS_MEMO_LIMIT);

/** `extractAttributions` without the memo. */
function readAttributions(text: string): Attribution[] {
  const tokens = scanTokens(text);
  const quotations = spokenQuotations(scanQuotations(text), text, SPEECH_VERBS);
  const found: Attribution[] = [];
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    if (token.lower === 'according' && next?.lower === 'to') {
      const range = speakerAfter(tokens, index + 2, true);
      if (range !== undefined) found.push(makeAttribution(text, tokens, range, token, text.slice(token.start, next.end), quotations));
      return;
    }
    if (token.kind !== 'word' || !SPEECH_VERBS.has(token.lower)) return;
    if (token.lower === 'called' && CALLED_PARTICLES.has(next?.lower ?? '')) return;
    if (tokens[index - 1]?.text === '-') return; // "so-called"
    // A passive verb ("officers were called to", "the first woman to be admitted to") names no speaker
    // before it; only "stated by X" names one after it, and "called by X" is a summons, not speech.
    if (PASSIVE_AUXILIARIES.has(tokens[index - 1]?.lower ?? '') && (next?.lower !== 'by' || token.lower === 'called')) return;
    if (next?.lower === 'by') {
      // "as stated by sources from both Iraq and Syria"
      const range = speakerAfter(tokens, index + 2, true);
      if (range !== undefined) found.push(makeAttribution(text, tokens, range, token, token.text, quotations));
      return;
    }
    const before = speakerBefore(tokens, index);
    if (before !== undefined) {
      found.push(makeAttribution(text, tokens, before, token, token.text, quotations));
      return;
    }
    // Inverted order right after a quotation: "“…,” declared a rebel operations room".
    const previous = tokens[index - 1];
    const afterQuote = previous?.text === '”' || previous?.text === '"' || (previous?.text === ',' && /^[”"]$/.test(tokens[index - 2]?.text ?? ''));
    if (afterQuote) {
      const range = speakerAfter(tokens, index + 1, false);
      if (range !== undefined) found.push(makeAttribution(text, tokens, range, token, token.text, quotations));
    }
  });
  return found;
}

/**
 * The name words of a speaker phrase, folded: its capitalised words other than titles ("Sen.", "President"),
 * determiners, pronouns and generic speaker words ("Officials", "Spokesman"). Empty for a pronoun or a
 * generic speaker ("officials", "a senior official"), which say nothing about who spoke. `startsSentence`:
 * the phrase opens its sentence, so a capital on its first word may be the sentence's, not a name's; a
 * lone plural there ("Residents said", "Witnesses told") is taken as a common noun.
 */
export function speakerNameWords(speaker: string, startsSentence = false): string[] {
  const words = splitWords(speaker);
  return words
    .filter((token, index) => {
      if (!/^\p{Lu}/u.test(token.text)) return false;
      const key = token.norm.replace(/\.$/, '');
      if (NAME_TITLES.has(key) || GENERIC_SPEAKER_WORDS.has(key) || SPEAKER_PRONOUNS.has(key) || isCompactStopWord(key)) return false;
      const nextIsCapitalised = /^\p{Lu}/u.test(words[index + 1]?.text ?? '');
      return !(startsSentence && index === 0 && key.endsWith('s') && !nextIsCapitalised);
    })
    .map((token) => foldName(token.norm));
}

/** Which side a speaker phrase names, if exactly one. Words after "pro-"/"anti-" do not count. */
export function sideOf(speaker: string): Side | undefined {
  const sides = new Set<Side>();
  // Letter runs right after a hyphen ("pro-government", "anti-rebel") name what the speaker is for or against: skipped.
  for (const word of tokenizeWords(speaker, 'letters').filter((token) => speaker[token.start - 1] !== '-')) {
    const side = SIDE_WORDS.get(word.text.toLowerCase());
    if (side !== undefined) sides.add(side);
  }
  return sides.size === 1 ? [...sides][0] : undefined;
}

/** Initials of a phrase's capitalised words ("the California Highway Patrol" → "CHP"): what an acronym of it spells. */
export function capitalInitials(speaker: string): string {
  return splitWords(speaker)
    .filter((token) => /^\p{Lu}/u.test(token.text))
    .map((token) => token.text[0] ?? '')
    .join('');
}

/**
 * Whether two speaker phrases both name someone and clearly name different people or bodies: each has a
 * name word, none of one's name words is a name word (or a transliteration of one, `areNameVariants`) of
 * the other, neither is an acronym of the other, and they do not name the same side of a conflict ("the
 * Syrian military" and "the Army" speak for one state; `sideOf`). "Schumer" and "Sen. Chuck Schumer" share
 * "schumer"; "he" or "officials" name no one, so they are never different from anyone.
 */
export function areDifferentNamedSpeakers(a: readonly string[], b: readonly string[], phraseA: string, phraseB: string): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (a.some((x) => b.some((y) => areNameVariants(x, y)))) return false;
  const side = sideOf(phraseA);
  if (side !== undefined && side === sideOf(phraseB)) return false;
  const initialsA = capitalInitials(phraseA).toLowerCase();
  const initialsB = capitalInitials(phraseB).toLowerCase();
  const isAcronym = (words: readonly string[], initials: string): boolean => initials.length >= 2 && words.includes(initials);
  return !isAcronym(a, initialsB) && !isAcronym(b, initialsA);
}
