/**
 * Number discrepancies: within one claim, figures of different reports that measure the same thing
 * (same dimension, same role or counted noun, same context) but give different values. Values are compared
 * after unit conversion; hedges ("at least", "over") turn figures into ranges, so a contradiction is only
 * reported when the ranges cannot overlap, and a mere difference of precision is a `variant`.
 */
import { type ClaimView, isInUnit, type UnitView } from '../claims/claim-view.ts';
import { claimOf, collectEvidence, type Finding, formatTally, distinctSources, sharedWords } from '../claims/findings.ts';
import { clusterAcrossReports, groupAgreeing, mergeNonRivals, type Placed } from '../claims/pairing.ts';
import { extractQuantities, isPersonAge, measureSameThing, type Quantity, rangesOverlap, sameFigure } from '../facts/quantities.ts';
import { contextStems, stemWord, toPossessiveFreeKey } from '../../text/index.ts';
import { isAttachedAcrossStory, shareNameNear } from '../story-wide/attachment.ts';
import { DEFAULT_SETTINGS, type CompareSettings } from '../../settings.ts';

/** Rounds a converted value for display: whole numbers from 10 up, one decimal below. */
function formatValue(value: number): string {
  return value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}

/** "30 miles ≈ 48 km" when a group's unit differs from the reference group's unit, else the text as written. */
export function displayQuantity(quantity: Quantity, text: string, reference: Quantity): string {
  const unit = quantity.unit;
  const target = reference.unit;
  if (unit === undefined || target === undefined || unit.symbol === target.symbol || unit.dimension !== target.dimension) {
    return text;
  }
  if (unit.dimension.startsWith('money:') || unit.dimension.startsWith('other:')) return text;
  const converted = (quantity.stated * unit.factor) / target.factor;
  return `${text} ≈ ${formatValue(converted)} ${target.symbol}`;
}

/** Stems of a figure's own role word and counted noun, and of words that only say "people". */
function ownWords(quantity: Quantity): string[] {
  return [quantity.roleText, quantity.nounText, 'people', 'person', 'individuals']
    .filter((word): word is string => word !== undefined)
    .map((word) => stemWord(toPossessiveFreeKey(word)));
}

/**
 * Quantities of one unit except durations (`date` findings) but with people's ages, placed with their context
 * (`contextRadius` and `nearRadius` words); `topic` stems are left out of the near context.
 */
export function placeQuantities(
  view: ClaimView['units'][number],
  topic: ReadonlySet<string> = new Set(),
  settings: CompareSettings = DEFAULT_SETTINGS.compare,
): Placed<Quantity>[] {
  return extractQuantities(view.sentence.text)
    .filter((quantity) => quantity.dimension !== 'time' || isPersonAge(quantity, view.sentence.text))
    .filter((quantity) => isInUnit(view, quantity.start, quantity.end))
    .map((quantity) => ({
      item: quantity,
      view,
      start: quantity.start,
      end: quantity.end,
      context: contextStems(view.sentence.text, quantity.start, quantity.end, settings.contextRadius),
      // The role and counted noun are already known to match; they say nothing more about the figure.
      near: contextStems(view.sentence.text, quantity.start, quantity.end, settings.nearRadius, new Set([...topic, ...ownWords(quantity)])),
    }));
}

/** Label for a cluster: the role word or counted noun of its first figure, else shared words, else its unit. */
function labelOf(group: readonly Placed<Quantity>[], members: readonly Placed<Quantity>[]): string {
  const first = group[0]?.item;
  if (first?.roleText !== undefined) return first.roleText;
  if (first?.nounText !== undefined) return first.nounText;
  return sharedWords(members) || first?.unit?.symbol || '';
}

/**
 * Whether a report gives a person the age `years` anywhere in its text: "an 18-year-old", "aged 18",
 * "Kenneth Doe, 18," or "Doe (18)". Appositive ages are only read after a capitalised word (a name).
 */
export function reportMentionsAge(view: UnitView, years: number): boolean {
  const n = String(years);
  const pattern = new RegExp(
    `(?:\\b${n}-year-old\\b|\\b${n} years? old\\b|\\baged ${n}\\b|\\p{Lu}[\\p{L}'’-]*,\\s*${n}\\s*[,.;)]|\\p{Lu}[\\p{L}'’-]*\\s*\\(${n}\\))`,
    'u',
  );
  return view.reportSentences.some((sentence) => pattern.test(sentence.text));
}

/**
 * Ages only disagree when they are the same person's. When a report that gives one age also gives the
 * other to someone (the victim 20, the suspect 18), the two ages belong to different people in that
 * report's own account: they are not rival values, whatever the claim grouped together.
 */
function agesOfDifferentPeople(a: readonly Placed<Quantity>[], b: readonly Placed<Quantity>[]): boolean {
  const yearsOf = (group: readonly Placed<Quantity>[]): number | undefined => {
    const head = group[0]?.item;
    return head?.age === true && head.unit?.symbol === 'years' && !head.range ? head.stated : undefined;
  };
  const ageA = yearsOf(a);
  const ageB = yearsOf(b);
  if (ageA === undefined || ageB === undefined) return false;
  return a.some((member) => reportMentionsAge(member.view, ageB)) || b.some((member) => reportMentionsAge(member.view, ageA));
}

