import { skippedFiles, type StoryView } from '../site/story-view.ts';
import { DERIVATION_THRESHOLDS } from '../pipeline/provenance/verdict.ts';
import { claimPath, discrepancyPath, provenancePairPath, reportPath, sentencePath, storyPath } from '../site/routes.ts';
import { knownLanguageTag } from '../pipeline/segment/language.ts';
import type { SourceId, StorySlug } from '../pipeline/model/ids.ts';
import type { Corroboration } from '../site/corroboration.ts';
import { indexStory, speakerOfClaimSentence } from '../site/story-index.ts';
import { withoutUndefined } from '../pipeline/without-undefined.ts';
import { COMPARISON_SCHEMA_VERSION, type ComparisonExport } from './comparison-schema.ts';


/**
 * Builds the public `comparison.json` of a story: sources with their normalised text, every sentence
 * with its exact text, offsets and page URL, claims, discrepancies and the provenance analysis, each
 * with the URL that shows it on the site, and the files of the story folder that were not read.
 */
export function toComparisonExport(story: StoryView): ComparisonExport {
  const sourceOf = new Map(story.reports.flatMap((report) => report.sentences.map((s) => [s.id, report.id] as const)));
  const skipped = skippedFiles(story);
  const index = indexStory(story);
  return {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    story: {
      slug: story.slug,
      title: story.title,
      url: storyPath(story.slug),
      ...(skipped.length === 0 ? {} : { skippedFiles: skipped }),
    },
    sources: story.reports.map((report) => ({
      id: report.id,
      file: report.file,
      label: report.label,
      title: report.title,
      url: reportPath(story.slug, report.id),
      ...withoutUndefined({
        outlet: report.metadata.outlet,
        published: report.metadata.published,
        language: report.metadata.language,
        textLanguage: knownLanguageTag(report.language),
        script: report.language.script,
        originalUrl: report.metadata.url,
        duplicateOf: report.duplicateOf,
      }),
      direction: report.language.direction,
      text: report.text,
    })),
    sentences: story.reports.flatMap((report) =>
      report.sentences.map((sentence) => ({
        id: sentence.id,
        source: report.id,
        kind: sentence.kind,
        text: sentence.text,
        start: sentence.start,
        end: sentence.end,
        url: sentencePath(story.slug, report.id, sentence.id),
      })),
    ),
    claims: story.claims.map((claim) => ({
      id: claim.id,
      summary: claim.summary,
      sentences: [...claim.sentences],
      sources: [...claim.sources],
      ...corroborationExport(index.corroboration(claim)),
      speakers: claim.sentences.flatMap((sentence) => {
        const speaker = speakerOfClaimSentence(index, claim, sentence);
        return speaker === undefined ? [] : [{ sentence, text: speaker.text, start: speaker.start, end: speaker.end }];
      }),
      url: claimPath(story.slug, claim.id),
    })),
    discrepancies: story.discrepancies.map((discrepancy) => ({
      id: discrepancy.id,
      kind: discrepancy.kind,
      severity: discrepancy.severity,
      ...withoutUndefined({ claim: discrepancy.claim, reason: discrepancy.reason }),
      summary: discrepancy.summary,
      sentences: discrepancy.sentences.filter((id) => sourceOf.has(id)),
      values: discrepancy.values,
      ...(discrepancy.kind === 'quote' ? { diff: [...discrepancy.diff] } : {}),
      url: discrepancyPath(story.slug, discrepancy.id),
    })),
    coverage: story.coverage.map((note) => ({
      kind: note.kind,
      claim: note.claim,
      summary: note.summary,
      sources: [...note.sources],
      sentences: note.sentences.filter((id) => sourceOf.has(id)),
      missingFrom: [...note.missingFrom],
      url: claimPath(story.slug, note.claim),
    })),
    ...withoutUndefined({ derivation: story.derivation && toDerivationExport(story.slug, story.derivation) }),
  };
}

/** A claim's independent support: the count, and the groups of its sources that likely share a copy. */
function corroborationExport(corroboration: Corroboration): { independentSources: number; sharedCopies: SourceId[][] } {
  return {
    independentSources: corroboration.independent,
    sharedCopies: corroboration.groups.filter((group) => group.length > 1).map((group) => group.map((id) => id as SourceId)),
  };
}

/** The `derivation` section: every ordered pair with its figures, verdict, explanation and page URL. */
function toDerivationExport(slug: StorySlug, derivation: NonNullable<StoryView['derivation']>): NonNullable<ComparisonExport['derivation']> {
  return {
    reports: [...derivation.reports],
    thresholds: { ...DERIVATION_THRESHOLDS },
    pairs: derivation.pairs.map((pair) => ({
      ...pair,
      sharedClaims: [...pair.sharedClaims],
      url: provenancePairPath(slug, pair.source, pair.carrier),
    })),
  };
}
