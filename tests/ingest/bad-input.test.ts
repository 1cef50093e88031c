import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestError, MAX_REPORT_BYTES, ingestStory, parseStoryMetadata } from '../../src/pipeline/ingest/index.ts';
import { readStoriesRoot, readStoryFolder } from '../../src/pipeline/ingest/read-story-folder.ts';
import { segmentStory } from '../../src/pipeline/segment/index.ts';
import { rawStoryOf } from '../helpers/stories.ts';

describe('bad input to ingest', () => {
  it('keeps an empty file as a report with a warning instead of failing', () => {
    const story = ingestStory(rawStoryOf({ 'a.txt': 'The vote passed.', 'empty.txt': '' }));
    const empty = story.reports.find((r) => r.file === 'empty.txt');
    expect(empty?.blocks).toEqual([]);
    expect(empty?.warnings.map(({ file, line }) => ({ file, line }))).toEqual([{ file: 'fixtures/fixture/empty.txt', line: undefined }]);
  });

  it('keeps a file with only page furniture, classified, with a warning that it has no body', () => {
    const [report] = ingestStory(rawStoryOf({ 'f.txt': 'Last Updated:\n(with inputs from agencies)\n' })).reports;
    expect(report?.blocks.map((b) => b.kind)).toEqual(['boilerplate', 'boilerplate']);
    expect(report?.warnings.map(({ file, line }) => ({ file, line }))).toEqual([{ file: 'fixtures/fixture/f.txt', line: 1 }]);
  });

  it('names the file and byte offset of invalid UTF-8', () => {
    const raw = rawStoryOf({ 'bad.txt': new Uint8Array([0x41, 0x0a, 0x42, 0xc3, 0x28]) });
    expect(() => ingestStory(raw)).toThrow('fixtures/fixture/bad.txt:2, byte 3: invalid UTF-8');
  });

  it('reads a CRLF file with a BOM with the same blocks as its LF twin', () => {
    const lf = 'Council Approves Budget\nThe council approved the budget.\n';
    const crlf = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(lf.replace(/\n/g, '\r\n'))]);
    const [a, b] = ingestStory(rawStoryOf({ 'a.txt': lf, 'b.txt': crlf })).reports;
    expect(b?.text).toBe(a?.text);
    expect(b?.blocks).toEqual(a?.blocks);
  });

  it('flags a report whose text repeats an earlier report', () => {
    const story = ingestStory(rawStoryOf({ 'a.txt': 'The vote passed.\n', 'b.txt': 'The vote  passed.\r\n' }));
    expect(story.reports[1]?.duplicateOf).toBe('a');
    expect(story.reports[0]?.duplicateOf).toBeUndefined();
  });

  it.each([
    ['an empty file', '', 'empty-file'],
    ['a whitespace-only file', '  \n\t\n', 'whitespace-only'],
    ['a file with only page furniture', 'Last Updated:\n(with inputs from agencies)\n', 'no-body-text'],
    ['a copy of the first report', 'The vote passed.\n', 'duplicate'],
  ])('gives the warning on %s the code %s', (_, text, code) => {
    const [, report] = ingestStory(rawStoryOf({ 'a.txt': 'The vote passed.\n', 'b.txt': text })).reports;
    expect(report?.warnings.map((warning) => warning.code)).toEqual([code]);
  });

  it('segments a report just under the size limit without failing', () => {
    const paragraph = 'The council met on Monday. It approved a budget of 4.5 million euros after a long debate, officials said.\n';
    const count = Math.floor(MAX_REPORT_BYTES / paragraph.length);
    const story = segmentStory(ingestStory(rawStoryOf({ 'big.txt': paragraph.repeat(count) })));
    expect(story.reports[0]?.sentences.length).toBe(2 * count);
  }, 60_000);

  it('refuses a report over the size limit, naming the file, its size and the limit', () => {
    const raw = rawStoryOf({ 'a.txt': 'The vote passed.\n', 'huge.txt': new Uint8Array(5_242_880).fill(0x61) });
    expect(() => ingestStory(raw)).toThrow(
      new IngestError(
        { file: 'fixtures/fixture/huge.txt' },
        'the report is 5.2 MB (5,242,880 bytes), over the limit of 2 MB (2,000,000 bytes) for one report; split it into several reports or shorten it',
      ),
    );
  });

  it('accepts a report of exactly the size limit', () => {
    const raw = rawStoryOf({ 'edge.txt': new Uint8Array(MAX_REPORT_BYTES).fill(0x61) });
    expect(ingestStory(raw).reports[0]?.text.length).toBe(MAX_REPORT_BYTES);
  });

  it('keeps HTML in article text as plain text', () => {
    const story = segmentStory(ingestStory(rawStoryOf({ 'h.txt': 'The page said <script>alert(1)</script> and <b>more</b>.' })));
    expect(story.reports[0]?.sentences[0]?.text).toBe('The page said <script>alert(1)</script> and <b>more</b>.');
  });

  it('turns file names with spaces, non-ASCII letters or dots into safe, distinct ids', () => {
    const story = ingestStory(
      rawStoryOf({ 'Über Bericht.txt': 'A.', '../../etc/passwd.txt': 'B.', 'uber bericht.txt': 'C.', '日本.txt': 'D.' }),
    );
    const ids = story.reports.map((r) => r.id);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(ids).size).toBe(4);
    expect(ids).toContain('etc-passwd');
  });
});

