import type { Claim, ClaimId, SegmentedStory, SentenceId, SourceId, UnitLink } from '../../types.ts';
import { clusterUnits, type UnitCluster } from './cluster.ts';
import { addSecondaryMembers } from './secondary-members.ts';
import type { ScoredUnits } from './score-units.ts';

/**
 * The decision half of alignment: cut scored unit pairs at the same-claim threshold into links, and
 * group units into claims with deterministic ids and verbatim summaries.
 */

/** Links and claims of a story. */
export interface ClaimsAndLinks {
  readonly claims: readonly Claim[];
  readonly links: readonly UnitLink[];
}

/** Settings of secondary membership (`secondary-members.ts`); absent: every unit belongs to one claim. */
export interface SecondaryMembership {
  readonly threshold: number;
  readonly share: number;
  readonly maxClaims: number;
}

/** Rounds a score to 4 decimals so serialised output stays stable and small. */
function roundScore(score: number): number {
  return Math.round(score * 1e4) / 1e4;
}

/** Claim ids `c001`, `c002`, … padded to the width the count needs (at least 3 digits). */
export function claimId(index: number, count: number): ClaimId {
  const width = Math.max(3, String(count).length);
  return `c${String(index + 1).padStart(width, '0')}` as ClaimId;
}

/** True when a unit's text starts like a sentence: an upper-case letter or digit, maybe after an opening quote. */
function readsAsSentenceStart(text: string): boolean {
  return /^["'“‘(]?[\p{Lu}\p{N}]/u.test(text);
}

/**
 * Builds links (cross-report pairs at or above `claimThreshold`, in unit order) and claims (clusters of
 * units, ordered by their first unit, so ids follow first appearance). A claim's summary is the text of
 * its member most linked to the others (ties: the earliest), never new wording; members that start like a
 * sentence (a capital letter, maybe after a quotation mark) go before clauses cut from inside one
 * ("delivering a severe blow to …"), which read oddly as a headline of the claim. With `secondary`, a unit
 * may also join other claims (`secondary-members.ts`), so one unit id may appear in several claims; the
 * summary is always taken from a claim's primary members.
 */
export function buildClaims(
  story: SegmentedStory,
  scored: ScoredUnits,
  claimThreshold: number,
  strongThreshold: number,
  secondary?: SecondaryMembership | undefined,
): ClaimsAndLinks {
  const { units, groupOf, pairs } = scored;
  const n = units.length;
  const links: UnitLink[] = [];
  for (const pair of pairs) {
    if (groupOf[pair.a] === groupOf[pair.b] || pair.score < claimThreshold) continue;
    const unitA = units[pair.a];
    const unitB = units[pair.b];
    if (unitA !== undefined && unitB !== undefined)
      links.push({ a: unitA.id, b: unitB.id, score: roundScore(pair.score) });
  }

  const scoreOf = new Map<number, number>(pairs.map((pair) => [pair.a * n + pair.b, pair.score]));
  const kindOf = new Map(story.reports.flatMap((report) => report.sentences).map((sentence) => [sentence.id, sentence.kind]));
  // Two slots per report: body units, and headline / standfirst units (see `cluster.ts`).
  const slotOf = units.map((unit, i) => (groupOf[i] ?? 0) * 2 + (kindOf.get(unit.sentence) === 'body' ? 0 : 1));
  const primary = clusterUnits(groupOf, pairs, { threshold: claimThreshold, strongThreshold, slotOf, cannotLink: scored.cannotLink });
  const pairScore = (a: number, b: number): number => scoreOf.get(Math.min(a, b) * n + Math.max(a, b)) ?? 0;
  const clusters =
    secondary === undefined
      ? primary.map((cluster) => ({ ...cluster, primary: cluster.members }))
      : withSecondaryMembers(primary, pairs, pairScore, n, slotOf, scored, secondary);
  const claims = clusters.map((cluster, index): Claim => {
    // The summary comes from a primary member: a secondary one states another claim too.
    let best = cluster.primary[0] ?? 0;
    let bestRank = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
    for (const member of cluster.primary) {
      let support = 0;
      for (const other of cluster.members) {
        if (other !== member) support += scoreOf.get(Math.min(member, other) * n + Math.max(member, other)) ?? 0;
      }
      // A summary that reads as a sentence of its own comes first; among those, the most linked.
      const rank = [readsAsSentenceStart(units[member]?.text ?? '') ? 1 : 0, support];
      if ((rank[0] ?? 0) > (bestRank[0] ?? 0) || (rank[0] === bestRank[0] && (rank[1] ?? 0) > (bestRank[1] ?? 0))) {
        best = member;
        bestRank = rank;
      }
    }
    const members = cluster.members.flatMap((member) => units[member] ?? []);
    const summaryUnit = units[best];
    if (summaryUnit === undefined) throw new RangeError('empty claim cluster');
    const sources = [...new Set(cluster.members.map((member) => groupOf[member] ?? 0))]
      .sort((a, b) => a - b)
      .flatMap((group): SourceId[] => {
        const id = story.reports[group]?.id;
        return id === undefined ? [] : [id];
      });
    return {
      id: claimId(index, clusters.length),
      summary: summaryUnit.text,
      summaryUnit: summaryUnit.id,
      units: members.map((unit) => unit.id),
      sentences: [...new Set<SentenceId>(members.map((unit) => unit.sentence))],
      sources,
      // The type's contract: 1 for a claim carried by one report.
      cohesion: sources.length < 2 ? 1 : roundScore(cluster.cohesion),
    };
  });
  return { claims, links };
}

/**
 * The clusters with their secondary members (`secondary-members.ts`) merged in, in unit order, and the
 * cohesion recomputed over all members: a unit stating two claims then supports both.
 */
function withSecondaryMembers(
  clusters: readonly UnitCluster[],
  pairs: ScoredUnits['pairs'],
  pairScore: (a: number, b: number) => number,
  n: number,
  slotOf: readonly number[],
  scored: ScoredUnits,
  secondary: SecondaryMembership,
): (UnitCluster & { readonly primary: readonly number[] })[] {
  const partners = Array.from({ length: n }, (): number[] => []);
  for (const pair of pairs) {
    partners[pair.a]?.push(pair.b);
    partners[pair.b]?.push(pair.a);
  }
  const extra = addSecondaryMembers(clusters, pairScore, (unit) => partners[unit] ?? [], {
    ...secondary,
    slotOf,
    cannotLink: scored.cannotLink,
  });
  // Claims stay ordered by their first unit, secondary members included, so ids still follow first appearance.
  const merged = clusters.map((cluster, index) => {
    const added = extra[index] ?? [];
    if (added.length === 0) return { ...cluster, primary: cluster.members };
    const members = [...cluster.members, ...added].sort((a, b) => a - b);
    let sum = 0;
    for (let i = 0; i < members.length; i += 1)
      for (let j = i + 1; j < members.length; j += 1) sum += pairScore(members[i] ?? 0, members[j] ?? 0);
    return { members, primary: cluster.members, cohesion: sum / ((members.length * (members.length - 1)) / 2) };
  });
  return merged.sort((x, y) => (x.members[0] ?? 0) - (y.members[0] ?? 0) || (x.primary[0] ?? 0) - (y.primary[0] ?? 0));
}
