import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, inject, it } from 'vitest';
import { readPages } from '../helpers/built-site.ts';

const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../schemas/comparison.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

interface Exported {
  sources: { id: string; url: string; text: string }[];
  sentences: { id: string; source: string; text: string; url: string }[];
  claims: { id: string; sentences: string[]; url: string; speakers: { sentence: string; text: string; start: number; end: number }[] }[];
  discrepancies: { sentences: string[]; url: string }[];
}

/** Resolves every `url` of an export against the built site: the page must exist and hold the anchor. */
function unresolvedUrls(outDir: string, data: Exported): string[] {
  const anchorsByPath = new Map(readPages(outDir).map((page) => [page.path, new Set(page.root.querySelectorAll('[id]').map((el) => el.id))]));
  const urls = [...data.sources, ...data.sentences, ...data.claims, ...data.discrepancies].map((item) => item.url);
  return urls.filter((url) => {
    const [path = '', fragment] = url.split('#');
    const anchors = anchorsByPath.get(path);
    return anchors === undefined || (fragment !== undefined && !anchors.has(decodeURIComponent(fragment)));
  });
}

describe.each([
  ['contentSite', 'hama'],
  ['fixtureSite', 'harbour-fire'],
] as const)('comparison.json of %s/%s', (site, slug) => {
  const outDir = inject(site);
  const data = JSON.parse(readFileSync(join(outDir, 'stories', slug, 'comparison.json'), 'utf8')) as Exported;

  it('validates against the committed JSON Schema', () => {
    const valid = validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('has sentences, each pointing at a source of the export', () => {
    const sources = new Set(data.sources.map((s) => s.id));
    expect(data.sentences.length).toBeGreaterThan(0);
    for (const sentence of data.sentences) expect(sources.has(sentence.source)).toBe(true);
  });

  it('has only URLs that resolve to a built page and anchor', () => {
    expect(unresolvedUrls(outDir, data)).toEqual([]);
  });

  it('lists in claims and discrepancies only sentence ids that the export contains', () => {
    const ids = new Set(data.sentences.map((s) => s.id));
    for (const item of [...data.claims, ...data.discrepancies]) for (const id of item.sentences) expect(ids.has(id), id).toBe(true);
  });

  it('gives each claim speaker as its report’s exact words, inside a sentence of the claim', () => {
    const sentenceById = new Map(data.sentences.map((sentence) => [sentence.id, sentence]));
    const textOf = new Map(data.sources.map((source) => [source.id, source.text]));
    expect(data.claims.some((claim) => claim.speakers.length > 0)).toBe(true);
    for (const claim of data.claims) {
      for (const speaker of claim.speakers) {
        const sentence = sentenceById.get(speaker.sentence);
        expect(claim.sentences).toContain(speaker.sentence);
        expect(textOf.get(sentence?.source ?? '')?.slice(speaker.start, speaker.end)).toBe(speaker.text);
      }
    }
  });
});
