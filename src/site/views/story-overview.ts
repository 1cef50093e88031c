import { agreedClaims, coverageByReport, formatShare, uniqueClaimsByReport } from '../claim-summaries.ts';
import { isDisagreement } from '../disagreements.ts';
import { countOf } from '../labels.ts';
import { aboutPath, comparePath, notesPath, comparisonJsonPath, discrepanciesPath, matrixPath, provenancePath, reportPath, storyPath } from '../routes.ts';
import { indexStory } from '../story-index.ts';
import { countBodySentences } from '../../pipeline/compared-reports.ts';
import { comparableReports, notComparedReports, reportWarnings, skippedFiles, type SkippedFileView, type StoryView } from '../story-view.ts';
import { serialiseJsonLd, storyPageOf, type SerialisedJsonLd } from '../structured-data.ts';
import { reportTextAttributes, storyTitleAttributes, type TextAttributes } from '../text-language.ts';
import { buildClaimLink, type ClaimLinkView } from './parts/claim-link.ts';
import { buildDiscrepancyItem, type DiscrepancyItemView, type DiscrepancyView } from './parts/discrepancy-item.ts';
import type { ReportRowBase } from './parts/report-row.ts';
import { buildStoryFigure, type StoryFigureView } from './parts/story-figure.ts';
import { buildStoryFrame, type StoryFrame } from './parts/story-frame.ts';

/** A share drawn as a bar: the bar's width out of 100 and the figure written beside it. */
export interface CoverageView {
  /** Whole number from 0 to 100. */
  readonly width: number;
  /** E.g. "46%". */
  readonly percent: string;
  /** What the share is of, for assistive technology, e.g. "44 of 97 claims". */
  readonly label: string;
}

/** A row of the overview's table of reports. A report that is not compared has no coverage. */
export interface OverviewReportRow extends ReportRowBase {
  readonly coverage?: CoverageView | undefined;
  /** Claims only this report carries; absent when it is not compared. */
  readonly unique?: number | undefined;
  /** Its duplicate note and warnings, joined with "; ". */
  readonly notes: string;
}

/** A cell of the pair table: the same report on both sides, or a link to the two side by side. */
export type PairCellView = { readonly kind: 'same' } | { readonly kind: 'link'; readonly href: string; readonly label: string };

/** The table of report pairs, one row per left report; only when two reports or more are compared. */
export interface PairTableView {
  readonly columns: readonly string[];
  readonly rows: readonly { readonly label: string; readonly allHref: string; readonly cells: readonly PairCellView[] }[];
}

/** Claims only one report carries, under that report's name. */
export interface UniqueClaimsView {
  readonly report: string;
  /** E.g. "3 claims". */
  readonly count: string;
  readonly claims: readonly ClaimLinkView[];
}

/** A story's overview page. */
export interface StoryOverviewView {
  readonly frame: StoryFrame;
  readonly jsonLd: SerialisedJsonLd;
  readonly title: string;
  readonly titleAttributes: TextAttributes;
  /** Reports, claims and disagreements counted, e.g. "5 reports · 97 claims · 12 discrepancies (3 contradictions)". */
  readonly lead: string;
  /** Set when fewer than two reports are compared: "no report" or "only one report". */
  readonly nothingToCompare?: string | undefined;
  /** How many reports are compared: the "m" of "in n of m reports". */
  readonly compared: number;
  readonly agreed: {
    /** The strongest claims most reports carry, each with how many reports carry it and how many independently. */
    readonly shown: readonly { readonly link: ClaimLinkView; readonly reports: number; readonly independent: number }[];
    /** How many claims most reports carry. */
    readonly total: number;
    /** The matrix, when more claims are agreed than shown. */
    readonly moreHref?: string | undefined;
  };
  readonly disagreements: {
    readonly shown: readonly DiscrepancyItemView[];
    /** E.g. "12 discrepancies". */
    readonly count: string;
    readonly allHref: string;
  };
  /** Only reports that carry a claim alone. */
  readonly unique: readonly UniqueClaimsView[];
  readonly reports: readonly OverviewReportRow[];
  readonly skipped: readonly SkippedFileView[];
  readonly pairs?: PairTableView | undefined;
  readonly provenanceHref?: string | undefined;
  readonly comparisonJsonHref: string;
  /** Where the About page explains independent support and its limit. */
  readonly aboutCorroborationHref: string;
  /** Claims against reports at a glance; absent when fewer than two reports are compared or there is no claim. */
  readonly figure?: StoryFigureView | undefined;
  /** The editor's notes on the story, when its folder has some. */
  readonly notesHref?: string | undefined;
}

