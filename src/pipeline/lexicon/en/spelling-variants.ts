/**
 * British and American spellings of one English word ("realised"/"realized", "colour"/"color",
 * "centre"/"center", "travelled"/"traveled", "defence"/"defense"): a house style, not a difference in what
 * was said or who is named. The regular patterns follow the Oxford and Merriam-Webster style notes on
 * British vs American spelling; the irregular pairs are those no pattern covers.
 */

/** Irregular pairs that no pattern covers, British form first. */
export const IRREGULAR_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['grey', 'gray'],
  ['greys', 'grays'],
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['judgement', 'judgment'],
  ['judgements', 'judgments'],
  ['acknowledgement', 'acknowledgment'],
  ['ageing', 'aging'],
  ['sceptical', 'skeptical'],
  ['sceptic', 'skeptic'],
  ['sceptics', 'skeptics'],
  ['manoeuvre', 'maneuver'],
  ['manoeuvres', 'maneuvers'],
  ['paediatric', 'pediatric'],
  ['jewellery', 'jewelry'],
  ['cheque', 'check'],
  ['tyre', 'tire'],
  ['tyres', 'tires'],
  ['kerb', 'curb'],
  ['plough', 'plow'],
  ['mould', 'mold'],
  ['storey', 'story'],
  ['pyjamas', 'pajamas'],
  ['aluminium', 'aluminum'],
]);

/**
 * Regular patterns, applied in order to a lower-case word; each maps the British form onto the American one
 * (and leaves the American form as it is).
 */
export const REGULAR_SPELLING_PATTERNS: readonly (readonly [RegExp, string])[] = [
  // realise/realize, organisation/organization, apologising/apologizing; analyse/analyze.
  [/^(\p{L}{3,})is(e|es|ed|ing|ation|ations|er|ers)$/u, '$1iz$2'],
  [/^(\p{L}{2,})ys(e|es|ed|ing)$/u, '$1yz$2'],
  // colour/color, honoured/honored, labourer/laborer, favourite/favorite (not "our", "four", "hour": 3+ letters before).
  [/^(\p{L}{3,})our(s|ed|ing|er|ers|ite|ites|able|ful|less)?$/u, '$1or$2'],
  // centre/center, theatres/theaters, metre/meter.
  [/^(\p{L}{2,}[^aeiou])re(s|d)?$/u, '$1er$2'],
  // travelled/traveled, cancelling/canceling, counsellor/counselor, modeller/modeler.
  [/^(\p{L}{2,}[aeiou])ll(ed|ing|er|ers|or|ors)$/u, '$1l$2'],
  // defence/defense, offence/offense, licence/license, pretence/pretense.
  [/^(def|off|lic|pret)ence(s)?$/u, '$1ense$2'],
  // catalogue/catalog, dialogue/dialog.
  [/^(\p{L}{3,})ogue(s)?$/u, '$1og$2'],
];
