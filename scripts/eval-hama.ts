/**
 * `npm run eval:hama [-- --pairs] [-- --set <name>=<value> …]`
 *
 * Scores the claims of the Hama story against our own claim-level annotation of it
 * (`eval/hama/gold.json`: 29 claims, each with the words that state it in every report that
 * carries it), with the same pair recall / precision / F1 as `eval:news` (GVC rules: every sentence
 * is in scope). Unlike the news-dev gold, which is event-level, this gold is claim-level, so it
 * measures what the site shows. Prints the figures, then one JSON line:
 * `{"dataset":"hama-claims","recall":…,"precision":…,"f1":…}`. `--pairs` lists missed and wrong pairs;
 * `--set` overrides a pipeline setting, e.g. `--set align.topBonus=0` (`lib/settings-option.ts`).
 *
 * Limits: one annotator (the developers), written once; a sentence that packs several claims is
 * in several gold claims; statements only one report makes are not in the gold (they cannot pair).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCorpusGold } from '../src/eval/coreference-gold.ts';
import { computePairScores, scoreStory } from '../src/eval/pair-score.ts';
import { toScoredStory } from '../src/eval/scored-story.ts';
import { readStoryFolder } from '../src/pipeline/ingest/read-story-folder.ts';
import { runPipeline } from '../src/pipeline/run.ts';
import { readSettingsOptionOrExit } from './lib/settings-option.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { pairs: { type: 'boolean', default: false }, set: { type: 'string', multiple: true } } });
const settings = readSettingsOptionOrExit(values.set);

const gold = parseCorpusGold(JSON.parse(readFileSync(resolve(ROOT, 'eval/hama/gold.json'), 'utf8'))).stories['hama'];
if (!gold) throw new Error('eval/hama/gold.json has no "hama" story');
const story = runPipeline(readStoryFolder(resolve(ROOT, 'content/stories/hama')), settings);
const scored = toScoredStory(story);
const score = scoreStory(gold, scored.claims, scored.sentences);
const { recall, precision, f1 } = computePairScores(score);

console.log(`Hama: ${story.claims.length} claims; gold pairs ${score.gold}, hit ${score.hit}; predicted pairs ${score.predicted}, correct ${score.correct}`);
console.log(`recall ${recall.toFixed(3)}  precision ${precision.toFixed(3)}  F1 ${f1.toFixed(3)}`);
if (values.pairs) {
  for (const miss of score.missed) console.log(`missed ${JSON.stringify(miss).slice(0, 300)}`);
  for (const [a, b] of score.wrong) console.log(`wrong  ${a.text.slice(0, 90)}  ||  ${b.text.slice(0, 90)}`);
}
const round = (value: number) => Math.round(value * 10_000) / 10_000;
console.log(JSON.stringify({ dataset: 'hama-claims', recall: round(recall), precision: round(precision), f1: round(f1) }));
