/**
 * The different-speakers veto: two statements by different people are different claims even when worded
 * alike (issue #15; on BASIL the commonest false join was one senator's "cancel the meeting" with
 * another's "cancel your summit"). Two units of different reports whose speakers are both named and
 * clearly different never join, not even through other units (`score-units.ts` scores them 0 and hands them
 * to `cluster.ts` as a cannot-link), unless they share a long run of exact words: then they are one
 * utterance (a quotation) given to two speakers, kept together so the attribution detector can report it.
 * The run is counted over the whole units, not only inside quotation marks: reports often drop the marks
 * from a quotation they paraphrase closely, and counting only quoted words lost a true BASIL join
 * (F1 0.611 → 0.606).
 */
import type { ClaimUnit, SegmentedStory, SentenceId } from '../../types.ts';
import { splitWords } from '../../text/content-words.ts';
import { longestCommonRun } from '../../text/sequences.ts';
import { areDifferentNamedSpeakers, speakerNameWords } from '../../text/speakers.ts';

/** Settings for `findSpeakerVetoes`. */
export interface SpeakerVetoOptions {
  /** Words in a row that, shared, mark one utterance given to two speakers (`AlignSettings.speakerVetoSharedWords`). */
  readonly sharedWords: number;
}

/** A pair of unit indices. */
export interface UnitPair {
  readonly a: number;
  readonly b: number;
}

/**
 * For each pair (in order), whether the veto forbids joining it: units of different reports (`groupOf`)
 * with clearly different named speakers, and no shared run of `sharedWords` words.
 */
export function findSpeakerVetoes(
  story: SegmentedStory,
  units: readonly ClaimUnit[],
  groupOf: readonly number[],
  pairs: readonly UnitPair[],
  options: SpeakerVetoOptions,
): boolean[] {
  const sentenceStart = new Map<SentenceId, number>();
  for (const report of story.reports) for (const sentence of report.sentences) sentenceStart.set(sentence.id, sentence.start);
  const names = units.map((unit) =>
    unit.speaker === undefined ? [] : speakerNameWords(unit.speaker.text, sentenceStart.get(unit.sentence) === unit.speaker.start),
  );
  const wordIds = new Map<string, number>();
  const wordsOf = new Map<number, number[]>();
  const words = (index: number): number[] => {
    const known = wordsOf.get(index);
    if (known !== undefined) return known;
    const ids = splitWords(units[index]?.text ?? '').map((token) => {
      const key = token.norm.toLowerCase();
      const id = wordIds.get(key) ?? wordIds.size;
      wordIds.set(key, id);
      return id;
    });
    wordsOf.set(index, ids);
    return ids;
  };
  return pairs.map(({ a, b }) => {
    if (groupOf[a] === groupOf[b]) return false;
    const speakerA = units[a]?.speaker?.text ?? '';
    const speakerB = units[b]?.speaker?.text ?? '';
    if (!areDifferentNamedSpeakers(names[a] ?? [], names[b] ?? [], speakerA, speakerB)) return false;
    return longestCommonRun(words(a), words(b)) < options.sharedWords;
  });
}
