import { diffTokens, splitForDiff } from '../pipeline/text/diff.ts';

/** One piece of a sentence in a word-level comparison: unchanged, or only in this sentence. */
export interface DiffPiece {
  readonly op: 'equal' | 'insert' | 'delete';
  readonly text: string;
}

/** Both sides of a word-level comparison; each side's pieces join to that sentence's exact text. */
export interface SideBySideDiff {
  readonly left: readonly DiffPiece[];
  readonly right: readonly DiffPiece[];
}

const fold = (token: string) => (/^\s+$/.test(token) ? ' ' : token.toLowerCase().replace(/[“”]/g, '"').replace(/[‘’]/g, "'"));

/**
 * Word-level difference of two sentences with the diff adapter (`text/diff.ts`) over our own tokens (jsdiff's
 * docs warn its built-in word splitting is naive). Words compare case-insensitively and curly and
 * straight quotes compare equal, so only real wording changes are marked; each side still shows
 * its own exact characters.
 */
export function diffWordsForDisplay(left: string, right: string): SideBySideDiff {
  // Joining the pieces gives each text back, so each side shows its own characters.
  const leftTokens = splitForDiff(left).map((token) => token.text);
  const rightTokens = splitForDiff(right).map((token) => token.text);
  const changes = diffTokens(leftTokens.map(fold), rightTokens.map(fold));
  const leftPieces: DiffPiece[] = [];
  const rightPieces: DiffPiece[] = [];
  let li = 0;
  let ri = 0;
  for (const change of changes) {
    const count = change.tokens.length;
    if (change.op === 'insert') {
      rightPieces.push({ op: 'insert', text: rightTokens.slice(ri, ri + count).join('') });
      ri += count;
    } else if (change.op === 'delete') {
      leftPieces.push({ op: 'delete', text: leftTokens.slice(li, li + count).join('') });
      li += count;
    } else {
      leftPieces.push({ op: 'equal', text: leftTokens.slice(li, li + count).join('') });
      rightPieces.push({ op: 'equal', text: rightTokens.slice(ri, ri + count).join('') });
      li += count;
      ri += count;
    }
  }
  return { left: mergeWhitespace(leftPieces), right: mergeWhitespace(rightPieces) };
}

/** Folds a change that is only whitespace into the unchanged text around it, so spaces are never marked. */
function mergeWhitespace(pieces: readonly DiffPiece[]): DiffPiece[] {
  const merged: DiffPiece[] = [];
  for (const piece of pieces) {
    const op = piece.text.trim() === '' ? 'equal' : piece.op;
    const last = merged.at(-1);
    if (last && last.op === op) merged[merged.length - 1] = { op, text: last.text + piece.text };
    else merged.push({ op, text: piece.text });
  }
  return merged;
}
