import { describe, expect, it } from 'vitest';
import { IngestError, decodeReportText, findInvalidUtf8 } from '../../src/pipeline/ingest/index.ts';

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
