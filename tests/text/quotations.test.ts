import { describe, expect, it } from 'vitest';
import { type OpenQuotation, outermostQuotations, scanQuotations, spokenQuotations } from '../../src/pipeline/text/quotations.ts';

/** The quoted text of each quotation no other holds. */
function quoted(text: string, carried?: readonly OpenQuotation[]): string[] {
  return outermostQuotations(scanQuotations(text, carried)).map((quotation) => text.slice(quotation.start, quotation.end));
}

describe('scanQuotations', () => {
  it.each([
    ['curly marks', 'The army said it left “to preserve lives” after clashes.', ['to preserve lives']],
    ['straight marks', 'He said "we will return" and left.', ['we will return']],
    ['guillemets', 'Le ministre a dit «nous partons» hier.', ['nous partons']],
    ['low-9 marks closed by a left mark', 'Er sagte „wir gehen“ und ging.', ['wir gehen']],
    ['Danish guillemets facing inwards', 'Han sagde »vi går« og gik.', ['vi går']],
    ['single curly marks', 'Ginsburg criticised over ‘inappropriate’ comments', ['inappropriate']],
    ['single straight marks of a headline', "Minister calls cuts 'a disgrace' in letter", ['a disgrace']],
    ['typewriter doubled marks', "Officials called it an ``ugly'' forecast.", ['ugly']],
    ['two quotations', 'He called it “a blow” because “they could not”.', ['a blow', 'they could not']],
  ])('reads %s', (_, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it.each([
    ['an apostrophe inside a word', 'Assad’s forces left O\'Brien’s house.'],
    ['a plural possessive', 'Police were called by Waters’ wife.'],
    ['an elided decade', 'It was the best band of the ’90s, he said.'],
    ['a single mark that never closes', "We rock 'n roll all night."],
  ])('reads no quotation in %s', (_, text) => {
    expect(quoted(text)).toEqual([]);
  });

  it('reads a quotation nested in another, one level deeper', () => {
    const text = '“The world tells us, ‘Wait. There’s still time.’ And I say: for what?”';
    const scan = scanQuotations(text);
    expect(scan.quotations.map((q) => [q.depth, q.style, text.slice(q.start, q.end)])).toEqual([
      [0, 'double', 'The world tells us, ‘Wait. There’s still time.’ And I say: for what?'],
      [1, 'single', 'Wait. There’s still time.'],
    ]);
    expect(scan.balanced).toBe(true);
  });

  it('closes a nested quotation with the one around it when rebuilt text swaps their marks', () => {
    const text = '“I kept thinking, ‘This cannot be happening.”’ she said.';
    expect(scanQuotations(text).quotations.map((q) => text.slice(q.start, q.end))).toEqual([
      'I kept thinking, ‘This cannot be happening.',
      'This cannot be happening.',
    ]);
  });

  it('reads a quotation of three sentences as one', () => {
    const text = '“The city will not fall. We have the men. We have the will,” the general said.';
    const scan = scanQuotations(text);
    expect(quoted(text)).toEqual(['The city will not fall. We have the men. We have the will,']);
    expect(scan.balanced).toBe(true);
  });

  it('carries a quotation open at the end of one sentence into the next', () => {
    const first = scanQuotations('“The city will not fall.');
    expect(first.open).toEqual([{ style: 'double' }]);
    const second = 'We have the men,” the general said.';
    expect(quoted(second, first.open)).toEqual(['We have the men,']);
    expect(scanQuotations(second, first.open).balanced).toBe(true);
  });

  it('runs a double quotation still open to the end of the text', () => {
    expect(quoted('He said: “We will return to the city.')).toEqual(['We will return to the city.']);
  });

  it('reads a closing mark with nothing open as the end of a quotation begun before the text', () => {
    const text = 'It was a sad day,” said a neighbour.';
    expect(quoted(text)).toEqual(['It was a sad day,']);
    expect(scanQuotations(text).balanced).toBe(false);
  });

  it('reads a straight mark where quotations close, with nothing open, as the end of one begun before', () => {
    expect(quoted("I never blamed anyone,'' said the officer.")).toEqual(['I never blamed anyone,']);
  });

  it('reads an opening-shaped mark where a quotation closes as its closing mark', () => {
    const text = '“Here comes the orchestra “, the host said.';
    expect(quoted(text)).toEqual(['Here comes the orchestra ']);
    expect(scanQuotations(text).balanced).toBe(false);
  });

  it('reads a straight closing mark pushed past a space as closing the text before the space', () => {
    const text = 'The boy was shot with an "improvised firearm. "The father was dead.';
    expect(quoted(text)).toEqual(['improvised firearm.']);
    expect(scanQuotations(text).balanced).toBe(false);
  });

  it('reads typewriter doubled marks as a double quotation', () => {
    expect(quoted("''The bridge was unsafe,\" Inspector Lane said.")).toEqual(['The bridge was unsafe,']);
  });

  it('says a text whose every mark pairs up is balanced', () => {
    expect(scanQuotations('He said "yes" and “no”.').balanced).toBe(true);
  });

  it('says a text with a quotation left open is not balanced', () => {
    expect(scanQuotations('He said "yes and left.').balanced).toBe(false);
  });

  it('gives offsets of the marks around each quotation', () => {
    const [quotation] = scanQuotations('a “b” c').quotations;
    expect(quotation).toEqual({ style: 'double', depth: 0, openMark: 2, closeMark: 4, start: 3, end: 4 });
  });
});

describe('spokenQuotations', () => {
  const verbs = new Set(['said', 'told']);
  const spoken = (text: string) => spokenQuotations(scanQuotations(text), text, verbs).map(({ start, end }) => text.slice(start, end));

  it('keeps the outermost quotations with words in them', () => {
    expect(spoken('The mayor called it “a temporary closure” and answered “…” twice.')).toEqual(['a temporary closure']);
  });

  it('drops a span that opens with a lower-case speech verb and a capitalised name: a misplaced mark, not a quotation', () => {
    // Rebuilt corpus text: the closing mark pushed past a space before the attribution, no opening mark.
    expect(spoken('The ferries stayed in port, "said Captain Ines Moreau, the harbour master. The crews waited," said Captain Moreau.')).toEqual([]);
  });

  it('keeps a quotation that opens with a speech verb followed by a lower-case word', () => {
    expect(spoken('She wrote that he had "said nothing at all" about it.')).toEqual(['said nothing at all']);
  });
});
