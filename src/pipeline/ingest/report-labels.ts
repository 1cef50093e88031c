/**
 * Short names a reader can use for the reports of a story. A file name such as `000_8249785760228b4c.txt`
 * means nothing to a reader; a letter by file order (A, B, C …, then AA, AB … past Z, as spreadsheet columns
 * are named) is short and stable, and the outlet story.yaml gives is better still. Outlets are never guessed.
 */

/** The letter name of the report at `index` (0-based) in file order: A … Z, AA … AZ, BA …, as spreadsheet columns. */
export function letterLabel(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`report index ${index} is not a whole number ≥ 0`);
  let rest = index + 1;
  let label = '';
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    label = String.fromCharCode(65 + digit) + label;
    rest = Math.floor((rest - 1) / 26);
  }
  return label;
}

/**
 * One label per report, in the order given (file order): the outlet from story.yaml when no other report of
 * the story has the same one, the outlet and the report's letter when several share it ("Wire (B)"), else the
 * letter alone. A label that would equal another report's label (an outlet named "B") also gets its letter, so
 * labels are always distinct.
 */
export function assignReportLabels(reports: readonly { readonly metadata: { readonly outlet?: string | undefined } }[]): string[] {
  const outletOf = (i: number): string | undefined => {
    const outlet = reports[i]?.metadata.outlet?.trim();
    return outlet === undefined || outlet === '' ? undefined : outlet;
  };
  const outletCounts = new Map<string, number>();
  for (const [i] of reports.entries()) {
    const outlet = outletOf(i);
    if (outlet !== undefined) outletCounts.set(outlet, (outletCounts.get(outlet) ?? 0) + 1);
  }
  const first = reports.map((_, i) => {
    const outlet = outletOf(i);
    if (outlet === undefined) return letterLabel(i);
    return outletCounts.get(outlet) === 1 ? outlet : `${outlet} (${letterLabel(i)})`;
  });
  const uses = new Map<string, number>();
  for (const label of first) uses.set(label, (uses.get(label) ?? 0) + 1);
  return first.map((label, i) => (uses.get(label) === 1 || label === letterLabel(i) ? label : `${label} (${letterLabel(i)})`));
}
