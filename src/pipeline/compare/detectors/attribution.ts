/**
 * Attribution discrepancies: within one claim, reports that name different speakers or actors for the same
 * statement. Speakers on opposite sides of a conflict (the army vs the rebels, police vs protesters) cannot
 * both have said it: a `contradiction`, two statements extremely unlikely to be true together (de Marneffe,
 * Rafferty & Manning 2008, "Finding Contradictions in Text"). Speakers that merely differ ("a rebel operations room" vs "an HTS
 * spokesperson") are a `variant`. Speakers that share a distinctive word or a name ("Mr. Golani" vs
 * "Abu Mohammed al-Golani, the leading insurgent commander") or a side are the same; pronouns ("it said")
 * are never compared.
 */
import { type ClaimView, overlapsUnit, type UnitView } from '../claims/claim-view.ts';
import { claimOf, countReports, collectEvidence, type Finding } from '../claims/findings.ts';
import { type Attribution, capitalInitials, extractAttributions, sentenceAttributions, sideOf } from '../../text/speakers.ts';
import { extractQuotes } from '../facts/quote-spans.ts';
import { isSameQuotation, isSameQuotationAcrossStory, prepareQuote, type PreparedQuote } from './quotes.ts';
import { GENERIC_SPEAKER_WORDS, POLICE_WORDS } from '../../lexicon/en/agencies.ts';
import {
  contentStems,
  isCompactStopWord,
  isSpellingOf,
  overlapCoefficient,
  splitWords,
  stemWord,
  toPossessiveFreeKey,
} from '../../text/index.ts';
import { DEFAULT_SETTINGS, type CompareSettings } from '../../settings.ts';

function distinctiveWords(speaker: string): string[] {
  return splitWords(speaker)
    .filter((token) => !GENERIC_SPEAKER_WORDS.has(token.norm) && !['the', 'a', 'an', 'of', 'for', 'and', 'in', 'at'].includes(token.norm))
    .map((token) => toPossessiveFreeKey(token.text));
}

/** Whether a speaker phrase names police: a police word, or an acronym of one ("NYPD", "LAPD"). */
export function isPolice(speaker: string): boolean {
  return splitWords(speaker).some((token) => POLICE_WORDS.has(token.norm.replace(/['’]s$/, '')) || /^[A-Z]{1,4}PD$/.test(token.text));
}

/** Whether one phrase holds an acronym of the other's capitalised words ("the CHP" / "the California Highway Patrol"). */
export function isAcronymOf(a: string, b: string): boolean {
  const full = capitalInitials(b);
  return full.length >= 2 && splitWords(a).some((token) => /^[A-Z]{2,6}$/.test(token.text) && token.text === full);
}

/** How two speakers relate: the same, opposite sides, or just different. */
export function relateSpeakers(a: string, b: string): 'same' | 'opposed' | 'different' {
  if (isAcronymOf(a, b) || isAcronymOf(b, a)) return 'same';
  // "police", "cops" and "the NYPD" in one story are the same force.
  if (isPolice(a) && isPolice(b)) return 'same';
  const sideA = sideOf(a);
  const sideB = sideOf(b);
  if (sideA !== undefined && sideB !== undefined) return sideA === sideB ? 'same' : 'opposed';
  if (a.trim().toLowerCase() === b.trim().toLowerCase()) return 'same';
  const wordsA = distinctiveWords(a);
  const wordsB = distinctiveWords(b);
  // Two plainly generic speakers ("officials", "local officials") are the same if they share a word.
  if (wordsA.length === 0 || wordsB.length === 0) {
    const plain = (speaker: string): Set<string> =>
      new Set(splitWords(speaker).filter((token) => !['the', 'a', 'an'].includes(token.norm)).map((token) => stemWord(token.norm)));
    const plainB = plain(b);
    return [...plain(a)].some((stem) => plainB.has(stem)) ? 'same' : 'different';
  }
  const stemsB = new Set(wordsB.map(stemWord));
  if (wordsA.some((word) => stemsB.has(stemWord(word)))) return 'same';
  const namesA = wordsA.filter((word) => word.length >= 4);
  if (namesA.some((word) => wordsB.some((other) => other.length >= 4 && isSpellingOf(word, other)))) return 'same';
  return 'different';
}

interface Spoken {
  readonly view: UnitView;
  readonly attributions: readonly Attribution[];
  /** Content stems of the unit outside its speaker phrases and speech verbs: what is said. */
  readonly said: ReadonlySet<string>;
  readonly quotes: readonly PreparedQuote[];
  /** Stems of `said` that are only ever written capitalised in the unit (names of people and places). */
  readonly names: ReadonlySet<string>;
}

/** Words that can open a noun phrase naming a speaker ("the police", "his lawyer", "a spokesman"). */
const SPEAKER_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'one', 'two', 'three', 'several', 'many', 'some', 'other', 'another']);

/** Forms of "be" and "have": a speaker phrase that holds one is a clause ("Officers were first called"), not a speaker. */
const CLAUSE_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'being', 'has', 'have', 'had']);

