import { analyseText } from '../../src/pipeline/align/profile/text-profile.ts';
import type { MsrpPair } from './msrp.ts';
import { createRandom, randomIndex } from './seeded-random.ts';

/**
 * Extra negative pairs for fitting: two sentences of *different* MSRP training pairs that share at least
 * one content word. MSRP pairs were chosen to overlap heavily, so the model never sees the weakly
 * related pairs that blocking hands it inside a story ("rebels" in both, little else) and extrapolates
 * there. Sentences of different pairs come from different news clusters and are taken as not paraphrases
 * (negative sampling); requiring a shared content word mimics the story's blocking. Sampling is seeded.
 */
export function sampleSharedWordNegatives(train: readonly MsrpPair[], count: number, seed = 20_241_205): MsrpPair[] {
  const sentences: Array<{ readonly pair: number; readonly id: string; readonly text: string }> = [];
  train.forEach((pair, index) => {
    sentences.push({ pair: index, id: pair.idA, text: pair.a });
    sentences.push({ pair: index, id: pair.idB, text: pair.b });
  });
  const keysOf = sentences.map((sentence) => {
    const analysis = analyseText(sentence.text);
    return [
      ...new Set(
        analysis.keys.filter((_, index) => !analysis.tokens[index]?.isStop && !analysis.tokens[index]?.isNumber),
      ),
    ];
  });
  const postings = new Map<string, number[]>();
  keysOf.forEach((keys, index) => {
    for (const key of keys) {
      const list = postings.get(key);
      if (list === undefined) postings.set(key, [index]);
      else list.push(index);
    }
  });

  const random = createRandom(seed);
  const negatives: MsrpPair[] = [];
  const seen = new Set<string>();
  let attempts = 0;
  while (negatives.length < count && attempts < count * 20) {
    attempts += 1;
    const first = randomIndex(random, sentences.length);
    const keys = keysOf[first] ?? [];
    if (keys.length === 0) continue;
    const list = postings.get(keys[randomIndex(random, keys.length)] ?? '') ?? [];
    const second = list[randomIndex(random, list.length)] ?? first;
    const a = sentences[first];
    const b = sentences[second];
    if (a === undefined || b === undefined || a.pair === b.pair || a.id === b.id) continue;
    const code = first < second ? `${first}:${second}` : `${second}:${first}`;
    if (seen.has(code)) continue;
    seen.add(code);
    negatives.push({ label: 0, idA: a.id, idB: b.id, a: a.text, b: b.text });
  }
  return negatives;
}
