import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedPageMarks, finishMarksGeneration, startMarksGeneration, type MarksCacheLocation } from '../../src/integrity/marks-cache.ts';
import type { PageMarks } from '../../src/integrity/page-marks.ts';

const marks: PageMarks = {
  quotes: [{ source: 'harbour-fire/a.txt', sentence: 'a-p1-s1', text: 'The fire spread quickly.' }],
  links: [],
  ids: new Set(['main', 'a-p1-s1']),
};

/** A fresh cache location with code version `version`. */
function freshCache(version = 'v1'): MarksCacheLocation {
  return { root: join(mkdtempSync(join(tmpdir(), 'parallax-marks-')), 'marks'), version };
}

/** Reads a page's marks through the cache in one generation, counting how often the page is parsed. */
function readThrough(cache: MarksCacheLocation, pages: readonly (readonly [string, string])[]): { parsed: number; results: PageMarks[] } {
  let parsed = 0;
  startMarksGeneration(cache);
  const results = pages.map(([path, html]) =>
    cachedPageMarks(cache, path, html, () => {
      parsed += 1;
      return marks;
    }),
  );
  finishMarksGeneration(cache);
  return { parsed, results };
}

describe('cachedPageMarks', () => {
  it('parses a page once and reads its marks back, ids as a set, while its path and HTML are unchanged', () => {
    const cache = freshCache();
    expect(readThrough(cache, [['/a/', '<p>one</p>']]).parsed).toBe(1);
    const again = readThrough(cache, [['/a/', '<p>one</p>']]);
    expect(again.parsed).toBe(0);
    expect(again.results[0]).toEqual(marks);
    expect(again.results[0]?.ids.has('a-p1-s1')).toBe(true);
  });

  it('parses again a page whose HTML or path changed, or when the code that reads marks changed', () => {
    const cache = freshCache();
    readThrough(cache, [['/a/', '<p>one</p>']]);
    expect(readThrough(cache, [['/a/', '<p>one!</p>']]).parsed).toBe(1);
    expect(readThrough(cache, [['/b/', '<p>one!</p>']]).parsed).toBe(1);
    expect(readThrough({ ...cache, version: 'v2' }, [['/b/', '<p>one!</p>']]).parsed).toBe(1);
  });

  it('keeps only the pages of the last check', () => {
    const cache = freshCache();
    readThrough(cache, [['/a/', 'A'], ['/b/', 'B']]);
    readThrough(cache, [['/a/', 'A']]);
    const stored = readdirSync(join(cache.root, 'current')).flatMap((folder) => readdirSync(join(cache.root, 'current', folder)));
    expect(stored).toHaveLength(1);
    expect(readThrough(cache, [['/b/', 'B']]).parsed).toBe(1);
  });
});