describe('story folders on disk', () => {
  const makeStory = (files: Record<string, string>) => {
    const root = mkdtempSync(join(tmpdir(), 'parallax-ingest-'));
    const dir = join(root, 'My Story!');
    mkdirSync(dir);
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return { root, dir };
  };

  it('slugs the folder name and reads only .txt reports and story.yaml', () => {
    const { dir } = makeStory({ 'a.txt': 'One.', 'notes.md': '# not a report', 'story.yaml': 'title: A story\n' });
    const raw = readStoryFolder(dir, dir);
    expect(raw.slug).toBe('my-story');
    expect(raw.files.map((f) => f.name)).toEqual(['a.txt']);
    expect(raw.metadata.title).toBe('A story');
  });

  it('rejects a story folder without reports, naming the folder', () => {
    const { root } = makeStory({ 'story.yaml': 'title: Empty\n' });
    expect(() => readStoriesRoot(root, root)).toThrow(/My Story!: the story folder has no \.txt report files/);
  });
});

describe('story.yaml', () => {
  it('reads per-report metadata keyed by file name', () => {
    const meta = parseStoryMetadata('s/story.yaml', 'title: T\nreports:\n  a.txt:\n    outlet: Gazette\n    published: 2024-12-05\n', ['a.txt']);
    expect(meta).toEqual({ title: 'T', reports: { 'a.txt': { outlet: 'Gazette', published: '2024-12-05' } } });
  });

  it('rejects an unknown key, naming the file, line and key', () => {
    expect(() => parseStoryMetadata('s/story.yaml', 'title: T\nauthor: Me\n', [])).toThrow(/^s\/story\.yaml:2, key "author": unknown key "author"/);
  });

  it('rejects a javascript: URL, naming the file and key', () => {
    const yaml = 'reports:\n  a.txt:\n    url: "javascript:alert(1)"\n';
    expect(() => parseStoryMetadata('s/story.yaml', yaml, ['a.txt'])).toThrow(/s\/story\.yaml:3, key "reports\.a\.txt\.url": must be an absolute http/);
  });

  it('rejects a wrong type, naming the key', () => {
    expect(() => parseStoryMetadata('s/story.yaml', 'title: [1, 2]\n', [])).toThrow(/key "title"/);
  });

  it('rejects metadata for a file that is not in the folder', () => {
    expect(() => parseStoryMetadata('s/story.yaml', 'reports:\n  missing.txt:\n    outlet: X\n', ['a.txt'])).toThrow(
      /s\/story\.yaml:2, key "reports\.missing\.txt": names a report file that is not in the folder/,
    );
  });

  it('reports invalid YAML with its line', () => {
    expect(() => parseStoryMetadata('s/story.yaml', 'title: "open\n', [])).toThrow(IngestError);
  });
});
