/**
 * A whole story whose words, report file names and story.yaml keys are names a plain object answers from
 * Object.prototype ("The constructor said the bridge would reopen on Monday." once crashed the build with
 * `lemma.toLowerCase is not a function`). The pipeline must read them as ordinary words and names.
 */
import { describe, expect, it } from 'vitest';
import { storySchema } from '../../src/collections/story-schema.ts';
import { toComparisonExport } from '../../src/export/comparison-export.ts';
import { parseStoryMetadata } from '../../src/pipeline/ingest/story-metadata.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import type { ComparedStory } from '../../src/pipeline/types.ts';
import { rawStoryOf } from '../helpers/stories.ts';

/** Every property a plain object inherits, plus "prototype" (a property of functions). */
const PROTOTYPE_NAMES = [...Object.getOwnPropertyNames(Object.prototype), 'prototype'];

const CONSTRUCTOR_REPORT = `Marlow bridge to reopen on Monday
The constructor said the bridge would reopen on Monday.
Officials said toString and valueOf were the names of two programs that checked the bridge sensors.
An engineer said hasOwnProperty, isPrototypeOf and propertyIsEnumerable were also run before the reopening.
The prototype of the new deck was tested by the constructor for 12 weeks.
Engineers said __proto__, __defineGetter__, __defineSetter__, __lookupGetter__, __lookupSetter__ and toLocaleString were listed in the safety report.
`;
const PROTO_REPORT = `Bridge in Marlow reopens Monday
The bridge will reopen on Monday, the constructor said.
Officials said two programs, toString and valueOf, had checked the bridge sensors.
An engineer said hasOwnProperty, isPrototypeOf and propertyIsEnumerable had been run before the reopening.
The constructor tested a prototype of the new deck for 12 weeks.
`;
const TO_STRING_REPORT = `Marlow bridge reopening set for Monday
The constructor said on Friday that the bridge would reopen on Monday.
Officials said toString and valueOf were the two programs that checked the bridge sensors.
Engineers said __proto__, __defineGetter__, __defineSetter__, __lookupGetter__, __lookupSetter__ and toLocaleString were listed in the safety report.
`;

/** The three reports under the given file names (built entry by entry: a `__proto__` key in a literal sets the prototype). */
function filesNamed(constructorName: string, protoName: string, toStringName: string): Record<string, string> {
  return Object.fromEntries([
    [constructorName, CONSTRUCTOR_REPORT],
    [protoName, PROTO_REPORT],
    [toStringName, TO_STRING_REPORT],
  ]);
}

const FILES = ['constructor.txt', '__proto__.txt', 'toString.txt'] as const;
const YAML = `title: Marlow bridge
reports:
  constructor.txt:
    outlet: Constructor Weekly
    published: 2024-12-05
  __proto__.txt:
    outlet: Proto Post
  toString.txt:
    outlet: String Gazette
    language: en
`;

const story = runPipeline({ ...rawStoryOf(filesNamed(...FILES), 'marlow'), metadata: parseStoryMetadata('marlow/story.yaml', YAML, FILES) });

/** The sentence of a report (by file name) with exactly this text. */
function sentenceOf(compared: ComparedStory, file: string, text: string) {
  return compared.reports.find((report) => report.file === file)?.sentences.find((sentence) => sentence.text === text);
}

/** File names of the reports whose sentences share a claim with the given sentence. */
function filesAlignedWith(compared: ComparedStory, sentenceId: string | undefined): string[] {
  const claim = compared.claims.find((c) => sentenceId !== undefined && (c.sentences as readonly string[]).includes(sentenceId));
  const reportOf = new Map(compared.reports.flatMap((report) => report.sentences.map((s) => [s.id as string, report.file])));
  return [...new Set((claim?.sentences ?? []).map((id) => reportOf.get(id) ?? ''))].sort();
}

describe('a story whose words and file names are prototype property names', () => {
  it('runs through every stage, with report ids made from the file names', () => {
    expect(story.reports.map((report) => [report.file, report.id])).toEqual([
      ['__proto__.txt', 'proto'],
      ['constructor.txt', 'constructor'],
      ['toString.txt', 'tostring'],
    ]);
    expect(story.derivation?.reports).toEqual(['proto', 'constructor', 'tostring']);
  });

  it('segments the sentence with “constructor” as a body sentence and aligns it with its two retellings', () => {
    const sentence = sentenceOf(story, 'constructor.txt', 'The constructor said the bridge would reopen on Monday.');
    expect(sentence?.kind).toBe('body');
    expect(filesAlignedWith(story, sentence?.id)).toEqual(['__proto__.txt', 'constructor.txt', 'toString.txt']);
  });

  it('aligns the sentences that name toString and valueOf across all three reports', () => {
    const sentence = sentenceOf(story, 'toString.txt', 'Officials said toString and valueOf were the two programs that checked the bridge sensors.');
    expect(filesAlignedWith(story, sentence?.id)).toEqual(['__proto__.txt', 'constructor.txt', 'toString.txt']);
  });

  it('aligns the sentences that name __proto__ and the accessor methods in the two reports that carry them', () => {
    const text =
      'Engineers said __proto__, __defineGetter__, __defineSetter__, __lookupGetter__, __lookupSetter__ and toLocaleString were listed in the safety report.';
    expect(filesAlignedWith(story, sentenceOf(story, 'constructor.txt', text)?.id)).toEqual(['constructor.txt', 'toString.txt']);
  });

  it.each(PROTOTYPE_NAMES)('keeps “%s” as a word of a body sentence', (name) => {
    const words = story.reports.flatMap((report) => report.sentences.filter((s) => s.kind === 'body').flatMap((s) => s.text.split(/[\s,.]+/)));
    expect(words).toContain(name);
  });

  it('gives each report the story.yaml entry of its file name', () => {
    expect(story.reports.map((report) => report.metadata)).toEqual([
      { outlet: 'Proto Post' },
      { outlet: 'Constructor Weekly', published: '2024-12-05' },
      { outlet: 'String Gazette', language: 'en' },
    ]);
  });

  it('reaches the site data and the comparison export with those outlets', () => {
    const view = storySchema.parse(JSON.parse(JSON.stringify(story)));
    expect(Object.keys(view.metadata.reports).sort()).toEqual([...FILES].sort());
    expect(toComparisonExport(view).sources.map((source) => [source.id, source.outlet])).toEqual([
      ['proto', 'Proto Post'],
      ['constructor', 'Constructor Weekly'],
      ['tostring', 'String Gazette'],
    ]);
  });

  it('gives reports whose file names are exactly “constructor”, “__proto__” and “toString” no metadata when story.yaml has none', () => {
    const bare = runPipeline(rawStoryOf(filesNamed('constructor', '__proto__', 'toString')));
    expect(bare.reports.map((report) => report.id)).toEqual(['proto', 'constructor', 'tostring']);
    for (const report of bare.reports) expect(report.metadata).toStrictEqual({});
  });
});
