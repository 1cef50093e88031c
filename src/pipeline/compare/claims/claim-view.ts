/**
 * A detector-friendly view of an aligned story: each claim with its units, and for every unit the sentence
 * it comes from, its report, the report's publication date and where the unit sits inside the sentence text.
 * Detectors read sentences whole (context decides what a number counts) but only compare what lies in a unit.
 */
import { isCompared } from '../../compared-reports.ts';
import type { AlignedStory, Claim, ClaimUnit, Sentence, SentenceId, SourceId } from '../../types.ts';
import { contentStems } from '../../text/index.ts';
import { DEFAULT_SETTINGS, type CompareSettings } from '../../settings.ts';

/** One unit of a claim, with the sentence and report it belongs to. */
export interface UnitView {
  readonly unit: ClaimUnit;
  readonly sentence: Sentence;
  readonly source: SourceId;
  /** The report's own `published` metadata, if `story.yaml` gives it; never guessed. */
  readonly published: string | undefined;
  /** Offset of the unit's text inside `sentence.text`. */
  readonly offset: number;
  /** Rank of the sentence in the story (report order, then position), for stable output order. */
  readonly order: number;
  /** Every sentence of the unit's report, in order: what else the report says (e.g. other people's ages). */
  readonly reportSentences: readonly Sentence[];
}

/** One claim with its units in story order. */
export interface ClaimView {
  readonly claim: Claim;
  /** Position of the claim in `story.claims`. */
  readonly index: number;
  readonly units: readonly UnitView[];
  /**
   * Stems of the story's topic words (e.g. the city every report names): too common in the story to show
   * that two figures are attached to the same thing. Shared by all claims of a story.
   */
  readonly topic: ReadonlySet<string>;
  /**
   * Set on a view that no aligned claim stands behind: sentences of different reports gathered across the
   * whole story because they hold facts about the same thing (`story-wide/fact-groups.ts`). Its units are
   * whole sentences, and detectors pair facts in it only on the words right around them (`near`), never
   * because each is the only fact of its sentence.
   */
  readonly storyWide?: boolean | undefined;
}

/**
 * Content stems found in at least `topicShare` of the story's body sentences (none for stories of fewer than
 * `topicMinSentences`; `CompareSettings`).
 */
export function findTopicStems(story: AlignedStory, settings: CompareSettings = DEFAULT_SETTINGS.compare): Set<string> {
  const body = story.reports
    .filter(isCompared)
    .flatMap((report) => report.sentences.filter((sentence) => sentence.kind === 'body'));
  if (body.length < settings.topicMinSentences) return new Set();
  const counts = new Map<string, number>();
  for (const sentence of body) for (const stem of new Set(contentStems(sentence.text))) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  return new Set([...counts].filter(([, count]) => count / body.length >= settings.topicShare).map(([stem]) => stem));
}

/**
 * Where a unit's text starts in its sentence's text. Units are exact substrings of the sentence text, but the
 * offsets of both point into the raw report text, which may differ by collapsed whitespace, so the occurrence
 * nearest to the raw offset wins.
 */
export function locateUnit(unit: ClaimUnit, sentence: Sentence): number {
  const hint = unit.start - sentence.start;
  let best = -1;
  for (let at = sentence.text.indexOf(unit.text); at !== -1; at = sentence.text.indexOf(unit.text, at + 1)) {
    if (best === -1 || Math.abs(at - hint) < Math.abs(best - hint)) best = at;
  }
  return Math.max(best, 0);
}

/** Whether the span [start, end) of the sentence text lies inside the unit. */
export function isInUnit(view: UnitView, start: number, end: number): boolean {
  return start >= view.offset && end <= view.offset + view.unit.text.length;
}

/** Whether the span [start, end) of the sentence text overlaps the unit. */
export function overlapsUnit(view: UnitView, start: number, end: number): boolean {
  return start < view.offset + view.unit.text.length && end > view.offset;
}

/** Sentences of a story by id with their story order. */
export function indexSentences(story: AlignedStory): Map<SentenceId, { sentence: Sentence; order: number }> {
  const index = new Map<SentenceId, { sentence: Sentence; order: number }>();
  for (const report of story.reports) {
    for (const sentence of report.sentences) index.set(sentence.id, { sentence, order: index.size });
  }
  return index;
}

/**
 * Builds the view of every claim. Units of reports that are not compared (`compared-reports.ts`) are left out:
 * an identical copy, for one, would only inflate the report counts of whatever it repeats.
 */
export function viewClaims(story: AlignedStory, settings: CompareSettings = DEFAULT_SETTINGS.compare): ClaimView[] {
  const sentences = indexSentences(story);
  const units = new Map(story.units.map((unit) => [unit.id, unit]));
  const reports = new Map(story.reports.map((report) => [report.id, report]));
  const topic = findTopicStems(story, settings);
  return story.claims.map((claim, index) => {
    const views: UnitView[] = [];
    for (const unitId of claim.units) {
      const unit = units.get(unitId);
      const found = unit === undefined ? undefined : sentences.get(unit.sentence);
      const report = unit === undefined ? undefined : reports.get(unit.source);
      if (unit === undefined || found === undefined || report === undefined || !isCompared(report)) continue;
      views.push({
        unit,
        sentence: found.sentence,
        source: unit.source,
        published: report.metadata.published,
        offset: locateUnit(unit, found.sentence),
        order: found.order,
        reportSentences: report.sentences,
      });
    }
    views.sort((a, b) => a.order - b.order || a.offset - b.offset);
    return { claim, index, units: views, topic };
  });
}
