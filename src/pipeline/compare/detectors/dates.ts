/**
 * Date and time discrepancies within one claim: different weekdays, years or clock times for the same
 * event, dates that the reports' own publication dates make disagree ("13 years ago" vs "since 2011"),
 * and different durations ("eight days" vs "week-old"). Relative expressions are never compared without
 * a publication date, and a relative expression is only ever flagged when it cannot match.
 */
import { type ClaimView, isInUnit, type UnitView } from '../claims/claim-view.ts';
import { claimOf, collectEvidence, distinctSources, type Finding, formatTally, sharedWords } from '../claims/findings.ts';
import { clusterAcrossReports, groupAgreeing, mergeNonRivals, type Placed } from '../claims/pairing.ts';
import { isPersonAge, rangesOverlap, sameFigure, type Quantity } from '../facts/quantities.ts';
import { extractTimeExpressions, publishedDay, resolvePoint, type TimePoint } from '../facts/time-expressions.ts';
import { PROCEDURE_STEPS } from '../../lexicon/en/procedure-steps.ts';
import { contextStems, splitWords } from '../../text/index.ts';
import { isAttachedAcrossStory } from '../story-wide/attachment.ts';
import { DEFAULT_SETTINGS, type CompareSettings } from '../../settings.ts';

/** A point in time of one unit, resolved to days when its report's date allows. */
export interface PlacedPoint {
  readonly point: TimePoint;
  readonly days: readonly [number, number] | undefined;
  /** The step of a legal or official procedure the date is attached to ("arraigned Wednesday"), if any. */
  readonly stage: string | undefined;
}

/**
 * The procedure step nearest to a date in its own clause (no punctuation in between) and at most `radius`
 * words away (`CompareSettings.stageRadius`), if any.
 */
function stageAt(text: string, start: number, end: number, radius: number): string | undefined {
  const clauseStart = Math.max(text.lastIndexOf(',', start - 1), text.lastIndexOf(';', start - 1)) + 1;
  const nextStop = text.slice(end).search(/[,;.]/);
  const clauseEnd = nextStop === -1 ? text.length : end + nextStop;
  const tokens = splitWords(text.slice(clauseStart, clauseEnd)).map((token) => ({ ...token, start: token.start + clauseStart, end: token.end + clauseStart }));
  const before = tokens.filter((token) => token.end <= start).slice(-radius).reverse();
  const after = tokens.filter((token) => token.start >= end).slice(0, radius);
  for (let index = 0; index < radius; index += 1) {
    for (const token of [after[index], before[index]]) {
      const step = token === undefined ? undefined : PROCEDURE_STEPS.get(token.norm);
      if (step !== undefined) return step;
    }
  }
  return undefined;
}

/** Points of roughly the same scale are compared: a weekday with a week, a year with a decade. */
function scaleOf(point: TimePoint): 'clock' | 'recent' | 'era' {
  if (point.granularity === 'time-of-day') return 'clock';
  return point.granularity === 'year' || point.granularity === 'decade' ? 'era' : 'recent';
}

export function comparablePoints(a: PlacedPoint, b: PlacedPoint): boolean {
  if (scaleOf(a.point) !== scaleOf(b.point)) return false;
  if (a.stage !== undefined && b.stage !== undefined && a.stage !== b.stage) return false;
  if (scaleOf(a.point) === 'clock') return a.point.zone === b.point.zone;
  if (a.days !== undefined && b.days !== undefined) return true;
  // Without publication dates only day names can be compared, on the newsroom convention that they
  // mean the current week for every report.
  return a.point.anchor === 'weekday' && b.point.anchor === 'weekday';
}

function samePoint(a: PlacedPoint, b: PlacedPoint): boolean {
  if (scaleOf(a.point) === 'clock') return a.point.minutes === b.point.minutes;
  if (a.days !== undefined && b.days !== undefined) return a.days[0] === b.days[0] && a.days[1] === b.days[1];
  return a.point.weekday === b.point.weekday;
}

