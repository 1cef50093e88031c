/**
 * `npm run analyse:misses [-- --corpus basil] [-- --verbose] [-- --set <name>=<value> …]`
 *
 * Where recall is lost on one news-dev corpus (default BASIL): for every gold pair that no claim joins, the
 * best unit pair between the two reports' carrier sentences and why it was lost, in this order of precedence:
 * `not-candidate` (blocking never paired them), `polarity-veto`, `speaker-veto`, `below-cut` (scored below the
 * claim cut-off with every support rule), `clustering-slot` (linked at the cut-off, kept apart because one of
 * the two claims already holds a unit of the other's report slot) or `clustering-mean` (kept apart by average
 * linkage). Prints one count per reason as JSON; `--verbose` also lists each missed pair with its units,
 * speakers, scores and claims. Reads the set in place (`$PARALLAX_NEWS_DEV` or `../shared/data/news-dev`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCorpusGold } from '../src/eval/coreference-gold.ts';
import { droppedReports, findCarriers, normaliseForMatching, scoreStory } from '../src/eval/pair-score.ts';
import { reportKeyOf, toScoredStory } from '../src/eval/scored-story.ts';
import { alignStory } from '../src/pipeline/align/index.ts';
import { scoreStoryUnits } from '../src/pipeline/align/cluster/score-units.ts';
import { getDefaultAlignmentModel } from '../src/pipeline/align/model/alignment-model.ts';
import { getWordNet } from '../src/pipeline/align/words/wordnet.ts';
import { withComparedReports } from '../src/pipeline/compared-reports.ts';
import { ingestStory } from '../src/pipeline/ingest/index.ts';
import { readStoryFolder } from '../src/pipeline/ingest/read-story-folder.ts';
import { lookUpOwn } from '../src/pipeline/look-up-own.ts';
import { segmentStory } from '../src/pipeline/segment/index.ts';
import type { AlignSettings, SupportSwitches } from '../src/pipeline/settings.ts';
import { parseSettingsOption } from './lib/settings-option.ts';

const { values: options } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'basil' },
    verbose: { type: 'boolean', default: false },
    set: { type: 'string', multiple: true },
  },
});

/** Why a missed pair was lost, from the earliest stage to the latest. */
const REASONS = ['no-carrier', 'not-candidate', 'polarity-veto', 'speaker-veto', 'below-cut', 'clustering'] as const;
type Reason = (typeof REASONS)[number];

const settings = parseSettingsOption(options.set);
const root = join(resolve(process.env.PARALLAX_NEWS_DEV ?? resolve(import.meta.dirname, '../../shared/data/news-dev')), options.corpus);
const gold = parseCorpusGold(JSON.parse(readFileSync(join(root, 'gold.json'), 'utf8')));
const model = getDefaultAlignmentModel();
const wordnet = getWordNet();
const noSupports = Object.fromEntries(Object.keys(settings.align.supports).map((name) => [name, false])) as unknown as SupportSwitches;
const bare: AlignSettings = { ...settings.align, speakerVeto: false, supports: noSupports };
const counts = new Map<string, number>();
const count = (key: string): void => {
  counts.set(key, (counts.get(key) ?? 0) + 1);
};

