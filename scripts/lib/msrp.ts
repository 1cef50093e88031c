import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Reads the Microsoft Research Paraphrase Corpus (Dolan & Brockett 2005) in place from the shared data
 * folder; the corpus is never copied into the repository.
 */

/** One labelled MSRP pair. */
export interface MsrpPair {
  readonly label: 0 | 1;
  readonly idA: string;
  readonly idB: string;
  readonly a: string;
  readonly b: string;
}

/** The three splits described in the corpus README. */
export type MsrpSplit = 'train' | 'dev' | 'test';

/** Raised when an MSRP file is missing or malformed. */
export class MsrpFormatError extends Error {
  override readonly name = 'MsrpFormatError';
}

/** The MSRP folder: `$MSRP_DIR`, else `../shared/data/msrp` next to the repository. */
export function resolveMsrpDir(): string {
  const fromEnvironment = process.env['MSRP_DIR'];
  if (fromEnvironment !== undefined && fromEnvironment !== '') return resolve(fromEnvironment);
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return resolve(repoRoot, '..', 'shared', 'data', 'msrp');
}

/** Parses one MSRP file: a BOM, a header row, then `Quality  #1 ID  #2 ID  #1 String  #2 String` rows. */
export function parseMsrp(content: string, file: string): MsrpPair[] {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const pairs: MsrpPair[] = [];
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return;
    for (const fields of splitRecords(line.split('\t'))) {
      pairs.push(parseRecord(fields, `${file}:${index + 2}`));
    }
  });
  return pairs;
}

/**
 * The rows of one line. One line of the training file holds two rows because a line break is missing
 * (the second row's quality digit is glued to the end of the first row's last string); such a line is
 * split back into its two rows rather than dropped.
 */
function splitRecords(fields: readonly string[]): Array<readonly string[]> {
  const last = fields[4];
  if (fields.length === 9 && last !== undefined && /[01]$/.test(last)) {
    return [
      [...fields.slice(0, 4), last.slice(0, -1)],
      [last.slice(-1), ...fields.slice(5)],
    ];
  }
  return [fields];
}

/** One row's fields as a pair. */
function parseRecord(fields: readonly string[], where: string): MsrpPair {
  const [quality, idA, idB, a, b] = fields;
  if (fields.length !== 5 || idA === undefined || idB === undefined || a === undefined || b === undefined) {
    throw new MsrpFormatError(`${where}: expected 5 tab-separated fields, got ${fields.length}`);
  }
  if (quality !== '0' && quality !== '1') throw new MsrpFormatError(`${where}: quality must be 0 or 1`);
  return { label: quality === '1' ? 1 : 0, idA, idB, a, b };
}

/** Reads one split from the MSRP folder. */
export function readMsrpSplit(split: MsrpSplit, dir: string = resolveMsrpDir()): MsrpPair[] {
  const file = join(dir, `msr_paraphrase_${split}.txt`);
  return parseMsrp(readFileSync(file, 'utf8'), file);
}
