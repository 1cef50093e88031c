/**
 * Finds who is said to have said something: "X said", "X told AFP", "“…,” said X", "“…,” X declared",
 * "according to X", "as stated by X", "what X called". The speaker is the noun phrase next to the speech
 * verb, with an appositive when there is one ("Abu Mohammed al-Golani, the leading insurgent commander").
 */
import { type ScanToken, scanTokens } from '../../text/scan-tokens.ts';

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
}

/** Verbs of saying used in news attribution (past tense and present third person). */
const SPEECH_VERBS = new Set(
  (
    'said says told tells announced announces declared declares stated indicated indicates confirmed confirms ' +
    'acknowledged acknowledges noted notes remarked explained explains added adds warned warns claimed claims ' +
    'insisted insists reported wrote writes argued argues denied denies cautioned pledged vowed emphasized ' +
    'emphasised clarified conceded admitted alleged urged called termed'
  ).split(' '),
);

/** Words that end a speaker phrase when walking back from the verb. */
const BOUNDARY_WORDS = new Set(
  'that which who whom whose and but while as after before when because if since than where or so what though although whereas'.split(' '),
);

/** Words between a speaker and its verb that are not part of the speaker ("has also said", "on Thursday said"). */
const SKIPPABLE = new Set('has have had also later earlier then again once now previously yesterday today reportedly repeatedly separately'.split(' '));
const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));

/** Forms of "be" right before a speech verb make it passive. */
const PASSIVE_AUXILIARIES = new Set('is are was were be been being'.split(' '));

const PRONOUNS = new Set('it he she they we i you this one who which'.split(' '));

/** Words after the verb that end a post-posed speaker ("said X in a statement"). */
const AFTER_BOUNDARY = new Set('in on at with from during after to for of that who which as when while via through'.split(' '));

/** Punctuation that ends a speaker phrase. */
const BOUNDARY_MARKS = /^[,;:“”"«»()\[\]—–.!?]$/;

function isBoundary(token: ScanToken): boolean {
  return (token.kind === 'symbol' && BOUNDARY_MARKS.test(token.text)) || BOUNDARY_WORDS.has(token.lower);
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
    if (SKIPPABLE.has(token.lower)) {
      end -= 1;
    } else if (WEEKDAYS.has(token.lower) && tokens[end - 2]?.lower === 'on') {
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

/** Determiners that open a noun-phrase appositive (", a spokeswoman for the council"). */
const DETERMINERS = new Set(['a', 'an', 'the']);

/** Prepositions after a role noun written without an article (", director of the museum"). */
const ROLE_PREPOSITIONS = new Set(['of', 'for', 'at']);

/**
 * Whether the words after a post-posed speaker's comma open an appositive that describes the speaker: a
 * noun phrase with a determiner (", a spokeswoman for the council"), or a role noun without an article
 * before "of", "for" or "at" (", director of the museum"). English drops the article before a noun of
 * unique role in apposition (Quirk et al. 1985, A Comprehensive Grammar of the English Language, on the
 * zero article). A participle (", adding that …", ", pointing to …") opens a clause, not an appositive.
 */
function opensAppositive(first: ScanToken | undefined, second: ScanToken | undefined): boolean {
  if (first?.kind !== 'word') return false;
  if (DETERMINERS.has(first.lower)) return true;
  return /^\p{Ll}/u.test(first.text) && !/(?:ing|ed)$/.test(first.lower) && ROLE_PREPOSITIONS.has(second?.lower ?? '');
}

/** The noun phrase after the verb ("“…,” said Jane Roe, director of the city museum"), or undefined. */
function speakerAfter(tokens: readonly ScanToken[], from: number, allowPrepositions: boolean): [number, number] | undefined {
  let end = from;
  while (end < tokens.length && end - from < 8) {
    const token = tokens[end];
    if (token === undefined || (token.kind === 'symbol' && token.text !== '-' && token.text !== '’' && token.text !== "'")) break;
    if (!allowPrepositions && AFTER_BOUNDARY.has(token.lower) && end > from) break;
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

function makeAttribution(text: string, tokens: readonly ScanToken[], range: [number, number], verb: string): Attribution {
  const found = span(text, tokens, range[0], range[1]);
  const words = tokens.slice(range[0], range[1]).filter((token) => token.kind === 'word');
  const pronoun = words.length === 1 && PRONOUNS.has(words[0]?.lower ?? '');
  return { ...found, verb, pronoun };
}

/**
 * Finds the attributions of a text, in order. Pronoun speakers are kept (flagged) so callers can tell
 * "attributed to someone unnamed" from "not attributed".
 */
export function extractAttributions(text: string): Attribution[] {
  const tokens = scanTokens(text);
  const found: Attribution[] = [];
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    if (token.lower === 'according' && next?.lower === 'to') {
      const range = speakerAfter(tokens, index + 2, true);
      if (range !== undefined) found.push(makeAttribution(text, tokens, range, text.slice(token.start, next.end)));
      return;
    }
    if (token.kind !== 'word' || !SPEECH_VERBS.has(token.lower)) return;
    if (token.lower === 'called' && /^(on|for|off|upon|up|in)$/.test(next?.lower ?? '')) return;
    if (tokens[index - 1]?.text === '-') return; // "so-called"
    // A passive verb ("officers were called to", "the first woman to be admitted to") names no speaker
    // before it; only "stated by X" names one after it, and "called by X" is a summons, not speech.
    if (PASSIVE_AUXILIARIES.has(tokens[index - 1]?.lower ?? '') && (next?.lower !== 'by' || token.lower === 'called')) return;
    if (next?.lower === 'by') {
      // "as stated by sources from both Iraq and Syria"
      const range = speakerAfter(tokens, index + 2, true);
      if (range !== undefined) found.push(makeAttribution(text, tokens, range, token.text));
      return;
    }
    const before = speakerBefore(tokens, index);
    if (before !== undefined) {
      found.push(makeAttribution(text, tokens, before, token.text));
      return;
    }
    // Inverted order right after a quotation: "“…,” declared a rebel operations room".
    const previous = tokens[index - 1];
    const afterQuote = previous?.text === '”' || previous?.text === '"' || (previous?.text === ',' && /^[”"]$/.test(tokens[index - 2]?.text ?? ''));
    if (afterQuote) {
      const range = speakerAfter(tokens, index + 1, false);
      if (range !== undefined) found.push(makeAttribution(text, tokens, range, token.text));
    }
  });
  return found;
}