for (const slug of readdirSync(join(root, 'stories')).sort()) {
  const dir = join(root, 'stories', slug);
  const storyGold = lookUpOwn(gold.stories, slug);
  if (!statSync(dir).isDirectory() || storyGold === undefined) continue;
  const segmented = segmentStory(ingestStory(readStoryFolder(dir)), settings.segment);
  const story = withComparedReports(segmented);
  const aligned = alignStory(story, settings.align);
  const scoredStory = toScoredStory(aligned);
  const score = scoreStory(storyGold, scoredStory.claims, scoredStory.sentences);
  // The same story scored three ways: as the aligner does, with no support rule and no speaker veto, and without the speaker veto.
  const full = scoreStoryUnits(story, model, wordnet, settings.align);
  const n = full.units.length;
  const code = (a: number, b: number): number => Math.min(a, b) * n + Math.max(a, b);
  const scoresOf = (alignSettings: AlignSettings): Map<number, number> =>
    new Map(scoreStoryUnits(story, model, wordnet, alignSettings).pairs.map((pair) => [code(pair.a, pair.b), pair.score]));
  const finalScore = new Map(full.pairs.map((pair) => [code(pair.a, pair.b), pair.score]));
  const modelScore = scoresOf(bare);
  const withoutSpeakerVeto = scoresOf({ ...settings.align, speakerVeto: false });
  const claimOf = new Map<string, (typeof aligned.claims)[number]>();
  for (const claim of aligned.claims) for (const unit of claim.units) claimOf.set(unit, claim);
  const dropped = droppedReports(storyGold);

  for (const miss of score.missed) {
    const cluster = storyGold.clusters.find((candidate) => candidate.id === miss.cluster);
    if (cluster === undefined || dropped.has(miss.reports[0]) || dropped.has(miss.reports[1])) continue;
    const carriersOf = (key: string): Set<string> => {
      const report = aligned.reports.find((candidate) => reportKeyOf(candidate.file) === key);
      if (report === undefined) return new Set();
      const texts = report.sentences.map((sentence) => normaliseForMatching(sentence.text));
      const found = new Set<string>();
      for (const snippet of lookUpOwn(cluster.core, key) ?? [])
        for (const index of findCarriers(normaliseForMatching(snippet), texts)) found.add(report.sentences[index]?.id ?? '');
      return found;
    };
    const carriersA = carriersOf(miss.reports[0]);
    const carriersB = carriersOf(miss.reports[1]);
    const unitsA = full.units.flatMap((unit, index) => (carriersA.has(unit.sentence) ? [index] : []));
    const unitsB = full.units.flatMap((unit, index) => (carriersB.has(unit.sentence) ? [index] : []));
    let best: { reason: Reason; score: number; a: number; b: number } = { reason: 'no-carrier', score: -1, a: -1, b: -1 };
    for (const a of unitsA) {
      for (const b of unitsB) {
        const final = finalScore.get(code(a, b));
        const reason: Reason =
          final === undefined
            ? 'not-candidate'
            : (modelScore.get(code(a, b)) ?? 0) === 0
              ? 'polarity-veto'
              : final === 0 && (withoutSpeakerVeto.get(code(a, b)) ?? 0) > 0
                ? 'speaker-veto'
                : final < settings.align.claimCutOff
                  ? 'below-cut'
                  : 'clustering';
        const rank = REASONS.indexOf(reason) - REASONS.indexOf(best.reason);
        if (rank > 0 || (rank === 0 && (final ?? -1) > best.score)) best = { reason, score: final ?? -1, a, b };
      }
    }
    const unitA = full.units[best.a];
    const unitB = full.units[best.b];
    let label: string = best.reason;
    if (best.reason === 'clustering' && unitA !== undefined && unitB !== undefined) {
      const claimA = claimOf.get(unitA.id);
      const claimB = claimOf.get(unitB.id);
      const slot = (claimA?.sources.includes(unitB.source) ?? false) || (claimB?.sources.includes(unitA.source) ?? false);
      label = slot ? 'clustering-slot' : 'clustering-mean';
    }
    count(label);
    if (!options.verbose) continue;
    console.log(`${slug} ${miss.cluster} ${miss.reports.join('~')} ${label} score=${best.score.toFixed(3)} model=${(modelScore.get(code(best.a, best.b)) ?? -1).toFixed(3)}`);
    console.log(`   gold claim: ${cluster.claim ?? ''}`);
    for (const unit of [unitA, unitB]) {
      if (unit !== undefined) console.log(`   ${unit.source} [speaker: ${unit.speaker?.text ?? '-'}] [${claimOf.get(unit.id)?.id ?? '-'}] ${unit.text}`);
    }
  }
}
console.log(JSON.stringify({ corpus: options.corpus, missed: Object.fromEntries([...counts].sort((x, y) => y[1] - x[1])) }));
