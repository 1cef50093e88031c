import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AlignmentModel } from '../../src/pipeline/align/model/alignment-model.ts';
import { scoreStoryUnits, type ScoredUnits } from '../../src/pipeline/align/cluster/score-units.ts';
import { computeClaimPairRows } from '../../src/pipeline/align/model/score-pair.ts';
import { createProfileContext } from '../../src/pipeline/align/profile/profile-context.ts';
import { analyseText, buildTextProfile } from '../../src/pipeline/align/profile/text-profile.ts';
import { createWordLexicon } from '../../src/pipeline/align/words/word-relations.ts';
import { getWordNet } from '../../src/pipeline/align/words/wordnet.ts';
import { parseCorpusGold, type StoryGold } from '../../src/eval/coreference-gold.ts';
import { keyOf, labelSentencePair, readSentenceGold } from '../../src/eval/pair-labels.ts';
import { reportKeyOf, toScoredStory } from '../../src/eval/scored-story.ts';
import { ingestStory } from '../../src/pipeline/ingest/index.ts';
import { readStoryFolder } from '../../src/pipeline/ingest/read-story-folder.ts';
import { lookUpOwn } from '../../src/pipeline/look-up-own.ts';
import { segmentStory } from '../../src/pipeline/segment/index.ts';
import type { PipelineSettings } from '../../src/pipeline/settings.ts';
import type { SegmentedStory } from '../../src/pipeline/types.ts';

/**
 * The stories of the news development set as training and evaluation data for the pair model: each story
 * segmented once, and its candidate unit pairs (the pairs blocking hands the model at run time, across
 * reports and within one) with their pair signals and a gold label (`src/eval/pair-labels.ts`).
 */

/** The three corpora of news-dev: event-level gold (ECB+, GVC) and claim-level gold (BASIL). */
export const NEWS_CORPORA = ['ecbplus', 'gvc', 'basil'] as const;
export type NewsCorpus = (typeof NEWS_CORPORA)[number];

/** One labelled candidate pair: its rows as `scoreClaimPair` reads it. */
export interface LabelledPair {
  readonly whole: readonly number[];
  readonly stretch: readonly number[] | undefined;
  readonly label: 0 | 1;
  /** Both units come from one report (two sentences of it; clauses of one sentence are left out). */
  readonly sameReport: boolean;
}

/** One story of news-dev, segmented, with its gold and labelled candidate pairs. */
export interface NewsStory {
  readonly corpus: NewsCorpus;
  readonly slug: string;
  readonly story: SegmentedStory;
  readonly gold: StoryGold;
  readonly pairs: readonly LabelledPair[];
}

/**
 * Reads, segments and labels every story of one corpus (name order). Candidate pairs the polarity rule or
 * the different-speakers rule vetoes are left out: whatever the model says, they score 0.
 */
export function readNewsCorpus(root: string, corpus: NewsCorpus, model: AlignmentModel, settings: PipelineSettings): NewsStory[] {
  const goldFile = join(root, corpus, 'gold.json');
  if (!existsSync(goldFile)) return [];
  const gold = parseCorpusGold(JSON.parse(readFileSync(goldFile, 'utf8')));
  const storiesDir = join(root, corpus, 'stories');
  const wordnet = getWordNet();
  return readdirSync(storiesDir)
    .filter((name) => !name.startsWith('.') && statSync(join(storiesDir, name)).isDirectory())
    .sort()
    .flatMap((slug) => {
      const storyGold = lookUpOwn(gold.stories, slug);
      if (storyGold === undefined) return [];
      const story = segmentStory(ingestStory(readStoryFolder(join(storiesDir, slug))), settings.segment);
      const scored = scoreStoryUnits(story, model, wordnet, settings.align);
      return [{ corpus, slug, story, gold: storyGold, pairs: labelCandidatePairs(story, storyGold, scored, settings) }];
    });
}

/** The labelled cross-report candidate pairs of one scored story. */
function labelCandidatePairs(
  story: SegmentedStory,
  gold: StoryGold,
  scored: ScoredUnits,
  settings: PipelineSettings,
): LabelledPair[] {
  const sentenceGold = readSentenceGold(gold, toScoredStory({ ...story, units: [], claims: [], links: [] }).sentences);
  const reportKeys = story.reports.map((report) => reportKeyOf(report.file));
  const analyses = scored.units.map((unit) => analyseText(unit.text));
  const context = createProfileContext(analyses, createWordLexicon(getWordNet()));
  const profiles = analyses.map((analysis) => buildTextProfile(analysis, context));
  const keyOfUnit = scored.units.map((unit, index) =>
    keyOf({ report: reportKeys[scored.groupOf[index] ?? 0] ?? '', text: '', id: unit.sentence }),
  );
  const pairs: LabelledPair[] = [];
  for (const pair of scored.pairs) {
    const sameReport = scored.groupOf[pair.a] === scored.groupOf[pair.b];
    if (pair.score === 0 || (sameReport && scored.units[pair.a]?.sentence === scored.units[pair.b]?.sentence)) continue;
    const label = labelSentencePair(sentenceGold.get(keyOfUnit[pair.a] ?? ''), sentenceGold.get(keyOfUnit[pair.b] ?? ''));
    const profileA = profiles[pair.a];
    const profileB = profiles[pair.b];
    if (label === undefined || profileA === undefined || profileB === undefined) continue;
    const rows = computeClaimPairRows(profileA, profileB, context, settings.align.minModelWords);
    if (rows.vetoed) continue;
    pairs.push({ whole: rows.whole, stretch: rows.stretch, label, sameReport });
  }
  return pairs;
}
