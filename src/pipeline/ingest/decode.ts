import { IngestError } from './ingest-error.ts';

const BOM = 0xfeff;

/**
 * Finds the byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid.
 * `TextDecoder` with `fatal: true` only says *that* decoding failed; users need to know *where*.
 * Follows the well-formed byte sequences table of the Unicode Standard (ch. 3, table 3-7).
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i] ?? 0;
    if (b0 < 0x80) {
      i += 1;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b0 >= 0xc2 && b0 <= 0xdf) length = 2;
    else if (b0 >= 0xe0 && b0 <= 0xef) {
      length = 3;
      if (b0 === 0xe0) low = 0xa0;
      if (b0 === 0xed) high = 0x9f;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      length = 4;
      if (b0 === 0xf0) low = 0x90;
      if (b0 === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const b = bytes[i + k];
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (b === undefined || b < min || b > max) return i;
    }
    i += length;
  }
  return -1;
}

/** Counts the line (1-based) that a byte offset falls on, for error messages. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** A byte order other than UTF-8's that a text file can be saved in, as `iconv` names it. */
export type WideEncoding = 'UTF-16LE' | 'UTF-16BE' | 'UTF-32LE' | 'UTF-32BE';

/** A file found to be UTF-16 or UTF-32, and whether a byte-order mark said so (else the pattern of NULs did). */
export interface WideText {
  readonly encoding: WideEncoding;
  readonly byteOrderMark: boolean;
}

/** How much of a file is looked at to tell UTF-16 without a byte-order mark: enough lines of text, whatever the file's size. */
const SNIFF_BYTES = 4096;

/**
 * Recognises a file saved as UTF-16 or UTF-32 (Windows Notepad's "Unicode", Excel's "Unicode text"):
 * by its byte-order mark (UTF-32 `FF FE 00 00` / `00 00 FE FF`, checked first because UTF-16's
 * `FF FE` / `FE FF` starts the same way), else by NUL bytes that stand at every other position, as
 * the high (or low) byte of each Latin letter, digit and space does in UTF-16. Binary files have NULs
 * at both even and odd positions, so they are not taken for text. Returns undefined for anything else.
 */
export function detectWideEncoding(bytes: Uint8Array): WideText | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00) return { encoding: 'UTF-32LE', byteOrderMark: true };
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) return { encoding: 'UTF-32BE', byteOrderMark: true };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'UTF-16LE', byteOrderMark: true };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'UTF-16BE', byteOrderMark: true };
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 8) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  // At least a quarter of the characters are ASCII (spaces alone make up about a sixth of a text), and
  // NULs on the other side are rare (a character such as U+0100 puts one there).
  const enough = length / 2 / 4;
  if (oddNuls >= enough && evenNuls * 16 <= oddNuls) return { encoding: 'UTF-16LE', byteOrderMark: false };
  if (evenNuls >= enough && oddNuls * 16 <= evenNuls) return { encoding: 'UTF-16BE', byteOrderMark: false };
  return undefined;
}

/** Explains a wide encoding and how to convert the file, for the error that rejects it. */
function describeWideEncoding({ encoding, byteOrderMark }: WideText): string {
  const family = encoding.slice(0, 6);
  const order = encoding.endsWith('LE') ? 'little-endian' : 'big-endian';
  const evidence = byteOrderMark ? 'it starts with a byte-order mark' : 'every other byte is NUL';
  // With a byte-order mark, iconv reads the byte order from it; without one, it must be told.
  const from = byteOrderMark ? family : encoding;
  return (
    `looks like ${family} (${order}: ${evidence}), not UTF-8; convert it to UTF-8, e.g. ` +
    `\`iconv -f ${from} -t UTF-8 in.txt > out.txt\`, or save it as "UTF-8" in your editor`
  );
}

/**
 * Checks that a file's bytes are UTF-8 text and decodes them, dropping a UTF-8 byte-order mark.
 * Rejects, naming the file: UTF-16 and UTF-32 (saying so and how to convert), invalid UTF-8 (with
 * line and byte offset) and NUL bytes (binary files). Used for reports and for `story.yaml`.
 */
export function decodeUtf8Text(file: string, bytes: Uint8Array): string {
  const wide = detectWideEncoding(bytes);
  if (wide !== undefined) throw new IngestError({ file }, describeWideEncoding(wide));
  const invalidAt = findInvalidUtf8(bytes);
  if (invalidAt >= 0) {
    const byte = (bytes[invalidAt] ?? 0).toString(16).padStart(2, '0');
    throw new IngestError(
      { file, line: lineOfByte(bytes, invalidAt), byteOffset: invalidAt },
      `invalid UTF-8 (byte 0x${byte}); save the file as UTF-8`,
    );
  }
  const nulAt = bytes.indexOf(0);
  if (nulAt >= 0) {
    throw new IngestError(
      { file, line: lineOfByte(bytes, nulAt), byteOffset: nulAt },
      'contains a NUL byte; this looks like a binary file, not plain text',
    );
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === BOM ? text.slice(1) : text;
}

/**
 * Decodes a report file to text (see `decodeUtf8Text` for what is rejected), then normalises CRLF
 * and lone CR line ends to LF and the text to Unicode NFC, so that every later offset is into one
 * canonical string.
 */
export function decodeReportText(file: string, bytes: Uint8Array): string {
  return decodeUtf8Text(file, bytes).replace(/\r\n?/g, '\n').normalize('NFC');
}
