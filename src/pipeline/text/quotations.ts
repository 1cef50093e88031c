/**
 * The one quotation scanner: every stage (sentence repair, alignment, comparison, provenance) reads
 * quotations through it, so a quotation one stage sees the next cannot miss. It accepts every quotation
 * mark that English news copy and text rebuilt from other languages use: curly (“ ” ‘ ’), straight (" '),
 * guillemets (« » ‹ ›) and low-9 marks („ ‚), nested quotations (“… ‘…’ …”), quotations that run over
 * several sentences (a scan can carry on where the previous text of a paragraph stopped), and the
 * wrong-facing marks of rebuilt text (`the orchestra “, the comedian said`; `an "improvised firearm. "The boy's`).
 */

/** Double marks (“ ” " „ « ») delimit a quotation; single ones (‘ ’ ' ‚ ‹ ›) usually a quotation inside one. */
export type QuotationStyle = 'double' | 'single';

/** One quotation of a text. Offsets are UTF-16 code units into the scanned text, end exclusive. */
export interface Quotation {
  readonly style: QuotationStyle;
  /** 0 for a quotation in running text, 1 for one inside another, and so on. */
  readonly depth: number;
  /** Offset of the opening mark; undefined when the quotation began before the text (see `scanQuotations`). */
  readonly openMark: number | undefined;
  /** Offset of the closing mark; undefined when the quotation is still open where the text ends. */
  readonly closeMark: number | undefined;
  /** The quoted text is `text.slice(start, end)`: from after the opening mark to before the closing one. */
  readonly start: number;
  readonly end: number;
}

/** A quotation still open at the end of a text, to be carried into the next text of the same paragraph. */
export interface OpenQuotation {
  readonly style: QuotationStyle;
}

/** What `scanQuotations` found in one text. */
export interface QuotationScan {
  /** Every quotation, nested ones included, in text order (by `start`, outer before inner). */
  readonly quotations: readonly Quotation[];
  /** Double quotations still open at the end of the text, outermost first. */
  readonly open: readonly OpenQuotation[];
  /**
   * Every double quotation opened in the text was closed in it, and every closing mark closed one that
   * was opened in it (or carried in): no stray mark had to be guessed at.
   */
  readonly balanced: boolean;
}

/** What a mark's shape says about the way it faces; straight marks face both ways. */
type Facing = 'opening' | 'closing' | 'either';

// „ and ‚ (German, Polish, Czech) are closed by “ and ‘, and Danish copy writes »…«: the shape of an
// opening mark only says which way it faces where the text around it agrees (see `scanQuotations`).
const MARKS: ReadonlyMap<string, { readonly style: QuotationStyle; readonly facing: Facing }> = new Map([
  ['“', { style: 'double', facing: 'opening' }],
  ['„', { style: 'double', facing: 'opening' }],
  ['‟', { style: 'double', facing: 'opening' }],
  ['«', { style: 'double', facing: 'opening' }],
  ['”', { style: 'double', facing: 'closing' }],
  ['»', { style: 'double', facing: 'closing' }],
  ['"', { style: 'double', facing: 'either' }],
  ['‘', { style: 'single', facing: 'opening' }],
  ['‚', { style: 'single', facing: 'opening' }],
  ['‛', { style: 'single', facing: 'opening' }],
  ['‹', { style: 'single', facing: 'opening' }],
  ['’', { style: 'single', facing: 'closing' }],
  ['›', { style: 'single', facing: 'closing' }],
  ["'", { style: 'single', facing: 'either' }],
  ['`', { style: 'single', facing: 'opening' }],
]);

// Typewriter and Penn Treebank copy (MSRP, ECB+) writes double marks as two single ones: ``quoted''.
const DOUBLED: ReadonlyMap<string, { readonly style: QuotationStyle; readonly facing: Facing }> = new Map([
  ['``', { style: 'double', facing: 'opening' }],
  ["''", { style: 'double', facing: 'either' }],
]);

const isSpace = (char: string | undefined): boolean => char === undefined || /\s/u.test(char);
const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);
/** Punctuation that ends a clause; a quotation never starts with one ("the orchestra “, the host said"). */
const isClauseEnd = (char: string | undefined): boolean => char !== undefined && /[,.;:!?)\]}]/u.test(char);

/**
 * Where a mark stands says which way it faces, whatever its shape: after a space, an opening bracket, a
 * dash or another mark and before a word, it opens; after a word or punctuation and before a space,
 * punctuation or the end, it closes. The contexts are SmartyPants' (John Gruber, 2002), the heuristic
 * typesetters use to turn straight quotes into curly ones; a mark between a space and a clause-ending
 * punctuation mark closes, as rebuilt text writes "the orchestra “, the host said".
 */
