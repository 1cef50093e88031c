import { describe, expect, it } from 'vitest';
import { ingestStory } from '../../src/pipeline/ingest/index.ts';
import { knownLanguageTag, segmentStory } from '../../src/pipeline/segment/index.ts';
import { segmentedHama } from '../helpers/hama.ts';
import { rawStoryOf } from '../helpers/stories.ts';

const FRENCH =
  "Les rebelles syriens ont pris jeudi le contrôle de la ville de Hama, selon l'armée. Le gouvernement a annoncé le retrait de ses troupes hors de la ville pour préserver les civils. Des milliers d'habitants ont fui vers le sud pendant la nuit, selon une organisation de défense des droits de l'homme basée au Royaume-Uni.";
const ENGLISH =
  'Syrian rebels took control of the city of Hama on Thursday, the army said. The government announced that its troops had withdrawn from the city to protect civilians. Thousands of residents fled south during the night, according to a monitoring group based in Britain.';

describe('report language', () => {
  it('takes a French report for not English and says so in a warning', () => {
    const [english, french] = segmentStory(ingestStory(rawStoryOf({ 'a.txt': ENGLISH, 'b.txt': FRENCH }))).reports;
    expect(english?.language).toMatchObject({ english: true, tag: 'en', source: 'detected' });
    expect(french?.language).toMatchObject({ english: false, tag: 'und', source: 'detected' });
    expect(english?.warnings).toEqual([]);
    expect(french?.warnings.map((warning) => warning.file)).toEqual(['fixtures/fixture/b.txt']);
  });

  it('gives the warning on a report not in English the code not-english', () => {
    const [, french] = segmentStory(ingestStory(rawStoryOf({ 'a.txt': ENGLISH, 'b.txt': FRENCH }))).reports;
    expect(french?.warnings.map((warning) => warning.code)).toEqual(['not-english']);
  });

  it('trusts the language declared in story.yaml', () => {
    const raw = rawStoryOf({ 'a.txt': ENGLISH });
    const story = segmentStory(ingestStory({ ...raw, metadata: { reports: { 'a.txt': { language: 'de' } } } }));
    expect(story.reports[0]?.language).toMatchObject({ english: false, tag: 'de', source: 'declared' });
  });

  it('reads all five Hama reports as English', () => {
    expect(segmentedHama().reports.map((report) => report.language.english)).toEqual([true, true, true, true, true]);
  });
});

const ARABIC =
  'قال مسؤولون محليون إن الفيضانات غمرت أكثر من مئتي منزل في المدينة يوم الجمعة. واستخدم رجال الإنقاذ القوارب للوصول إلى السكان العالقين. وأعلنت السلطات إغلاق الطرق المؤدية إلى الوادي حتى يوم الاثنين.';

describe('report language and direction', () => {
  it('gives an Arabic report declared ar in story.yaml the tag ar and the direction rtl', () => {
    const raw = rawStoryOf({ 'a.txt': ARABIC });
    const story = segmentStory(ingestStory({ ...raw, metadata: { reports: { 'a.txt': { language: 'ar' } } } }));
    expect(story.reports[0]?.language).toEqual({ tag: 'ar', english: false, source: 'declared', englishShare: 0, script: 'Arab', direction: 'rtl' });
  });

  it('detects an Arabic report without story.yaml as ar, right to left, and leaves it out of the comparison', () => {
    const [report] = segmentStory(ingestStory(rawStoryOf({ 'a.txt': ARABIC }))).reports;
    expect(report?.language).toEqual({ tag: 'ar', english: false, source: 'detected', englishShare: 0, script: 'Arab', direction: 'rtl' });
    expect(report?.warnings.map((warning) => [warning.file, warning.code])).toEqual([['fixtures/fixture/a.txt', 'not-english']]);
  });

  it('takes a report too short to judge by its words for not English when its script is not Latin', () => {
    const [report] = segmentStory(ingestStory(rawStoryOf({ 'a.txt': 'غمرت المياه المدينة.' }))).reports;
    expect(report?.language).toMatchObject({ tag: 'und-Arab', english: false, source: 'detected', direction: 'rtl' });
  });

  it('tags a Latin report that is not English und, written left to right', () => {
    const [, french] = segmentStory(ingestStory(rawStoryOf({ 'a.txt': ENGLISH, 'b.txt': FRENCH }))).reports;
    expect(french?.language).toMatchObject({ tag: 'und', script: 'Latn', direction: 'ltr' });
    expect(knownLanguageTag(french?.language ?? { tag: 'und' })).toBeUndefined();
  });

  it('keeps a short Latin report English for the aligner but does not call it en', () => {
    const [report] = segmentStory(ingestStory(rawStoryOf({ 'a.txt': 'The council met.' }))).reports;
    expect(report?.language).toMatchObject({ tag: 'und', english: true, source: 'too-short', direction: 'ltr' });
  });

  it('takes the direction of a report without letters from its declared language', () => {
    const raw = rawStoryOf({ 'a.txt': '2024 — 12:30' });
    const story = segmentStory(ingestStory({ ...raw, metadata: { reports: { 'a.txt': { language: 'he' } } } }));
    expect(story.reports[0]?.language).toMatchObject({ tag: 'he', direction: 'rtl' });
    expect(segmentStory(ingestStory(raw)).reports[0]?.language.direction).toBe('auto');
  });
});
