import { corroborationOf, groupReportsBySharedCopy, type Corroboration } from './corroboration.ts';
import { isDisagreement } from './disagreements.ts';
import type { StoryView } from './story-view.ts';

type ReportView = StoryView['reports'][number];
type SentenceView = ReportView['sentences'][number];
type ClaimView = StoryView['claims'][number];
type UnitView = StoryView['units'][number];
type DiscrepancyView = StoryView['discrepancies'][number];

/** Lookups over one story that every comparison page needs, built once per story. */
export interface StoryIndex {
  readonly story: StoryView;
  readonly reportById: ReadonlyMap<string, ReportView>;
  readonly sentenceById: ReadonlyMap<string, SentenceView>;
  readonly claimById: ReadonlyMap<string, ClaimView>;
  readonly unitById: ReadonlyMap<string, UnitView>;
  /** Claims a sentence supports (a sentence split into clauses may support several). */
  readonly claimsOfSentence: ReadonlyMap<string, readonly ClaimView[]>;
  /** Disagreements (`isDisagreement`) a sentence takes part in, in story order. */
  readonly disagreementsOfSentence: ReadonlyMap<string, readonly DiscrepancyView[]>;
  /** Disagreements (`isDisagreement`) about a claim, in story order. */
  readonly disagreementsOfClaim: ReadonlyMap<string, readonly DiscrepancyView[]>;
  /** Best link score between two sentences (either order), from the aligner's unit links. */
  readonly sentenceLinkScore: (a: string, b: string) => number | undefined;
  /** How many reports carry a claim, and how many of them independently (`corroboration.ts`). */
  readonly corroboration: (claim: ClaimView) => Corroboration;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Lookups already built, per story object: every page of a story asks for them. */
const built = new WeakMap<StoryView, StoryIndex>();

/**
 * The lookups of a story, built on the first call and remembered for the story object: a story has a page
 * per claim, and building them again on each page made a build grow with the square of the story.
 */
export function indexStory(story: StoryView): StoryIndex {
  let index = built.get(story);
  if (index === undefined) {
    index = buildStoryIndex(story);
    built.set(story, index);
  }
  return index;
}

function buildStoryIndex(story: StoryView): StoryIndex {
  const reportById = new Map(story.reports.map((report) => [report.id, report]));
  const sentenceById = new Map(story.reports.flatMap((report) => report.sentences.map((s) => [s.id, s] as const)));
  const claimById = new Map(story.claims.map((claim) => [claim.id, claim]));
  const unitById = new Map(story.units.map((unit) => [unit.id, unit]));
  const claimsOfSentence = new Map<string, ClaimView[]>();
  for (const claim of story.claims) for (const id of claim.sentences) push(claimsOfSentence, id, claim);
  const disagreementsOfSentence = new Map<string, DiscrepancyView[]>();
  const disagreementsOfClaim = new Map<string, DiscrepancyView[]>();
  for (const disagreement of story.discrepancies.filter(isDisagreement)) {
    // A finding made across the story between sentences that share no claim belongs to each claim its
    // sentences are part of, so a claim page still shows it.
    const claimsOfFinding =
      disagreement.claim !== undefined
        ? [disagreement.claim]
        : [...new Set(disagreement.sentences.flatMap((id) => (claimsOfSentence.get(id) ?? []).map((claim) => claim.id)))];
    for (const claim of claimsOfFinding) push(disagreementsOfClaim, claim, disagreement);
    for (const id of disagreement.sentences) push(disagreementsOfSentence, id, disagreement);
  }
  const copyGroups = groupReportsBySharedCopy(story.derivation);
  const linkScores = new Map<string, number>();
  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  for (const link of story.links) {
    const a = unitById.get(link.a)?.sentence;
    const b = unitById.get(link.b)?.sentence;
    if (a === undefined || b === undefined) continue;
    const key = pairKey(a, b);
    linkScores.set(key, Math.max(linkScores.get(key) ?? 0, link.score));
  }
  return {
    story,
    reportById,
    sentenceById,
    claimById,
    unitById,
    claimsOfSentence,
    disagreementsOfSentence,
    disagreementsOfClaim,
    sentenceLinkScore: (a, b) => linkScores.get(pairKey(a, b)),
    corroboration: (claim) => corroborationOf(claim, copyGroups),
  };
}

/** Sentences of `report` that support `claim`, in text order. */
export function sentencesOfClaimIn(index: StoryIndex, claim: ClaimView, report: string): SentenceView[] {
  return claim.sentences
    .map((id) => index.sentenceById.get(id))
    .filter((s): s is SentenceView => s !== undefined && s.source === report)
    .sort((a, b) => a.position - b.position);
}

/** Who a claim's sentence attributes it to: the speaker of the claim's first unit in that sentence that has one. */
export function speakerOfClaimSentence(index: StoryIndex, claim: ClaimView, sentence: string): UnitView['speaker'] {
  return claim.units.map((id) => index.unitById.get(id)).find((unit) => unit?.sentence === sentence && unit.speaker !== undefined)
    ?.speaker;
}
