import type { ReferenceResolver } from '../remark/claim-references.ts';
import { claimPath, sentencePath } from './routes.ts';
import type { StoryIndex } from './story-index.ts';
import type { ReportView } from './story-view.ts';

/**
 * The report a note's `[[report#…]]` names: by id (`002-a4f2713c72e55b86`), label (`C`, or the outlet), file name
 * with or without `.txt`, or a prefix of the id that only one report has (`002`, as the files are numbered).
 */
function findReport(index: StoryIndex, name: string): ReportView | undefined {
  const reports = index.story.reports;
  const exact = reports.find((r) => r.id === name || r.label === name || r.file === name || r.file.replace(/\.txt$/i, '') === name);
  if (exact !== undefined) return exact;
  const byPrefix = reports.filter((r) => r.id.startsWith(name));
  return byPrefix.length === 1 ? byPrefix[0] : undefined;
}

/**
 * Resolves the references of a story's notes: `[[c005]]` to the claim's page (named "claim c005"), and
 * `[[002#p3-s1]]` to that sentence in its report (named by the report's label and the line, "C, line 7").
 */
export function resolveNoteReferences(index: StoryIndex): ReferenceResolver {
  const slug = index.story.slug;
  return (target) => {
    if (target.kind === 'claim') {
      const claim = index.claimById.get(target.claim);
      return claim === undefined
        ? { problem: `story ${slug} has no claim ${target.claim} (its claims are c001 to c${String(index.story.claims.length).padStart(3, '0')})` }
        : { href: claimPath(slug, claim.id), name: `claim ${claim.id}` };
    }
    const report = findReport(index, target.report);
    if (report === undefined) {
      return { problem: `story ${slug} has no report "${target.report}" (name one by its label, file name or id: ${index.story.reports.map((r) => r.label).join(', ')})` };
    }
    const sentence = index.sentenceById.get(`${report.id}-${target.sentence}`) ?? index.sentenceById.get(target.sentence);
    if (sentence === undefined || sentence.source !== report.id) {
      return { problem: `report ${report.label} (${report.file}) has no sentence ${target.sentence}; sentence ids read p<paragraph>-s<sentence>, e.g. p3-s1` };
    }
    return { href: sentencePath(slug, report.id, sentence.id), name: `${report.label}, line ${sentence.line}` };
  };
}
