/**
 * Writes the hand-written fixture story of `tests/fixtures/known-story/spec.ts` as a story folder
 * (one report file per outlet, claims in spec order, plus story.yaml): by default into
 * `tests/fixtures/site-stories/marlow-bridge/`, where the site tests build it.
 * Run after changing the spec: `node scripts/make-known-story.ts [target-folder]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lookUpOwn } from '../src/pipeline/look-up-own.ts';
import { KNOWN_CLAIMS, KNOWN_REPORTS } from '../tests/fixtures/known-story/spec.ts';

/** The text of one report: headline, then each claim it carries as a paragraph of its own. */
export function knownReportText(file: string): string {
  const report = KNOWN_REPORTS.find((r) => r.file === file);
  if (!report) throw new Error(`no report ${file} in the spec`);
  const paragraphs = KNOWN_CLAIMS.flatMap((claim) => lookUpOwn(claim.wordings, file) ?? []);
  return `${report.headline}\n${paragraphs.join('\n')}\n`;
}

/** The story.yaml of the fixture story. */
export function knownStoryYaml(): string {
  const lines = ['title: Bridge collapse in Marlow (hand-written test story)', 'reports:'];
  for (const report of KNOWN_REPORTS) {
    lines.push(`  ${report.file}:`, `    outlet: ${report.outlet}`, `    published: ${report.published}`, '    language: en');
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.main) {
  const target = resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'tests', 'fixtures', 'site-stories', 'marlow-bridge'));
  mkdirSync(target, { recursive: true });
  for (const report of KNOWN_REPORTS) writeFileSync(join(target, report.file), knownReportText(report.file));
  writeFileSync(join(target, 'story.yaml'), knownStoryYaml());
  console.log(`wrote ${KNOWN_REPORTS.length} reports and story.yaml to ${target}`);
}
