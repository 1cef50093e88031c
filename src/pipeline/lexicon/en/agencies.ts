/**
 * English words that name who speaks for an institution: police forces, the two sides of armed conflicts
 * and unrest, and the generic words of attribution ("officials", "a spokesperson") that identify no one.
 * Generic wire-copy vocabulary, not any one story's; read by the attribution detector.
 */

/** The side a speaker is on, when its words say so: the state, or those who challenge it. */
export type Side = 'state' | 'challenger';

/**
 * Words naming the two sides of armed conflicts and unrest, as wire copy describes them (government forces
 * vs rebels/insurgents/militants; police vs protesters).
 */
export const SIDE_WORDS: ReadonlyMap<string, Side> = new Map(
  (
    [
      ['government governments army armies military militaries ministry ministries regime authorities troops police cabinet presidency junta', 'state'],
      ['rebel rebels insurgent insurgents militant militants opposition guerrilla guerrillas separatist separatists jihadist jihadists insurgency protesters protester demonstrators demonstrator', 'challenger'],
    ] as const
  ).flatMap(([words, side]) => words.split(' ').map((word): [string, Side] => [word, side])),
);

/**
 * Role and group nouns, and rank adjectives, that describe a speaker without saying which one ("a
 * spokesperson", "officials", "a senior official", "the group"). Two speakers that share only such a word
 * are not thereby one: as in coreference, a shared head noun does not make two nominal mentions one entity
 * unless their other words agree (Raghunathan et al. 2010, "A Multi-Pass Sieve for Coreference
 * Resolution", strict head match). Words taken from one story's speaker phrases alone were removed
 * (docs/hama-only-rules.md).
 */
export const GENERIC_SPEAKER_WORDS: ReadonlySet<string> = new Set(
  (
    'spokesperson spokesman spokeswoman spokespeople official officials source sources group groups statement leader leaders ' +
    'commander commanders member members people person forces force media agency office head chief senior ' +
    'top former local new main leading national state director minister'
  ).split(' '),
);

/** Words that name a police force or its officers ("police", "cops", "state troopers", "the county sheriff"). */
export const POLICE_WORDS: ReadonlySet<string> = new Set(
  'police cops cop officers officer investigators detectives deputies troopers sheriff sheriffs patrol constabulary'.split(' '),
);
