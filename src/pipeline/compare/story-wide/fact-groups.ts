/**
 * Facts compared across the whole story, not only inside claims. Two reports can give the distance between
 * the same two places, the toll of the same event or the words of the same quotation in sentences that
 * otherwise say different things, so the aligner never puts them in one claim. Here every sentence the
 * aligner reads is taken whole, its facts are read with the same extractors the detectors use (quantities,
 * dates and times, quotations), and sentences of different reports are gathered when they hold facts about
 * the same thing: the same measure attached to the same words (`storyWideNearShared` content stems near
 * both figures), or quotations sharing their words (`isSameQuotation`). Each gathered group becomes a claim
 * view marked `storyWide`, and the detectors run on it as on an aligned claim, pairing facts only on the
 * words right around them.
 */
import { isCompared } from '../../compared-reports.ts';
import type { AlignedStory, Claim, ClaimId, ClaimUnit, Sentence, SentenceId, UnitId } from '../../types.ts';
import type { CompareSettings } from '../../settings.ts';
import type { ClaimView, UnitView } from '../claims/claim-view.ts';
import type { Placed } from '../claims/pairing.ts';
import { isAttachedAcrossStory } from './attachment.ts';
import { comparableDurations, comparablePoints, placeDurations, placePoints } from '../detectors/dates.ts';
import { measureOneRole, placeQuantities } from '../detectors/numbers.ts';
import { isSameQuotationAcrossStory, placeQuotes } from '../detectors/quotes.ts';
import type { QuoteSpan } from '../facts/quote-spans.ts';
import { measureSameThing, type Quantity } from '../facts/quantities.ts';

/** Sentence kinds the aligner reads; only these carry facts worth setting against another report's. */
const FACT_KINDS: ReadonlySet<string> = new Set(['body', 'headline', 'standfirst']);

/** Story-wide views per fact kind: each detector runs on the views of its kind. */
export interface StoryWideViews {
  readonly numbers: readonly ClaimView[];
  readonly dates: readonly ClaimView[];
  readonly quotes: readonly ClaimView[];
}

/** A unit covering a whole sentence. */
function wholeSentenceUnit(sentence: Sentence, source: string): ClaimUnit {
  return {
    id: `w-${sentence.id}` as UnitId,
    sentence: sentence.id,
    source: source as ClaimUnit['source'],
    start: sentence.start,
    end: sentence.end,
    text: sentence.text,
  };
}

/** Every sentence the aligner reads, of every compared report, as a whole-sentence unit view in story order. */
export function viewWholeSentences(story: AlignedStory): UnitView[] {
  const views: UnitView[] = [];
  let order = 0;
  for (const report of story.reports) {
    for (const sentence of report.sentences) {
      order += 1;
      if (!isCompared(report) || !FACT_KINDS.has(sentence.kind)) continue;
      views.push({
        unit: wholeSentenceUnit(sentence, report.id),
        sentence,
        source: report.id,
        published: report.metadata.published,
        offset: 0,
        order,
        reportSentences: report.sentences,
      });
    }
  }
  return views;
}

/**
 * Gathers sentences of different reports that `related` says hold a fact about the same thing (union-find
 * over those pairs) and returns each group of two reports or more, in story order.
 */
