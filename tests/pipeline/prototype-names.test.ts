/**
 * Names that a plain object answers from Object.prototype ("constructor", "toString", "__proto__" …) are
 * ordinary words, file names and report keys to this project. Every dictionary keyed by text is fed each
 * of them, as written and in lower case (the tokenizers lower-case words before looking them up).
 */
import { describe, expect, it } from 'vitest';
import { baseFormCandidates, irregularVerbBase } from '../../src/pipeline/align/words/morphy.ts';
import { createWordLexicon, wordKey } from '../../src/pipeline/align/words/word-relations.ts';
import { WORDNET_POS, getWordNet } from '../../src/pipeline/align/words/wordnet.ts';
import { sideOf } from '../../src/pipeline/text/speakers.ts';
import { extractNameMentions } from '../../src/pipeline/compare/facts/name-mentions.ts';
import { extractQuantities } from '../../src/pipeline/compare/facts/quantities.ts';
import { IngestError } from '../../src/pipeline/ingest/ingest-error.ts';
import { parseStoryMetadata } from '../../src/pipeline/ingest/story-metadata.ts';
import { lookUpUnit } from '../../src/pipeline/lexicon/en/units.ts';
import { lookUpOwn } from '../../src/pipeline/look-up-own.ts';
import {
  analyseWords,
  foldSpelling,
  isAlignmentStopWord,
  isCompactStopWord,
  isNegationWord,
  stemWord,
  tokenize,
} from '../../src/pipeline/text/index.ts';
import { isNumberWord, readFigure, readTokenNumbers } from '../../src/pipeline/text/numbers.ts';
import { scanTokens } from '../../src/pipeline/text/scan-tokens.ts';
import type { StoryGold } from '../../src/eval/coreference-gold.ts';
import { scoreStory, type ScoredSentence } from '../../src/eval/pair-score.ts';
import { segmentText } from '../helpers/stories.ts';

/** Every property a plain object inherits, plus "prototype" (a property of functions). */
const PROTOTYPE_NAMES = [...Object.getOwnPropertyNames(Object.prototype), 'prototype'];
/** The names as written and in lower case, each once. */
const WORDS = [...new Set(PROTOTYPE_NAMES.flatMap((name) => [name, name.toLowerCase()]))];