/**
 * Whether a phrase the speaker reader took for a speaker can be one: a noun phrase that opens with a capital,
 * a determiner or a plain word, not with punctuation ("/ Wall Street Journal poll …"), a function word ("of
 * his international empire …") or an -ing verb ("traveling with the president …"), and holds no "be" or
 * "have" (all observed in BASIL and GVC stories, where a wrongly read speaker set two statements against each
 * other).
 */
export function isPlausibleSpeaker(speaker: string): boolean {
  const words = splitWords(speaker);
  const [first] = words;
  if (first === undefined || !/^\p{L}/u.test(speaker.trim())) return false;
  if (words.some((word) => CLAUSE_VERBS.has(word.norm))) return false;
  if (/^\p{Lu}/u.test(first.text) || SPEAKER_OPENERS.has(first.norm)) return true;
  return !isCompactStopWord(first.norm) && !/ing$/u.test(first.norm);
}

function speakersOf(view: UnitView, topic: ReadonlySet<string>): Spoken | undefined {
  // Speech quoted by the sentence's speaker (“His aunt said …,” Reed said) is not an attribution of the statement.
  const named = sentenceAttributions(extractAttributions(view.sentence.text)).filter((attribution) => !attribution.pronoun && isPlausibleSpeaker(attribution.speaker));
  const inside = named.filter((attribution) => overlapsUnit(view, attribution.start, attribution.end));
  // A clause-sized unit ("they were ready to march") is governed by the sentence's only speaker, if it has one.
  const attributions = inside.length > 0 || named.length !== 1 ? inside : named;
  if (attributions.length === 0) return undefined;
  let rest = view.unit.text;
  for (const attribution of attributions) rest = rest.replace(attribution.speaker, ' ').replace(attribution.verb, ' ');
  const quotes = extractQuotes(view.unit.text).quotes.map(prepareQuote);
  // The story's topic words (the city, the victim every report names) say nothing about which statement it is.
  const words = splitWords(rest).filter((token, index) => index > 0 && !isCompactStopWord(token.norm));
  const lower = new Set(words.filter((token) => !/^\p{Lu}/u.test(token.text)).map((token) => stemWord(token.norm)));
  const names = new Set(words.filter((token) => /^\p{Lu}/u.test(token.text)).map((token) => stemWord(token.norm)).filter((stem) => !lower.has(stem)));
  return { view, attributions, said: new Set(contentStems(rest).filter((stem) => !topic.has(stem))), quotes, names };
}

/**
 * Whether two units report the same statement, so that their speakers must match: they share a
 * quotation, or at least `statementSharedStems` and `statementOverlap` of the shorter one's content words
 * (speakers, speech verbs and the story's topic words left out; `CompareSettings`). Claims group units
 * that are merely related too; without this check every pair of differently sourced sentences in a broad
 * claim would look like an attribution conflict.
 */