/** Whether two figures of one sentence may be two values of one kind of thing (no different role or counted noun). */
function mayBeAlike(a: Quantity, b: Quantity): boolean {
  if (a.dimension !== b.dimension) return false;
  if (a.role !== undefined && b.role !== undefined && a.role !== b.role) return false;
  return a.noun === undefined || b.noun === undefined || a.noun === b.noun;
}

/**
 * Groups that are not rivals because one report gives both figures within the claim for things of one kind
 * ("played 11 seasons and coached for seven"; "fell 2,000ft" and, of another climber, "fell 200ft"): in
 * that report's account they count two different things, so two other reports that each give one of them
 * are not in conflict. Figures of different roles ("12 killed and 15 injured") do not count.
 */
function statedTogether(claim: ClaimView, conversionTolerance: number) {
  // Pooled per report: a report is not taken to contradict itself within one claim.
  const perReport = new Map<string, Quantity[]>();
  const read = new Set<string>();
  for (const view of claim.units) {
    if (read.has(view.sentence.id)) continue;
    read.add(view.sentence.id);
    perReport.set(view.source, [...(perReport.get(view.source) ?? []), ...extractQuantities(view.sentence.text)]);
  }
  const perSentence = [...perReport.values()];
  return (a: readonly Placed<Quantity>[], b: readonly Placed<Quantity>[]): boolean => {
    const x = a[0]?.item;
    const y = b[0]?.item;
    if (x === undefined || y === undefined) return false;
    return perSentence.some((quantities) =>
      quantities.some(
        (p) =>
          sameFigure(p, x, conversionTolerance) &&
          quantities.some((q) => q !== p && sameFigure(q, y, conversionTolerance) && mayBeAlike(p, q)),
      ),
    );
  };
}

/**
 * Whether two figures measure one named role, so that the sentences around them may say of what: both count
 * the killed (or another role), or both are the age of a person named beside each ("Dana Reyes, a 24-year-old
 * nurse" / "Dana Reyes, a 25-year-old nurse").
 */
export function measureOneRole(a: Placed<Quantity>, b: Placed<Quantity>, settings: CompareSettings): boolean {
  if (a.item.role !== undefined && a.item.role === b.item.role) return true;
  return a.item.age && b.item.age && a.item.dimension === 'time' && b.item.dimension === 'time' && shareNameNear(a, b, settings);
}

/** Finds figures that differ between reports inside one claim. */
export function findNumberDiscrepancies(claim: ClaimView, settings: CompareSettings = DEFAULT_SETTINGS.compare): Finding[] {
  const tolerance = settings.conversionTolerance;
  const clusters = clusterAcrossReports(claim.units.map((view) => placeQuantities(view, claim.topic, settings)), {
    comparable: measureSameThing,
    conflicting: (a, b) => !rangesOverlap(a, b, tolerance),
    requireNear: claim.storyWide,
    attached: claim.storyWide === true ? (a, b) => isAttachedAcrossStory(a, b, measureOneRole(a, b, settings), claim.topic, settings) : undefined,
    // Prefer pairing close values when contexts tie ("826 … including 222" against "800 … 200").
    tieBreak: (a, b) => -0.01 * Math.min(5, Math.abs(Math.log((a.low + 1) / (b.low + 1)))),
  });
  const findings: Finding[] = [];
  const together = statedTogether(claim, tolerance);
  for (const members of clusters) {
    const groups = mergeNonRivals(
      groupAgreeing(members, (a, b) => sameFigure(a, b, tolerance)),
      (a, b) => agesOfDifferentPeople(a, b) || together(a, b),
    );
    const [reference] = groups;
    const referenceItem = reference?.[0]?.item;
    if (groups.length < 2 || reference === undefined || referenceItem === undefined) continue;
    const shown = (group: readonly Placed<Quantity>[]): string => {
      const head = group[0];
      return head === undefined ? '' : displayQuantity(head.item, head.item.text, referenceItem);
    };
    const disjointPair = groups
      .flatMap((group, i) => groups.slice(i + 1).map((other) => [group, other] as const))
      .find(([group, other]) => group.every((a) => other.every((b) => !rangesOverlap(a.item, b.item, tolerance))));
    const tally = formatTally(groups.map((group) => ({ display: shown(group), reports: distinctSources(group) })));
    const label = labelOf(reference, members);
    findings.push({
      kind: 'number',
      severity: disjointPair === undefined ? 'variant' : 'contradiction',
      ...claimOf(claim),
      summary: label === '' ? tally : `${label}: ${tally}`,
      ...(disjointPair === undefined
        ? {}
        : { reason: `${shown(disjointPair[0])} and ${shown(disjointPair[1])} cannot both be right: the figures do not overlap, even allowing for hedges and rounding` }),
      ...collectEvidence(members),
    });
  }
  return findings;
}
