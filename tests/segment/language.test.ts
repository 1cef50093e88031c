import { describe, expect, it } from 'vitest';
import { ingestStory } from '../../src/pipeline/ingest/index.ts';
import { segmentStory } from '../../src/pipeline/segment/index.ts';
import { rawStoryOf, segmentHama } from '../helpers/stories.ts';

const FRENCH =
  "Les rebelles syriens ont pris jeudi le contrôle de la ville de Hama, selon l'armée. Le gouvernement a annoncé le retrait de ses troupes hors de la ville pour préserver les civils. Des milliers d'habitants ont fui vers le sud pendant la nuit, selon une organisation de défense des droits de l'homme basée au Royaume-Uni.";
const ENGLISH =
  'Syrian rebels took control of the city of Hama on Thursday, the army said. The government announced that its troops had withdrawn from the city to protect civilians. Thousands of residents fled south during the night, according to a monitoring group based in Britain.';

describe('report language', () => {
  it('takes a French report for not English and says so in a warning', () => {
    const [english, french] = segmentStory(ingestStory(rawStoryOf({ 'a.txt': ENGLISH, 'b.txt': FRENCH }))).reports;
    expect(english?.language).toMatchObject({ english: true, tag: 'en', source: 'detected' });
    expect(french?.language).toMatchObject({ english: false, tag: 'und', source: 'detected' });
    expect(french?.warnings.at(-1)?.message).toMatch(/not compared: the text does not read as English/);
  });

  it('trusts the language declared in story.yaml', () => {
    const raw = rawStoryOf({ 'a.txt': ENGLISH });
    const story = segmentStory(ingestStory({ ...raw, metadata: { reports: { 'a.txt': { language: 'de' } } } }));
    expect(story.reports[0]?.language).toMatchObject({ english: false, tag: 'de', source: 'declared' });
  });

  it('reads all five Hama reports as English', () => {
    for (const report of segmentHama().reports) expect(report.language.english, report.file).toBe(true);
  });
});