/**
 * Clock times disagree only beyond the precision they are written with: "7 p.m." and "7:01 p.m." (or
 * "around 8:30" and "8:34") can both be true and differ only in precision, a variant.
 */
function disjointPoints(a: PlacedPoint, b: PlacedPoint): boolean {
  if (scaleOf(a.point) === 'clock') {
    const gap = Math.abs((a.point.minutes ?? 0) - (b.point.minutes ?? 0));
    return gap > (a.point.clockSlack ?? 0) + (b.point.clockSlack ?? 0);
  }
  if (a.days !== undefined && b.days !== undefined) return a.days[1] < b.days[0] || b.days[1] < a.days[0];
  return a.point.weekday !== b.point.weekday;
}

export function placePoints(view: UnitView, topic: ReadonlySet<string>, settings: CompareSettings): Placed<PlacedPoint>[] {
  const published = publishedDay(view.published);
  return extractTimeExpressions(view.sentence.text)
    .filter((expression): expression is TimePoint => expression.kind === 'point')
    .filter((point) => !point.bound && isInUnit(view, point.start, point.end))
    .map((point) => ({
      item: { point, days: resolvePoint(point, published), stage: stageAt(view.sentence.text, point.start, point.end, settings.stageRadius) },
      view,
      start: point.start,
      end: point.end,
      context: contextStems(view.sentence.text, point.start, point.end, settings.contextRadius),
      near: contextStems(view.sentence.text, point.start, point.end, settings.nearRadius, topic),
    }));
}

/**
 * "In the past five months", "over the last two weeks": a look-back window that frames a count, not a length
 * of time the event took. Two reports that count over different windows give two statistics, not two
 * lengths for one thing, so windows are not compared.
 */
const WINDOW_BEFORE = /\b(?:in|over|within|during|for|across)\s+the\s+(?:past|last|previous|preceding)\s+$/i;

