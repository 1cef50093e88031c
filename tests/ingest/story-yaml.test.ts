import { describe, expect, it } from 'vitest';
import { IngestError, parseStoryMetadata } from '../../src/pipeline/ingest/index.ts';
import { MAX_YAML_ALIASES } from '../../src/pipeline/ingest/yaml-document.ts';

/** Parses a story.yaml for a folder holding `a.txt` and `b.txt`. */
const parse = (yaml: string) => parseStoryMetadata('s/story.yaml', yaml, ['a.txt', 'b.txt']);

/** Whatever `parse` throws, or undefined. */
function thrown(yaml: string): unknown {
  try {
    parse(yaml);
    return undefined;
  } catch (error) {
    return error;
  }
}

/** A "billion laughs" file: nine levels of nine aliases each expand to 9⁹ strings. */
const ALIAS_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((name, i) => {
    const previous = String.fromCharCode('a'.charCodeAt(0) + i);
    return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`;
  }),
].join('\n');

describe('story.yaml that attacks or trips the YAML parser', () => {
  it('rejects an alias bomb quickly as an IngestError naming the file and the line of the first alias', () => {
    const started = performance.now();
    const error = thrown(ALIAS_BOMB);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as Error).message).toBe(
      `s/story.yaml:2: its YAML aliases (*name) expand to too much data (more than ${MAX_YAML_ALIASES} copies), as in a "billion laughs" attack; write the values out instead of using aliases`,
    );
  });

  it('still accepts a few aliases, such as one outlet entry reused', () => {
    expect(parse('reports:\n  a.txt: &gazette\n    outlet: Gazette\n  b.txt: *gazette\n').reports).toEqual({
      'a.txt': { outlet: 'Gazette' },
      'b.txt': { outlet: 'Gazette' },
    });
  });

  it('rejects an alias to an anchor that does not exist as an IngestError naming the file and line', () => {
    const error = thrown('title: T\npublished: *nowhere\n');
    expect(error).toBeInstanceOf(IngestError);
    expect((error as Error).message).toMatch(/^s\/story\.yaml:2: could not be read as YAML \(ReferenceError: Unresolved alias/);
  });

  it('rejects nesting deep enough to overflow the parser as an IngestError naming the file', () => {
    const error = thrown(`title: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as Error).message).toMatch(/^s\/story\.yaml(:\d+)?: /);
  });

  it.each([
    ['a repeated key', 'title: A\ntitle: B\n', /^s\/story\.yaml:2: not valid YAML: Map keys must be unique/],
    ['two documents', 'title: A\n---\ntitle: B\n', /^s\/story\.yaml:2: not valid YAML: Source contains multiple documents/],
    ['an unclosed quote', 'title: "open\n', /^s\/story\.yaml:2: not valid YAML: Missing closing "quote/],
    ['a list instead of a mapping', '- a\n- b\n', /^s\/story\.yaml: Invalid input: expected object/],
    ['binary data', 'title: !!binary aGVsbG8=\n', /^s\/story\.yaml:1, key "title": Invalid input: expected string/],
  ])('rejects %s as an IngestError naming the file', (_name, yaml, message) => {
    const error = thrown(yaml);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as Error).message).toMatch(message);
  });
});

describe('dates in story.yaml', () => {
  it.each(['2024-02-30', '2023-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00', '1900-02-29'])(
    'rejects the story date %s, naming the file, line and key',
    (date) => {
      expect(() => parse(`title: T\npublished: ${date}\n`)).toThrow(new RegExp(`^s/story\\.yaml:2, key "published": ${date} is not a real calendar date`));
    },
  );

  it('says which days the month has', () => {
    expect(() => parse('published: 2023-02-29\n')).toThrow('2023-02-29 is not a real calendar date: February 2023 has days 01 to 28');
    expect(() => parse('published: 2024-13-01\n')).toThrow('2024-13-01 is not a real calendar date: there is no month 13');
  });

  it('rejects an impossible per-report date, pointing at its own line rather than the story date', () => {
    const yaml = 'title: T\npublished: 2024-03-01\nreports:\n  a.txt:\n    outlet: Gazette\n    published: 2024-04-31\n';
    expect(() => parse(yaml)).toThrow(/^s\/story\.yaml:6, key "reports\.a\.txt\.published": 2024-04-31 is not a real calendar date: April 2024 has days 01 to 30/);
  });

  it.each(['2024-02-29', '2000-02-29', '2024-12-31', '2024-12-05T14:00:00Z', '2024-12-05 23:59:59.5+05:30'])('accepts the real date %s', (date) => {
    expect(parse(`published: "${date}"\n`).published).toBe(date);
  });

  it.each(['2024-12-05T24:00', '2024-12-05T12:60', '2024-12-05T12:00+25:00'])('rejects the impossible time %s', (date) => {
    expect(() => parse(`published: "${date}"\n`)).toThrow(/^s\/story\.yaml:1, key "published": /);
  });

  it('rejects a date that is not in ISO form', () => {
    expect(() => parse('published: 5 December 2024\n')).toThrow(/key "published": must be an ISO date such as 2024-12-05/);
  });
});
