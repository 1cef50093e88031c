import { describe, expect, it } from 'vitest';
import { getDefaultAlignmentModel } from '../../src/pipeline/align/model/alignment-model.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { DEFAULT_SETTINGS } from '../../src/pipeline/settings.ts';
import type { ComparedStory } from '../../src/pipeline/types.ts';
import { parseSettingsOption } from '../../scripts/lib/settings-option.ts';
import { rawStoryOf } from '../helpers/stories.ts';

/** Sentence ids of the claims that more than one report carries. */
const sharedClaims = (story: ComparedStory): string[] =>
  story.claims.filter((claim) => claim.sources.length > 1).map((claim) => claim.sentences.join(' + '));

// Two leads of one story in different words, which only the report-top bonus joins (`report-top.test.ts`).
const leads = rawStoryOf({
  'a.txt':
    'A former employee was charged on Friday with setting the fire that destroyed a riverside warehouse this week.\n\n' +
    'The owners said the stock was insured.\n\nTrading resumed at a second site on Monday.\n',
  'b.txt':
    'Fire gutted a riverside storage depot on Tuesday night, and police later arrested a former employee of the firm.\n\n' +
    'Nobody was hurt, the fire service said.\n\nThe cause is still under investigation.\n',
});

// Two near-copies of one report that differ in one figure: three shared claims, all near-verbatim, one number finding.
const copies = rawStoryOf({
  'a.txt':
    'The town council approved a budget of 12 million pounds for the new bridge on Tuesday.\n\n' +
    'The mayor said the vote was a relief for everyone who crosses the river each day.\n\n' +
    'Work on the bridge will start in the spring and should take two years.\n',
  'b.txt':
    'The town council approved a budget of 14 million pounds for the new bridge on Tuesday.\n\n' +
    'The mayor said the vote was a relief for everyone who crosses the river every day.\n\n' +
    'Work on the bridge will begin in the spring and should take two years.\n',
});

describe('DEFAULT_SETTINGS', () => {
  it('takes the same-claim and strong cut-offs from the committed model', () => {
    const { thresholds } = getDefaultAlignmentModel();
    expect([DEFAULT_SETTINGS.align.claimCutOff, DEFAULT_SETTINGS.align.strongCutOff]).toEqual([thresholds.claim, thresholds.strong]);
  });

  it('cannot be changed by a caller, not even a nested group', () => {
    expect(() => Object.assign(DEFAULT_SETTINGS.align.supports, { top: false })).toThrow(TypeError);
    expect(DEFAULT_SETTINGS.align.supports.top).toBe(true);
  });
});

describe('runPipeline with settings', () => {
  it('joins two differently worded leads by default, and no longer with --set align.topBonus=0', () => {
    expect(sharedClaims(runPipeline(leads))).toEqual(['a-p1-s1 + b-p1-s1']);
    expect(sharedClaims(runPipeline(leads, parseSettingsOption(['align.topBonus=0'])))).toEqual([]);
  });

  it('passes the align settings on: a claim cut-off no pair can reach leaves every claim to one report', () => {
    expect(sharedClaims(runPipeline(copies))).toHaveLength(3);
    expect(sharedClaims(runPipeline(copies, parseSettingsOption(['align.claimCutOff=1.5'])))).toEqual([]);
  });

  it('passes the segment settings on: an English share no report reaches leaves both reports not compared', () => {
    const story = runPipeline(copies, parseSettingsOption(['segment.englishShare=0.99']));
    expect(story.reports.map((report) => report.language.english)).toEqual([false, false]);
    expect(story.claims).toEqual([]);
  });

  it('passes the compare settings on: with the numbers detector off, the two budgets are not flagged', () => {
    expect(runPipeline(copies).discrepancies.map((finding) => finding.kind)).toEqual(['number']);
    expect(runPipeline(copies, parseSettingsOption(['compare.detectors.numbers=false'])).discrepancies).toEqual([]);
  });

  it('passes the provenance settings on: asking for more near-verbatim claims than the copies share undoes the verdict', () => {
    const verdicts = (story: ComparedStory) => story.derivation?.pairs.map((pair) => pair.verdict);
    expect(verdicts(runPipeline(copies))).toEqual(['same-copy', 'same-copy']);
    expect(verdicts(runPipeline(copies, parseSettingsOption(['provenance.minVerbatimClaims=4'])))).toEqual(['independent', 'independent']);
  });
});