function sameStatement(a: Spoken, b: Spoken, settings: CompareSettings, acrossStory = false): boolean {
  // Across the story only one quotation in the same words says that two sentences report one statement.
  // A quoted term ("subdued", "genius grant") is not a statement: the shared quotation must be one of
  // `storyWideQuoteRun` words or more (observed in ECB+ stories).
  if (acrossStory) {
    const statement = (quote: PreparedQuote): boolean => quote.tokens.length >= settings.storyWideQuoteRun;
    return a.quotes.some((x) => statement(x) && b.quotes.some((y) => statement(y) && isSameQuotationAcrossStory(x, y, settings)));
  }
  if (a.quotes.some((x) => b.quotes.some((y) => isSameQuotation(x, y, settings)))) return true;
  let shared = 0;
  let sharedWords = 0;
  for (const stem of a.said) {
    if (!b.said.has(stem)) continue;
    shared += 1;
    if (!a.names.has(stem) && !b.names.has(stem)) sharedWords += 1;
  }
  // One shared word ("fired") is no evidence that two short sentences report one statement, and names alone
  // ("Mount Sefton", "Kafoury") only say whom or where two sentences are about, not what they say.
  return shared >= settings.statementSharedStems && sharedWords >= 1 && overlapCoefficient(a.said, b.said) >= settings.statementOverlap;
}

function relateUnits(a: Spoken, b: Spoken): 'same' | 'opposed' | 'different' {
  let result: 'opposed' | 'different' = 'different';
  for (const x of a.attributions) {
    for (const y of b.attributions) {
      const relation = relateSpeakers(x.speaker, y.speaker);
      if (relation === 'same') return 'same';
      if (relation === 'opposed') result = 'opposed';
    }
  }
  return result;
}

/** Finds statements of one claim that the reports attribute to different speakers. */
export function findAttributionDiscrepancies(claim: ClaimView, settings: CompareSettings = DEFAULT_SETTINGS.compare): Finding[] {
  const spoken = claim.units.map((view) => speakersOf(view, claim.topic)).filter((item): item is Spoken => item !== undefined);
  // Pairs of units of different reports that report one statement, and how their speakers relate.
  const pairs: { a: Spoken; b: Spoken; relation: 'same' | 'opposed' | 'different' }[] = [];
  spoken.forEach((a, i) => {
    for (const b of spoken.slice(i + 1)) {
      if (a.view.source !== b.view.source && sameStatement(a, b, settings, claim.storyWide === true)) pairs.push({ a, b, relation: relateUnits(a, b) });
    }
  });
  const conflicts = pairs.filter((pair) => pair.relation !== 'same');
  if (conflicts.length === 0) return [];
  // Group the units involved by speaker.
  const involved = [...new Set(pairs.flatMap((pair) => [pair.a, pair.b]))].sort((x, y) => x.view.order - y.view.order);
  const groups: Spoken[][] = [];
  for (const item of involved) {
    const matching = groups.filter((group) => group.some((other) => relateUnits(other, item) === 'same'));
    const [first, ...rest] = matching;
    if (first === undefined) groups.push([item]);
    else {
      first.push(item, ...rest.flat());
      for (const merged of rest) groups.splice(groups.indexOf(merged), 1);
    }
  }
  if (groups.length < 2) return [];
  const reports = (group: readonly Spoken[]): number => new Set(group.map((item) => item.view.source)).size;
  groups.sort((a, b) => reports(b) - reports(a) || (a[0]?.view.order ?? 0) - (b[0]?.view.order ?? 0));
  const opposed = conflicts.some((pair) => pair.relation === 'opposed');
  const display = (group: readonly Spoken[]): string => {
    const phrases = [
      ...new Set(
        group.map((item) => {
          const first = item.attributions[0];
          if (first === undefined) return '';
          return first.verb.startsWith('according') ? `${first.verb} ${first.speaker}` : `${first.speaker} ${first.verb}`;
        }),
      ),
    ];
    return `${phrases.join(' / ')} (${countReports(reports(group))})`;
  };
  const evidence = groups.flat().map((item) => {
    const first = item.attributions[0];
    return { view: item.view, start: first?.start ?? 0, end: first?.end ?? 0 };
  });
  const opposite = conflicts.find((pair) => pair.relation === 'opposed');
  const speakerOf = (item: Spoken): string => item.attributions[0]?.speaker ?? '';
  return [
    {
      kind: 'attribution',
      severity: opposed ? 'contradiction' : 'variant',
      ...claimOf(claim),
      ...(opposite === undefined
        ? {}
        : { reason: `${speakerOf(opposite.a)} and ${speakerOf(opposite.b)} are on opposite sides: one statement cannot come from both` }),
      summary: groups.map(display).join(' vs '),
      ...collectEvidence(evidence),
    },
  ];
}
