/**
 * The `--top-bonus <log-odds>` option of the evaluation scripts: replaces the aligner's report-top bonus
 * (`TOP_BONUS` in `src/pipeline/align/supports/report-top.ts`) to measure how the figures depend on it. The site
 * and the export always use the default.
 */

/** The bonus given on the command line, or undefined for the aligner's default; a value that is not a number is an error. */
export function parseTopBonus(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const bonus = Number(value);
  if (value.trim() === '' || !Number.isFinite(bonus)) throw new Error(`--top-bonus must be a number of log-odds, got "${value}"`);
  return bonus;
}
