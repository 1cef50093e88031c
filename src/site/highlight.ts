/** A piece of text, marked when it is one of the values to highlight. */
export interface TextPiece {
  readonly text: string;
  readonly marked: boolean;
}

/**
 * Splits a text into pieces so that every occurrence of the given values is its own marked piece
 * (longest value first where two overlap). The pieces joined give back the text unchanged.
 */
export function highlightValues(text: string, values: readonly string[]): TextPiece[] {
  const needles = [...new Set(values.filter((v) => v.trim() !== ''))].sort((a, b) => b.length - a.length);
  const marks: [number, number][] = [];
  for (const needle of needles) {
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (!marks.some(([s, e]) => at < e && end > s)) marks.push([at, end]);
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  const pieces: TextPiece[] = [];
  let cursor = 0;
  for (const [start, end] of marks) {
    if (start > cursor) pieces.push({ text: text.slice(cursor, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), marked: false });
  return pieces;
}
