import { describe, expect, it } from 'vitest';
import { IngestError, decodeReportText, detectWideEncoding, findInvalidUtf8 } from '../../src/pipeline/ingest/index.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const encode = (text: string) => new TextEncoder().encode(text);

describe('decodeReportText', () => {
  it('strips a UTF-8 byte-order mark', () => {
    expect(decodeReportText('a.txt', bytes(0xef, 0xbb, 0xbf, 0x48, 0x69))).toBe('Hi');
  });

  it('turns CRLF and lone CR line ends into LF', () => {
    expect(decodeReportText('a.txt', encode('one\r\ntwo\rthree\n'))).toBe('one\ntwo\nthree\n');
  });

  it('normalises text to NFC so that offsets refer to one canonical string', () => {
    expect(decodeReportText('a.txt', encode('Cafe\u0301'))).toBe('Caf\u00e9');
  });

  it('rejects invalid UTF-8 with the file, line and byte offset', () => {
    const input = new Uint8Array([...encode('fine\nstill fine\nbad '), 0xff, ...encode(' byte')]);
    expect(() => decodeReportText('stories/x/a.txt', input)).toThrow(IngestError);
    expect(() => decodeReportText('stories/x/a.txt', input)).toThrow(/^stories\/x\/a\.txt:3, byte 20: invalid UTF-8 \(byte 0xff\)/);
  });

  it('rejects a truncated multi-byte sequence at the end of the file', () => {
    expect(() => decodeReportText('a.txt', bytes(0x41, 0xe2, 0x80))).toThrow(/byte 1/);
  });

  it('rejects a file with a NUL byte as binary', () => {
    expect(() => decodeReportText('a.txt', bytes(0x41, 0x00, 0x42))).toThrow(/a\.txt:1, byte 1: contains a NUL byte/);
  });
});

describe('findInvalidUtf8', () => {
  it('accepts valid one- to four-byte sequences', () => {
    expect(findInvalidUtf8(encode('a é — 😀'))).toBe(-1);
  });

  it('rejects overlong encodings and UTF-16 surrogates', () => {
    expect(findInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0);
    expect(findInvalidUtf8(bytes(0x41, 0xed, 0xa0, 0x80))).toBe(1);
  });
});

describe('files saved as UTF-16 or UTF-32', () => {
  const text = 'Council Approves Budget\nThe council approved the budget.\n';
  const utf16le = (s: string) => [...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
  const utf16be = (s: string) => [...s].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]);
  const utf32le = (s: string) => [...s].flatMap((c) => [c.charCodeAt(0), 0, 0, 0]);

  it('names a UTF-16 file with a byte-order mark and says how to convert it', () => {
    const input = new Uint8Array([0xff, 0xfe, ...utf16le(text)]);
    expect(() => decodeReportText('stories/x/a.txt', input)).toThrow(
      'stories/x/a.txt: looks like UTF-16 (little-endian: it starts with a byte-order mark), not UTF-8; convert it to UTF-8, e.g. `iconv -f UTF-16 -t UTF-8 in.txt > out.txt`, or save it as "UTF-8" in your editor',
    );
  });

  it('recognises big-endian UTF-16 by its byte-order mark', () => {
    expect(() => decodeReportText('a.txt', new Uint8Array([0xfe, 0xff, ...utf16be(text)]))).toThrow(/looks like UTF-16 \(big-endian/);
  });

  it('recognises UTF-16 without a byte-order mark by its NULs and names the byte order iconv needs', () => {
    expect(() => decodeReportText('a.txt', new Uint8Array(utf16le(text)))).toThrow(/looks like UTF-16 \(little-endian: every other byte is NUL\).*iconv -f UTF-16LE -t UTF-8/);
    expect(() => decodeReportText('a.txt', new Uint8Array(utf16be(text)))).toThrow(/iconv -f UTF-16BE -t UTF-8/);
  });

  it('recognises UTF-32 by its byte-order mark', () => {
    expect(() => decodeReportText('a.txt', new Uint8Array([0xff, 0xfe, 0, 0, ...utf32le(text)]))).toThrow(/looks like UTF-32 \(little-endian.*iconv -f UTF-32 -t UTF-8/);
    expect(detectWideEncoding(new Uint8Array([0, 0, 0xfe, 0xff, 0, 0, 0, 0x41]))).toEqual({ encoding: 'UTF-32BE', byteOrderMark: true });
  });

  it('still calls a file with NULs at even and odd offsets binary, not UTF-16', () => {
    const binary = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x3e, 0x00]);
    expect(detectWideEncoding(binary)).toBeUndefined();
    expect(() => decodeReportText('a.txt', binary)).toThrow(/contains a NUL byte; this looks like a binary file/);
  });

  it('leaves UTF-8 text alone', () => {
    expect(detectWideEncoding(encode(text))).toBeUndefined();
  });
});
