/**
 * Whether two facts of different reports, found in sentences that share no claim, are about the same thing.
 * Inside a claim the aligner has already said that the two sentences state one claim; across the story only
 * the words around the facts can say it, so the test is stricter than the claim detectors' own pairing:
 *
 * 1. at least `storyWideNearShared` content stems near both facts (the story's topic words and the words of
 *    a name both name left out), or
 * 2. a name near both (it may be a topic word: "Homs" in a story about Syria's cities; not the point a
 *    distance is measured from, "north of Detroit") plus one more such stem ("south" beside it fixes the
 *    distance to Homs), or
 * 3. for facts of one named role or step (both figures count the killed, both dates are of an arraignment),
 *    at least `storyWideNearShared` content stems shared by the two whole sentences ("the 1982 massacre …
 *    Assad's father" against "a massacre … by Assad's father"): the role already says what is measured, the
 *    sentence says of which event.
 */
import type { CompareSettings } from '../../settings.ts';
import type { Placed } from '../claims/pairing.ts';
import { contentStems, isCompactStopWord, isSpellingOf, splitWords, stemWord } from '../../text/index.ts';

/**
 * Stems of the capitalised words within `radius` words of [start, end), function words left out: a
 * sentence-initial word counts too ("Gordon Advisors issued a statement Tuesday").
 */
function namesNear(text: string, start: number, end: number, radius: number): Set<string> {
  const words = splitWords(text);
  const before = words.filter((word) => word.end <= start).slice(-radius);
  const after = words.filter((word) => word.start >= end).slice(0, radius);
  return new Set(
    [...before, ...after]
      .filter((word) => /^\p{Lu}\p{Ll}/u.test(word.text) && !isCompactStopWord(word.norm))
      .map((word) => stemWord(word.norm.replace(/['’]s$/u, ''))),
  );
}

/**
 * Stems of the names written right after "of" or "from" after a figure ("15 miles north of Detroit"): the
 * point a distance is measured from, not what it is the distance of. An office building and a motorist can
 * both be "north of Detroit" (observed in ECB+'s Michigan shooting story).
 */
function referencePoints(text: string, end: number): Set<string> {
  const after = splitWords(text.slice(end)).slice(0, 5);
  const points = new Set<string>();
  after.forEach((word, index) => {
    const previous = after[index - 1];
    if (previous !== undefined && (previous.norm === 'of' || previous.norm === 'from') && /^\p{Lu}/u.test(word.text)) points.add(stemWord(word.norm));
  });
  return points;
}

/**
 * Whether a name stands near both facts (spelled alike or as spelling variants): who an age belongs to. "A
 * 50-year-old man from Dexter" and "a 48-year-old man" among the victims are two people (observed in ECB+).
 */
export function shareNameNear<T>(a: Placed<T>, b: Placed<T>, settings: CompareSettings): boolean {
  const namesA = namesNear(a.view.sentence.text, a.start, a.end, settings.nearRadius);
  const namesB = namesNear(b.view.sentence.text, b.start, b.end, settings.nearRadius);
  return [...namesA].some((stem) => [...namesB].some((other) => other === stem || isSpellingOf(stem, other)));
}

/** Whether two facts placed in sentences of different reports are attached to the same thing (see above). */
export function isAttachedAcrossStory<T>(
  a: Placed<T>,
  b: Placed<T>,
  sameRole: boolean,
  topic: ReadonlySet<string>,
  settings: CompareSettings,
): boolean {
  const allNamesA = namesNear(a.view.sentence.text, a.start, a.end, settings.nearRadius);
  const allNamesB = namesNear(b.view.sentence.text, b.start, b.end, settings.nearRadius);
  // Words of a shared name say only that both sentences name it ("Gordon Advisors" issued a statement
  // Tuesday; the shootings at Gordon Advisors on Monday), not that the facts are one.
  const besidesNames = [...a.near].filter((stem) => b.near.has(stem) && !(allNamesA.has(stem) && allNamesB.has(stem))).length;
  if (besidesNames >= settings.storyWideNearShared) return true;
  const pointsA = referencePoints(a.view.sentence.text, a.end);
  const pointsB = referencePoints(b.view.sentence.text, b.end);
  // A name spelled two ways ("Kellsford" / "Kelsford") is still one name.
  const names = [...allNamesA].filter(
    (stem) => !pointsA.has(stem) && [...allNamesB].some((other) => !pointsB.has(other) && (other === stem || isSpellingOf(stem, other))),
  ).length;
  // The shared name and one more word: a town named in every sentence does not tie a date to one event alone.
  if (names >= 1 && besidesNames >= 1) return true;
  if (!sameRole) return false;
  const stemsA = sentenceStems(a.view.sentence);
  const stemsB = sentenceStems(b.view.sentence);
  let count = 0;
  for (const stem of stemsA) if (stemsB.has(stem) && !topic.has(stem)) count += 1;
  return count >= settings.storyWideNearShared;
}

/** Content stems of a whole sentence, read once per sentence: every pair of facts across the story asks. */
const STEMS_OF_SENTENCE = new WeakMap<object, ReadonlySet<string>>();

function sentenceStems(sentence: { readonly text: string }): ReadonlySet<string> {
  let stems = STEMS_OF_SENTENCE.get(sentence);
  if (stems === undefined) {
    stems = new Set(contentStems(sentence.text));
    STEMS_OF_SENTENCE.set(sentence, stems);
  }
  return stems;
}
