import type { AlignedStory, Sentence } from '../../src/pipeline/types.ts';

/** The one sentence of a report (by report id prefix, e.g. "000") that starts with `start`. */
export function sentenceStarting(story: AlignedStory, report: string, start: string): Sentence {
  const found = story.reports
    .filter((candidate) => candidate.id.startsWith(report))
    .flatMap((candidate) => candidate.sentences)
    .filter((sentence) => sentence.text.startsWith(start));
  if (found.length !== 1 || found[0] === undefined)
    throw new Error(`expected one sentence of ${report} starting "${start}", got ${found.length}`);
  return found[0];
}

/** Whether one claim holds both sentences. */
export function shareClaim(story: AlignedStory, a: Sentence, b: Sentence): boolean {
  return story.claims.some((claim) => claim.sentences.includes(a.id) && claim.sentences.includes(b.id));
}
