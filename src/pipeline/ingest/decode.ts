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

/**
 * Decodes a report file to text: rejects invalid UTF-8 and binary files with the file, line and
 * byte offset; strips a byte-order mark; normalises CRLF and lone CR line ends to LF and the text
 * to Unicode NFC, so that every later offset is into one canonical string.
 */
export function decodeReportText(file: string, bytes: Uint8Array): string {
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
      'contains a NUL byte; this looks like a binary file, not a plain-text report',
    );
  }
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === BOM) text = text.slice(1);
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}
