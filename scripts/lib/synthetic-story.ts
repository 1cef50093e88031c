import type { RawReportFile, RawStory, StorySlug } from '../../src/pipeline/types.ts';
import { createRandom, randomIndex } from './seeded-random.ts';

/**
 * Synthetic stories for benchmarks: any number of reports made by recombining the lines of real ones.
 * Each synthetic report follows one real report (cycling through them), keeps most of its lines in order
 * with a few neighbouring lines swapped, drops some, borrows a few lines from other reports, and deletes
 * one word from some lines, so that texts repeat the real claims without being byte copies (identical
 * reports would be set aside by ingest as duplicates). Deterministic for a given seed.
 */

/** Settings for `makeSyntheticStory`; every field may be left out. */
export interface SyntheticStoryOptions {
  readonly seed?: number | undefined;
  /** Share of a base report's lines left out. Default 0.15. */
  readonly dropRate?: number | undefined;
  /** Lines borrowed from other reports, per report. Default 3. */
  readonly borrowed?: number | undefined;
  /** Share of lines that lose one word. Default 0.5. */
  readonly editRate?: number | undefined;
}

/** Deletes one word (not the first) from a line, so copies of a line are not identical. */
function deleteWord(line: string, random: () => number): string {
  const words = line.split(' ');
  if (words.length < 4) return line;
  const index = 1 + randomIndex(random, words.length - 1);
  return [...words.slice(0, index), ...words.slice(index + 1)].join(' ');
}

/** Builds a story of `reports` reports from the lines of `source`'s reports. */
export function makeSyntheticStory(source: RawStory, reports: number, options?: SyntheticStoryOptions): RawStory {
  const random = createRandom(options?.seed ?? 7);
  const dropRate = options?.dropRate ?? 0.15;
  const borrowed = options?.borrowed ?? 3;
  const editRate = options?.editRate ?? 0.5;
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const bases = source.files.map((file) =>
    decoder
      .decode(file.bytes)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  );
  if (bases.length === 0) throw new RangeError('the source story has no reports');
  const allLines = bases.flat();
  const width = String(reports).length;

  const files: RawReportFile[] = [];
  for (let r = 0; r < reports; r += 1) {
    const base = bases[r % bases.length] ?? [];
    // The first line (often a headline) stays first; body lines may be dropped or swapped with a neighbour.
    const [first, ...rest] = base;
    const body = rest.filter(() => random() >= dropRate);
    for (let i = 0; i + 1 < body.length; i += 1) {
      if (random() < 0.15) [body[i], body[i + 1]] = [body[i + 1] ?? '', body[i] ?? ''];
    }
    for (let k = 0; k < borrowed; k += 1) {
      body.splice(randomIndex(random, body.length + 1), 0, allLines[randomIndex(random, allLines.length)] ?? '');
    }
    const lines = [first ?? '', ...body].map((line, index) =>
      index > 0 && random() < editRate ? deleteWord(line, random) : line,
    );
    files.push({
      name: `${String(r).padStart(width, '0')}_synthetic.txt`,
      bytes: encoder.encode(`${lines.join('\n')}\n`),
    });
  }
  return {
    slug: `synthetic-${reports}` as StorySlug,
    location: `synthetic/${reports}`,
    metadata: { reports: {} },
    files,
  };
}