function gather<T>(
  views: readonly UnitView[],
  items: ReadonlyMap<UnitView, readonly Placed<T>[]>,
  related: (a: Placed<T>, b: Placed<T>) => boolean,
): UnitView[][] {
  const holding = views.filter((view) => (items.get(view)?.length ?? 0) > 0);
  const parent = holding.map((_, index) => index);
  const find = (node: number): number => {
    let root = node;
    while (parent[root] !== root) root = parent[root] ?? root;
    return root;
  };
  holding.forEach((a, i) => {
    const left = items.get(a) ?? [];
    for (let j = i + 1; j < holding.length; j += 1) {
      const b = holding[j];
      if (b === undefined || b.source === a.source) continue;
      const right = items.get(b) ?? [];
      if (left.some((x) => right.some((y) => related(x, y)))) parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, UnitView[]>();
  holding.forEach((view, index) => {
    const root = find(index);
    groups.set(root, [...(groups.get(root) ?? []), view]);
  });
  return [...groups.values()].filter((group) => new Set(group.map((view) => view.source)).size >= 2);
}

/** A claim view over a gathered group of whole sentences, marked `storyWide`. */
function toStoryWideView(units: readonly UnitView[], index: number, topic: ReadonlySet<string>): ClaimView {
  const [first] = units;
  const claim: Claim = {
    id: `story-wide-${index}` as ClaimId,
    summary: first?.sentence.text ?? '',
    summaryUnit: first?.unit.id ?? ('' as UnitId),
    units: units.map((view) => view.unit.id),
    sentences: units.map((view) => view.sentence.id),
    sources: [...new Set(units.map((view) => view.source))],
    cohesion: 0,
  };
  return { claim, index, units, topic, storyWide: true };
}

/**
 * The figures of a sentence fit to compare across the story: not a bare year ("the 2012 Oscars", a date, not
 * a count), and none from a sentence that lists three figures or more of one kind ("Romney 17 percent,
 * Huckabee 14 percent, Palin 12 percent"), whose figures only the list's own words tell apart (observed in
 * BASIL's 2011 poll story).
 */
function withoutListsAndYears(placed: readonly Placed<Quantity>[]): Placed<Quantity>[] {
  const kept = placed.filter(({ item }) => !(item.unit === undefined && !item.range && item.qualifier === 'exact' && /^\d{4}$/u.test(item.text) && item.stated >= 1800 && item.stated <= 2100));
  const perDimension = new Map<string, number>();
  for (const { item } of kept) perDimension.set(item.dimension, (perDimension.get(item.dimension) ?? 0) + 1);
  return kept.filter(({ item }) => (perDimension.get(item.dimension) ?? 0) < 3);
}

/** Places the facts of every view with `place` and keeps the views that hold any. */
function placeAll<T>(views: readonly UnitView[], place: (view: UnitView) => Placed<T>[]): Map<UnitView, Placed<T>[]> {
  return new Map(views.map((view) => [view, place(view)]));
}

/**
 * Builds the story-wide views of a story: groups of whole sentences of different reports that give a figure
 * for the same measure of the same thing, a date or length of time of the same thing, or the same quotation.
 */
export function buildStoryWideViews(
  story: AlignedStory,
  topic: ReadonlySet<string>,
  quotes: ReadonlyMap<SentenceId, readonly QuoteSpan[]>,
  settings: CompareSettings,
): StoryWideViews {
  if (!settings.storyWide) return { numbers: [], dates: [], quotes: [] };
  const views = viewWholeSentences(story);
  const figures = placeAll(views, (view) => withoutListsAndYears(placeQuantities(view, topic, settings)));
  // A year is compared across the story only as the date of a named step: "the first … in 1995" and "the
  // first … in 2002" are two firsts (observed in ECB+'s surgeon-general story).
  const points = placeAll(views, (view) => placePoints(view, topic, settings).filter((placed) => placed.item.point.granularity !== 'year' && placed.item.point.granularity !== 'decade' || placed.item.stage !== undefined));
  const spans = placeAll(views, (view) => placeDurations(view, topic, settings));
  const quoted = placeAll(views, (view) => placeQuotes(view, quotes, topic));
  const numberGroups = gather(
    views,
    figures,
    (a, b) => measureSameThing(a.item, b.item) && isAttachedAcrossStory(a, b, measureOneRole(a, b, settings), topic, settings),
  );
  const pointGroups = gather(
    views,
    points,
    (a, b) => comparablePoints(a.item, b.item) && isAttachedAcrossStory(a, b, a.item.stage !== undefined && a.item.stage === b.item.stage, topic, settings),
  );
  const spanGroups = gather(views, spans, (a, b) => comparableDurations(a.item, b.item) && isAttachedAcrossStory(a, b, false, topic, settings));
  const quoteGroups = gather(views, quoted, (a, b) => isSameQuotationAcrossStory(a.item, b.item, settings));
  let index = 0;
  const toViews = (groups: readonly UnitView[][]): ClaimView[] => groups.map((group) => toStoryWideView(group, index++, topic));
  return { numbers: toViews(numberGroups), dates: toViews([...pointGroups, ...spanGroups]), quotes: toViews(quoteGroups) };
}
