import type { StoryView } from './story-view.ts';

type ClaimView = StoryView['claims'][number];
type DerivationView = NonNullable<StoryView['derivation']>;

/**
 * How widely a claim is carried, and by how many independent reports: reports that the provenance stage
 * (`src/pipeline/provenance/`) judges to share a copy count once, since an agency story copied by three outlets
 * is one witness, not three (the reuse grades follow the METER corpus, Gaizauskas, Clough et al. 2001).
 */
export interface Corroboration {
  /** Reports that carry the claim. */
  readonly reports: number;
  /** Of those, how many are independent: each group of reports that share a copy counted once. */
  readonly independent: number;
  /** The carrying reports, grouped: reports in one group share a copy; a report alone is its own group. Story order. */
  readonly groups: readonly (readonly string[])[];
}

/**
 * Groups of reports that share a copy: two reports are joined when provenance gives their pair any verdict
 * but `independent`, either way round (`same-copy`, or `shares-material`, whose shared passages cannot be told
 * from the rest claim by claim), and joining is transitive (A and B share a copy, B and C share one: one group).
 * Counting a shared copy once is the cautious side: it may undercount two reports that share some passages yet
 * report this claim on their own, but it never counts one copy twice. Returns each report's group, as the id of
 * the group's first report; a story without a provenance analysis has every report on its own.
 */
export function groupReportsBySharedCopy(derivation: DerivationView | undefined): ReadonlyMap<string, string> {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while ((parent.get(root) ?? root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  for (const id of derivation?.reports ?? []) parent.set(id, id);
  const order = new Map((derivation?.reports ?? []).map((id, i) => [id as string, i]));
  for (const pair of derivation?.pairs ?? []) {
    if (pair.verdict === 'independent') continue;
    const a = find(pair.source);
    const b = find(pair.carrier);
    if (a === b) continue;
    // The earlier report in story order names the group, so the grouping reads the same whatever the pair order.
    if ((order.get(a) ?? 0) <= (order.get(b) ?? 0)) parent.set(b, a);
    else parent.set(a, b);
  }
  return new Map([...parent.keys()].map((id) => [id, find(id)]));
}

/** The corroboration of `claim`, given the story's grouping of reports (`groupReportsBySharedCopy`). */
export function corroborationOf(claim: ClaimView, groupOf: ReadonlyMap<string, string>): Corroboration {
  const groups = new Map<string, string[]>();
  for (const source of claim.sources) {
    const group = groupOf.get(source) ?? source;
    const members = groups.get(group);
    if (members) members.push(source);
    else groups.set(group, [source]);
  }
  return { reports: claim.sources.length, independent: groups.size, groups: [...groups.values()] };
}

/** "carried by 3 reports, 2 independent"; "carried by 1 report". */
export function describeCorroboration(corroboration: Corroboration): string {
  const { reports, independent } = corroboration;
  const carried = `carried by ${reports} ${reports === 1 ? 'report' : 'reports'}`;
  return reports === 1 ? carried : `${carried}, ${independent} independent`;
}