function placeOf(before: string | undefined, after: string | undefined): 'opening' | 'closing' | 'unclear' {
  const afterOpener = isSpace(before) || /[([{\u2014\u2013/-]/u.test(before ?? '') || MARKS.has(before ?? '');
  const opens = afterOpener && !isSpace(after) && !isClauseEnd(after);
  const closes = (!isSpace(before) && !isWordChar(after)) || isClauseEnd(after);
  if (opens === closes) return 'unclear';
  return opens ? 'opening' : 'closing';
}

interface Opened {
  readonly style: QuotationStyle;
  readonly openMark: number | undefined;
  /** Characters the opening mark takes: 1, or 2 for ``. */
  readonly width: number;
  readonly depth: number;
  /** Index of its entry in the result list, filled in when it closes. */
  readonly slot: number;
}

/**
 * Finds the quotations of `text`. `carried` are the quotations still open at the end of the previous text
 * of the same paragraph (`QuotationScan.open`), so a quotation of several sentences is read sentence by
 * sentence; a closing mark with no quotation open closes one begun before the text all the same.
 *
 * A straight double mark closes the open double quotation if there is one, the reading that also fits
 * the closing marks that rebuilt text pushes past a space (`an "improvised firearm. "The boy's`, GVC);
 * with none open it opens one, unless it stands where quotations close (`a victim,'' said Perry`, MSRP).
 * A curly or angled mark faces the way its shape says unless where it stands says otherwise: an opening
 * shape where quotations close closes (`the orchestra “, the comedian said`, ECB+), a closing shape before
 * a word with nothing open opens (`”We`). A double mark that opens while a double quotation is open ends
 * the first one there. Single marks are apostrophes as often as quotation marks (`Assad’s`, `’90s`,
 * `Waters’ wife`), so a single quotation only counts when it closes: by its own mark, or by the closing
 * mark of the quotation around it. Every mark read against its shape or place makes the scan unbalanced.
 */
export function scanQuotations(text: string, carried: readonly OpenQuotation[] = []): QuotationScan {
  const found: (Quotation | undefined)[] = [];
  const stack: Opened[] = [];
  let balanced = true;

  const open = (style: QuotationStyle, openMark: number | undefined, width = 1): void => {
    stack.push({ style, openMark, width, depth: stack.length, slot: found.length });
    found.push(undefined);
  };
  // Closes the quotation at stack index `index` and, implicitly, every quotation opened inside it.
  const close = (index: number, closeMark: number | undefined, end: number): void => {
    for (const opened of stack.splice(index).reverse()) {
      found[opened.slot] = {
        style: opened.style,
        depth: opened.depth,
        openMark: opened.openMark,
        closeMark,
        start: opened.openMark === undefined ? 0 : opened.openMark + opened.width,
        end,
      };
    }
  };
  // A closing mark with no quotation open: the quotation began before this text.
  const closeBegunBefore = (closeMark: number): void => {
    found.push({ style: 'double', depth: 0, openMark: undefined, closeMark, start: 0, end: closeMark });
  };

  for (const { style } of carried) open(style, undefined);
  for (let index = 0; index < text.length; index += 1) {
    const doubled = DOUBLED.get(text.slice(index, index + 2));
    const mark = doubled ?? MARKS.get(text[index] ?? '');
    if (mark === undefined) continue;
    const width = doubled === undefined ? 1 : 2;
    const before = text[index - 1];
    const after = text[index + width];
    const place = placeOf(before, after);
    const at = index;
    index += width - 1;
    if (mark.style === 'single') {
      // An apostrophe inside a word ("Assad’s", "O'Brien") is never a quotation mark.
      if (isWordChar(before) && isWordChar(after)) continue;
      const singleOnTop = stack.at(-1)?.style === 'single';
      if (singleOnTop && place === 'closing') close(stack.length - 1, at, at);
      else if (place === 'opening' && mark.facing !== 'closing') open('single', at);
      // Anything else is an apostrophe: "’90s", "Waters’ wife", "rock 'n' roll".
      continue;
    }
    const double = stack.findLastIndex((opened) => opened.style === 'double');
    if (mark.facing === 'either') {
      if (double >= 0 && isSpace(before)) {
        // Pushed past a space by rebuilt text ("firearm. "The"): it closes the text before the space.
        close(double, at, trimmedEnd(text, at));
        balanced = false;
      } else if (double >= 0) {
        close(double, at, at);
      } else if (place === 'closing') {
        closeBegunBefore(at);
        balanced = false;
      } else {
        open('double', at, width);
      }
    } else if (mark.facing === 'opening') {
      if (place === 'closing') {
        if (double >= 0) close(double, at, at);
        else closeBegunBefore(at);
        balanced = false;
      } else {
        if (double >= 0) {
          // A new quotation while one is open: the open one ends here.
          close(double, undefined, at);
          balanced = false;
        }
        open('double', at, width);
      }
    } else if (double >= 0) {
      close(double, at, at);
    } else {
      if (place === 'opening') open('double', at, width);
      else closeBegunBefore(at);
      balanced = false;
    }
  }

  // A double quotation still open runs to the end of the text (quoted paragraphs often do); a single
  // one is taken for an apostrophe, and so is every mark it opened.
  const firstSingle = stack.findIndex((opened) => opened.style === 'single');
  for (const opened of firstSingle < 0 ? [] : stack.splice(firstSingle)) {
    found[opened.slot] = undefined;
    if (opened.style === 'double') balanced = false;
  }
  const stillOpen = stack.map(({ style }) => ({ style }));
  if (stillOpen.length > 0) balanced = false;
  close(0, undefined, text.length);
  const quotations = found.filter((quotation) => quotation !== undefined).sort((a, b) => a.start - b.start || a.depth - b.depth);
  return { quotations, open: stillOpen, balanced };
}

/** Offset just after the last non-space character before `index`. */
function trimmedEnd(text: string, index: number): number {
  let end = index;
  while (end > 0 && isSpace(text[end - 1])) end -= 1;
  return end;
}

/** The quotations of a scan that no other quotation holds: the spans a reader sees as quoted. */
export function outermostQuotations(scan: QuotationScan): Quotation[] {
  return scan.quotations.filter((quotation) => quotation.depth === 0);
}

/**
 * The quotations of a scan a reader takes as someone's quoted words: the outermost ones (`outermostQuotations`)
 * that have a letter or digit in them and do not open with an attribution ("said Captain Rao, …": a lower-case
 * verb of `verbs` then a capitalised word). No quotation opens so; rebuilt corpus text that pushed a closing mark
 * past a space (`boarding action, "said Captain …. … action," said Captain …`, ECB+) makes the scanner open one
 * there, and the span would set the attribution and the next sentence against other reports' quotations (issue
 * #16 review).
 */
export function spokenQuotations(scan: QuotationScan, text: string, verbs: ReadonlySet<string>): Quotation[] {
  return outermostQuotations(scan).filter((quotation) => {
    const quoted = text.slice(quotation.start, quotation.end);
    return /[\p{L}\p{N}]/u.test(quoted) && !opensWithAttribution(quoted, verbs);
  });
}

/** Whether quoted text begins with a lower-case verb of `verbs` followed by a capitalised word. */
function opensWithAttribution(quoted: string, verbs: ReadonlySet<string>): boolean {
  const [verb, next] = quoted.trimStart().split(/\s+/u);
  return verb !== undefined && next !== undefined && verbs.has(verb) && /^\p{Lu}/u.test(next);
}

/** A piece of text that can be a word of an attribution: letters, with inner dots, apostrophes and hyphens ("U.S.", "O'Neil"). */
const ATTRIBUTION_WORD = /^[\p{L}.’'-]+$/u;

/**
 * Whether the text between two quotations of one sentence is only an attribution, so that the two are the
 * halves of one split quotation: up to five words, a verb of `verbs` (as written, lower case), up to four
 * words after it, with commas or colons only at its ends ("“We urge him,” he said, “to keep …”"). It must
 * end with a comma or a colon, as the second half of a split quotation is introduced: without one, the
 * marks after it quote something else, such as a show's name ("finding,” Trump told NBC's “Today” show",
 * BASIL; issue #16 review).
 */
export function isSplitQuotationAttribution(between: string, verbs: ReadonlySet<string>): boolean {
  if (!/[,:]\s*$/u.test(between)) return false;
  const core = between.replace(/^[\s,]+/u, '').replace(/[\s,:]+$/u, '');
  const words = core === '' ? [] : core.split(/\s+/u);
  if (!words.every((word) => ATTRIBUTION_WORD.test(word))) return false;
  return words.some((word, index) => verbs.has(word) && index <= 5 && words.length - index - 1 <= 4);
}