describe.each(WORDS)('the word “%s”', (word) => {
  it('is no irregular verb form and its base-form candidates are strings, the word first', () => {
    expect(irregularVerbBase(word)).toBeUndefined();
    for (const pos of WORDNET_POS) {
      const candidates = baseFormCandidates(word, pos);
      expect(candidates[0]).toBe(word);
      for (const candidate of candidates) expect(typeof candidate).toBe('string');
    }
  });

  it('gets a WordNet lexicon entry keyed by its own stem', () => {
    for (const pos of WORDNET_POS) for (const id of getWordNet().lookupSynsetIds(word, pos)) expect(id).toMatch(/^[nvar]\d{8}$/);
    const info = createWordLexicon(getWordNet()).wordInfo(word);
    expect(info.norm).toBe(word);
    expect(info.key).toBe(stemWord(word));
    expect(wordKey(word)).toBe(stemWord(word));
  });

  it('is no stop word, negation word, number word or unit', () => {
    expect(isAlignmentStopWord(word)).toBe(false);
    expect(isNegationWord(word)).toBe(false);
    expect(isCompactStopWord(word)).toBe(false);
    expect(isNumberWord(word)).toBe(false);
    expect(lookUpUnit([word])).toBeUndefined();
    expect(lookUpUnit([word, word, word])).toBeUndefined();
  });

  it('is read as no number and as no scale or unit after one', () => {
    expect(readTokenNumbers(analyseWords(`${word} thousand ${word}`))).toEqual([]);
    expect(readTokenNumbers(analyseWords(`12 ${word}`))).toEqual([{ value: 12, firstToken: 0, lastToken: 0 }]);
    expect(readFigure(scanTokens(`${word} thousand`), 0)).toBeUndefined();
    expect(extractQuantities(`The ${word} said ${word} miles of road were closed.`)).toEqual([]);
  });

  it('keeps its own text when tokenized, also with a negation clitic', () => {
    const tokens = analyseWords(`${word} ${word}n't`);
    expect(tokens.length).toBeGreaterThan(1);
    for (const token of tokens) expect(typeof token.norm).toBe('string');
    if (/^\p{L}+$/u.test(word)) {
      expect(analyseWords(`${word}n't`).map((token) => token.norm)).toEqual([word.toLowerCase(), 'not']);
      expect(tokenize(`${word}’s`).map((token) => token.key)).toEqual([`${word.toLowerCase()}'s`]);
    }
  });

  it('is no side of a conflict and folds to a string spelling', () => {
    expect(sideOf(word)).toBeUndefined();
    expect(typeof foldSpelling(word)).toBe('string');
    expect(typeof stemWord(word)).toBe('string');
  });

  it('is no title: a full stop after it ends the sentence, and a name after it is found', () => {
    const body = `Officials named ${word} Ahmad Khalil on Sunday. The report named ${word}. Khalil spoke to reporters on Monday.`;
    expect(segmentText(`Bridge to reopen\n${body}\n`).sentences.map((sentence) => sentence.text)).toEqual([
      'Bridge to reopen',
      `Officials named ${word} Ahmad Khalil on Sunday.`,
      `The report named ${word}.`,
      'Khalil spoke to reporters on Monday.',
    ]);
    expect(extractNameMentions(`Officials said ${word} met Ahmad Khalil.`).map((mention) => mention.text)).toContain('Ahmad Khalil');
  });

  it('is not an own value of an empty record', () => {
    expect(lookUpOwn({}, word)).toBeUndefined();
    expect(lookUpOwn(Object.fromEntries([[word, 'own']]), word)).toBe('own');
  });
});

describe('story.yaml report entries named like prototype properties', () => {
  const files = ['constructor.txt', '__proto__.txt', 'toString.txt', 'valueOf.txt'];

  it('are read for report files of those names', () => {
    const yaml = files.map((file, index) => `  ${file}:\n    outlet: Outlet ${index + 1}`).join('\n');
    const metadata = parseStoryMetadata('story.yaml', `reports:\n${yaml}\n`, files);
    expect(Object.keys(metadata.reports)).toEqual(files);
    expect(lookUpOwn(metadata.reports, '__proto__.txt')).toEqual({ outlet: 'Outlet 2' });
    expect(lookUpOwn(metadata.reports, 'constructor')).toBeUndefined();
  });

  it.each(PROTOTYPE_NAMES)('name no report file when the key is “%s”', (name) => {
    const read = () => parseStoryMetadata('story.yaml', `reports:\n  ${name}:\n    outlet: Nobody\n`, files);
    expect(read).toThrow(IngestError);
    expect(read).toThrow(/names a report file that is not in the folder/);
  });
});

describe('pair scoring of reports named like prototype properties', () => {
  it.each(PROTOTYPE_NAMES)('scores a report “%s” that the gold does not list as out of scope and unlinked', (name) => {
    const a: ScoredSentence = { report: 'a', text: 'The bridge will reopen on Monday, the constructor said.' };
    const other: ScoredSentence = { report: name, text: 'The bridge reopens on Monday, said the constructor.' };
    const gold: StoryGold = { files: { a: 'a.txt' }, scope: { a: [a.text] }, clusters: [{ id: 'C01', core: { a: [a.text] } }] };
    expect(scoreStory(gold, [[a, other]])).toMatchObject({ gold: 0, hit: 0, predicted: 0, correct: 0 });
    expect(scoreStory({ ...gold, scope: 'all' }, [[a, other]])).toMatchObject({ predicted: 1, correct: 0 });
  });
});
