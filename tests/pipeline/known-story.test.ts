import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownReportText, knownStoryYaml } from '../../scripts/make-known-story.ts';
import { readStoryFolder } from '../../src/pipeline/ingest/read-story-folder.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { KNOWN_CLAIMS, KNOWN_REPORTS } from '../fixtures/known-story/spec.ts';

const folder = resolve(import.meta.dirname, '../fixtures/site-stories/marlow-bridge');
const story = runPipeline(readStoryFolder(folder));
const sentenceOf = (file: string, text: string) =>
  story.reports.find((r) => r.file === file)?.sentences.find((s) => s.text === text);
const claimsOf = (sentenceId: string | undefined) => story.claims.filter((c) => sentenceId !== undefined && (c.sentences as readonly string[]).includes(sentenceId));

describe('the hand-written Marlow bridge story', () => {
  it('is on disk exactly as scripts/make-known-story.ts writes it (run it after changing the spec)', () => {
    for (const report of KNOWN_REPORTS) expect(readFileSync(join(folder, report.file), 'utf8')).toBe(knownReportText(report.file));
    expect(readFileSync(join(folder, 'story.yaml'), 'utf8')).toBe(knownStoryYaml());
  });

  it.each(KNOWN_CLAIMS.filter((c) => Object.keys(c.wordings).length > 1).map((c) => [c.id, c] as const))(
    'puts every wording of the claim “%s” into one claim',
    (_id, claim) => {
      const ids = Object.entries(claim.wordings).map(([file, text]) => sentenceOf(file, text)?.id);
      const [first, ...rest] = ids;
      const shared = claimsOf(first).filter((c) => rest.every((id) => id !== undefined && c.sentences.includes(id)));
      expect(shared.length, `${claim.id}: ${ids.join(', ')}`).toBeGreaterThan(0);
    },
  );

  it('never puts wordings of two different known claims into one claim', () => {
    const owner = new Map<string, string>();
    for (const claim of KNOWN_CLAIMS) {
      for (const [file, text] of Object.entries(claim.wordings)) {
        const id = sentenceOf(file, text)?.id;
        if (id) owner.set(id, claim.id);
      }
    }
    expect(owner.size).toBe(KNOWN_CLAIMS.flatMap((claim) => Object.keys(claim.wordings)).length);
    for (const claim of story.claims) {
      const owners = new Set(claim.sentences.flatMap((id) => owner.get(id) ?? []));
      expect(owners.size, `${claim.summary}: ${[...owners].join(', ')}`).toBeLessThanOrEqual(1);
    }
  });

  it.each(KNOWN_CLAIMS.flatMap((c) => (c.expect ?? []).map((e) => [c.id, e.kind, e.severity, c] as const)))(
    'reports on the claim “%s” a %s finding of severity %s (coverage kinds as a coverage note)',
    (_id, kind, severity, claim) => {
      const ids = Object.entries(claim.wordings).flatMap(([file, text]) => sentenceOf(file, text)?.id ?? []);
      // A claim only one report carries is coverage, not a discrepancy (issue #16), and has no severity.
      const notes = story.coverage.map((note) => ({ kind: note.kind as string, severity, sentences: note.sentences }));
      const found = [...story.discrepancies, ...notes].filter((d) => d.kind === kind && d.severity === severity && ids.some((id) => d.sentences.includes(id)));
      expect(found.length, `${claim.id}: ${JSON.stringify(story.discrepancies.map((d) => [d.kind, d.severity, d.summary]))}`).toBeGreaterThan(0);
    },
  );

  it.each(KNOWN_CLAIMS.filter((c) => c.agrees === true).map((c) => [c.id, c] as const))(
    'flags no number discrepancy on the claim “%s”, whose values agree',
    (_id, claim) => {
      const ids = Object.entries(claim.wordings).flatMap(([file, text]) => sentenceOf(file, text)?.id ?? []);
      expect(ids).toHaveLength(Object.keys(claim.wordings).length);
      expect(story.discrepancies.filter((d) => d.kind === 'number' && ids.some((id) => d.sentences.includes(id)))).toEqual([]);
    },
  );

  it('quotes every discrepancy value exactly as it stands in its sentence', () => {
    const text = new Map<string, string>(story.reports.flatMap((r) => r.sentences.map((s) => [s.id, s.text] as const)));
    expect(story.discrepancies.length).toBeGreaterThan(0);
    for (const d of story.discrepancies) {
      for (const [id, value] of Object.entries(d.values)) expect(text.get(id), `${d.id} ${id}`).toContain(value);
    }
  });
});