function isWindow(text: string, start: number): boolean {
  return WINDOW_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

export function placeDurations(view: UnitView, topic: ReadonlySet<string>, settings: CompareSettings): Placed<Quantity>[] {
  return extractTimeExpressions(view.sentence.text)
    .filter((expression) => expression.kind === 'duration')
    .filter((span) => isInUnit(view, span.start, span.end) && !isPersonAge(span.quantity, view.sentence.text))
    .filter((span) => !isWindow(view.sentence.text, span.start))
    .map((span) => ({
      item: span.quantity,
      view,
      start: span.start,
      end: span.end,
      context: contextStems(view.sentence.text, span.start, span.end, settings.contextRadius),
      near: contextStems(view.sentence.text, span.start, span.end, settings.nearRadius, topic),
    }));
}

/** Rank of a time unit on the scale seconds … centuries. */
function unitRank(quantity: Quantity): number {
  const factor = quantity.unit?.factor ?? 1;
  const steps = [1 / 86400, 1 / 1440, 1 / 24, 1, 7, 30.436875, 365.2425, 3652.425, 36524.25];
  const index = steps.findIndex((step) => factor <= step * 1.5);
  return index === -1 ? steps.length : index;
}

/**
 * Durations are compared only when written in the same or neighbouring units (days and weeks, months and
 * years): a "three-week assault" and a wound "40 years" old in one claim measure different spans.
 */
export function comparableDurations(a: Quantity, b: Quantity): boolean {
  return Math.abs(unitRank(a) - unitRank(b)) <= 1;
}

/**
 * Whether two durations give the same span: the same figure, or the same hedge with values within
 * `calendarTolerance` of each other (`CompareSettings`), since calendar units are not exact multiples (a month
 * is 28 to 31 days, four weeks 28).
 */
export function sameSpan(a: Quantity, b: Quantity, settings: CompareSettings = DEFAULT_SETTINGS.compare): boolean {
  if (sameFigure(a, b, settings.conversionTolerance)) return true;
  if (a.qualifier !== b.qualifier || a.range || b.range) return false;
  const x = a.stated * (a.unit?.factor ?? 1);
  const y = b.stated * (b.unit?.factor ?? 1);
  return Math.abs(x - y) <= settings.calendarTolerance * Math.max(x, y);
}

/**
 * Groups (by first member) that are not rivals: one report states both values within the claim ("hit by
 * Hurricane Georges in 1998 and Hurricane Katrina in 2005", or "shot Monday night" and "charged Tuesday"
 * in two of its sentences), so in that report's account they date two different things, and two other
 * reports that each give one of them are not in conflict. A report is not taken to contradict itself.
 */
function statedTogether(claim: ClaimView, topic: ReadonlySet<string>, settings: CompareSettings) {
  const perReport = new Map<string, PlacedPoint[]>();
  for (const view of claim.units) {
    perReport.set(view.source, [...(perReport.get(view.source) ?? []), ...placePoints(view, topic, settings).map((placed) => placed.item)]);
  }
  const pointsPerSentence = [...perReport.values()];
  return (a: readonly Placed<PlacedPoint>[], b: readonly Placed<PlacedPoint>[]): boolean => {
    const x = a[0]?.item;
    const y = b[0]?.item;
    if (x === undefined || y === undefined) return false;
    const states = (points: readonly PlacedPoint[], value: PlacedPoint): boolean =>
      points.some((point) => scaleOf(point.point) === scaleOf(value.point) && samePoint(point, value));
    return pointsPerSentence.some((points) => states(points, x) && states(points, y));
  };
}

/** Severity of a cluster split into groups, or undefined when nothing is worth reporting. */
function judge<T>(
  groups: readonly (readonly Placed<T>[])[],
  disjoint: (a: T, b: T) => boolean,
  mayBeVariant: (a: T, b: T) => boolean,
): 'contradiction' | 'variant' | undefined {
  let severity: 'contradiction' | 'variant' | undefined;
  groups.forEach((group, i) => {
    for (const other of groups.slice(i + 1)) {
      if (group.every((a) => other.every((b) => disjoint(a.item, b.item)))) severity = 'contradiction';
      else if (severity === undefined && group.every((a) => other.every((b) => mayBeVariant(a.item, b.item)))) severity = 'variant';
    }
  });
  return severity;
}

/** The first two groups that cannot both be true, if any. */
function disjointGroups<T>(groups: readonly (readonly Placed<T>[])[], disjoint: (a: T, b: T) => boolean): readonly [readonly Placed<T>[], readonly Placed<T>[]] | undefined {
  return groups
    .flatMap((group, i) => groups.slice(i + 1).map((other) => [group, other] as const))
    .find(([group, other]) => group.every((a) => other.every((b) => disjoint(a.item, b.item))));
}

function shownText<T>(group: readonly Placed<T>[]): string {
  const head = group[0];
  return head === undefined ? '' : head.view.sentence.text.slice(head.start, head.end);
}

function toFinding<T>(
  claim: ClaimView,
  members: readonly Placed<T>[],
  groups: readonly (readonly Placed<T>[])[],
  severity: 'contradiction' | 'variant',
  reason: (pair: readonly [readonly Placed<T>[], readonly Placed<T>[]]) => string,
  disjoint: (a: T, b: T) => boolean,
): Finding {
  const tally = formatTally(groups.map((group) => ({ display: shownText(group), reports: distinctSources(group) })));
  const label = sharedWords(members);
  const pair = severity === 'contradiction' ? disjointGroups(groups, disjoint) : undefined;
  return {
    kind: 'date',
    severity,
    ...claimOf(claim),
    summary: label === '' ? tally : `${label}: ${tally}`,
    ...(pair === undefined ? {} : { reason: reason(pair) }),
    ...collectEvidence(members),
  };
}

/** Why two points in time of one event cannot both be true. */
function pointReason([a, b]: readonly [readonly Placed<PlacedPoint>[], readonly Placed<PlacedPoint>[]]): string {
  const x = a[0]?.item.point;
  const y = b[0]?.item.point;
  if (x !== undefined && y !== undefined && scaleOf(x) === 'clock') {
    const gap = Math.abs((x.minutes ?? 0) - (y.minutes ?? 0));
    return `${shownText(a)} and ${shownText(b)} are ${gap} minutes apart, more than the precision either is written with`;
  }
  const days = x?.granularity === 'day' || x?.anchor === 'weekday';
  return `${shownText(a)} and ${shownText(b)} are different ${days ? 'days' : 'dates'} for the same event`;
}

/** Why two lengths of time of one thing cannot both be true. */
function spanReason([a, b]: readonly [readonly Placed<Quantity>[], readonly Placed<Quantity>[]]): string {
  return `${shownText(a)} and ${shownText(b)} are different lengths of time, even allowing for hedges`;
}

/**
 * Two values written in the same words ("Monday" and "Monday") are the same value, whatever the reports'
 * publication dates make of them: a finding for equal wording would only show that one of the dates given
 * in story.yaml is off by a day or a week, not that the reports disagree.
 */
function sameWording<T>(a: Placed<T>, b: Placed<T>): boolean {
  const words = (item: Placed<T>): string =>
    splitWords(item.view.sentence.text.slice(item.start, item.end))
      .map((token) => token.norm)
      .join(' ');
  return words(a) === words(b);
}

/** Groups items that say the same by `same` or are written in the same words (`sameWording`). */
function groupSameOrEqual<T>(members: readonly Placed<T>[], same: (a: T, b: T) => boolean): Placed<T>[][] {
  return mergeNonRivals(
    groupAgreeing(members, same),
    (a, b) => a.some((x) => b.some((y) => sameWording(x, y))),
  );
}

/** Finds dates, times and durations that differ between reports inside one claim. */
export function findDateDiscrepancies(claim: ClaimView, settings: CompareSettings = DEFAULT_SETTINGS.compare): Finding[] {
  const findings: Finding[] = [];
  const pointClusters = clusterAcrossReports(claim.units.map((view) => placePoints(view, claim.topic, settings)), {
    comparable: comparablePoints,
    conflicting: disjointPoints,
    requireNear: claim.storyWide,
    // A weekday is the fact most easily joined to the wrong event (a claim about the flood and one about the
    // volunteers who came the next day): two rival days need the evidence asked across the story, in a claim too.
    attached: (a, b) => isAttachedAcrossStory(a, b, a.item.stage !== undefined && a.item.stage === b.item.stage, claim.topic, settings),
  });
  const together = statedTogether(claim, claim.topic, settings);
  for (const members of pointClusters) {
    const groups = mergeNonRivals(groupSameOrEqual(members, samePoint), together);
    if (groups.length < 2) continue;
    // A difference of precision ("1982" vs "the 1980s") is a variant only between absolute dates; a
    // relative expression that can match is not reported at all.
    const severity = judge(groups, disjointPoints, (a, b) => a.point.anchor === 'absolute' && b.point.anchor === 'absolute');
    if (severity !== undefined) findings.push(toFinding(claim, members, groups, severity, pointReason, disjointPoints));
  }
  const disjointSpans = (a: Quantity, b: Quantity): boolean => !rangesOverlap(a, b, settings.conversionTolerance);
  const spanClusters = clusterAcrossReports(claim.units.map((view) => placeDurations(view, claim.topic, settings)), {
    comparable: comparableDurations,
    conflicting: disjointSpans,
    requireNear: claim.storyWide,
    attached: (a, b) => isAttachedAcrossStory(a, b, false, claim.topic, settings),
  });
  for (const members of spanClusters) {
    const groups = groupSameOrEqual(members, (a, b) => sameSpan(a, b, settings));
    if (groups.length < 2) continue;
    const severity = judge(groups, disjointSpans, () => true);
    if (severity !== undefined) findings.push(toFinding(claim, members, groups, severity, spanReason, disjointSpans));
  }
  return findings;
}