/** How many agreed claims the overview lists before it points to the matrix. */
const AGREED_SHOWN = 12;
/** How many disagreements the overview shows before it points to the full list. */
const DISAGREEMENTS_SHOWN = 8;

/** Contradictions first, otherwise in story order (a stable sort keeps the detectors' order). */
function contradictionsFirst(list: readonly DiscrepancyView[]): DiscrepancyView[] {
  return [...list].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'contradiction' ? -1 : 1));
}

/**
 * The overview of `story`: what most reports agree on, where they differ, what only one says, the
 * reports, pairs to compare and the data; `site` is the site's address, for the JSON-LD's absolute URLs;
 * `hasNotes` says that the story's folder has editor's notes, which the overview links to.
 */
export function buildStoryOverview(story: StoryView, site: URL | undefined, options: { readonly hasNotes?: boolean | undefined } = {}): StoryOverviewView {
  const index = indexStory(story);
  const comparable = comparableReports(story);
  const notCompared = notComparedReports(story);
  const agreed = agreedClaims(story);
  const disagreements = contradictionsFirst(story.discrepancies.filter(isDisagreement));
  const contradictions = disagreements.filter((d) => d.severity === 'contradiction').length;
  const coverage = coverageByReport(story);
  const url = (path: string) => new URL(path, site).href;
  const lead =
    `${countOf(story.reports.length, 'report')}${notCompared.length > 0 ? ` (${notCompared.length} not compared)` : ''} · ` +
    `${countOf(story.claims.length, 'claim')} · ${countOf(disagreements.length, 'discrepancy', 'discrepancies')} (${countOf(contradictions, 'contradiction')})`;
  return {
    frame: buildStoryFrame(story),
    jsonLd: serialiseJsonLd(storyPageOf(story, url(storyPath(story.slug)), (report) => url(reportPath(story.slug, report.id)))),
    title: story.title,
    titleAttributes: storyTitleAttributes(story),
    lead,
    nothingToCompare: comparable.length >= 2 ? undefined : comparable.length === 0 ? 'no report' : 'only one report',
    compared: comparable.length,
    agreed: {
      shown: agreed.slice(0, AGREED_SHOWN).map((claim) => ({ link: buildClaimLink(index, claim), reports: claim.sources.length, independent: index.corroboration(claim).independent })),
      total: agreed.length,
      moreHref: agreed.length > AGREED_SHOWN ? matrixPath(story.slug) : undefined,
    },
    disagreements: {
      shown: disagreements.slice(0, DISAGREEMENTS_SHOWN).map((d) => buildDiscrepancyItem(index, d)),
      count: countOf(disagreements.length, 'discrepancy', 'discrepancies'),
      allHref: discrepanciesPath(story.slug),
    },
    unique: [...uniqueClaimsByReport(story)].flatMap(([reportId, claims]) => {
      if (claims.length === 0) return [];
      const report = index.reportById.get(reportId);
      return [{ report: report ? report.label : reportId, count: countOf(claims.length, 'claim'), claims: claims.map((claim) => buildClaimLink(index, claim)) }];
    }),
    reports: story.reports.map((report) => {
      const cover = coverage.find((c) => c.report === report.id);
      return {
        href: reportPath(story.slug, report.id),
        label: report.label,
        title: report.title,
        textAttributes: reportTextAttributes(report),
        file: report.file,
        bodySentences: countBodySentences(report),
        coverage:
          cover === undefined
            ? undefined
            : { width: Math.round(Math.max(0, Math.min(1, cover.share)) * 100), percent: formatShare(cover.share), label: `${cover.carried} of ${story.claims.length} claims` },
        unique: cover?.unique,
        outlet: report.metadata.outlet,
        notes: [...(report.duplicateOf ? [`Same text as ${index.reportById.get(report.duplicateOf)?.label ?? report.duplicateOf}`] : []), ...reportWarnings(report)].join('; '),
      };
    }),
    skipped: skippedFiles(story),
    pairs:
      comparable.length < 2
        ? undefined
        : {
            columns: comparable.map((report) => report.label),
            rows: comparable.map((left) => ({
              label: left.label,
              allHref: comparePath(story.slug, left.id),
              cells: comparable.map((right): PairCellView =>
                right.id === left.id
                  ? { kind: 'same' }
                  : { kind: 'link', href: comparePath(story.slug, left.id, right.id), label: `compare ${left.label} with ${right.label}` },
              ),
            })),
          },
    provenanceHref: comparable.length < 2 ? undefined : provenancePath(story.slug),
    comparisonJsonHref: comparisonJsonPath(story.slug),
    aboutCorroborationHref: `${aboutPath()}#independent-support`,
    figure: buildStoryFigure(index),
    notesHref: options.hasNotes === true ? notesPath(story.slug) : undefined,
  };
}
