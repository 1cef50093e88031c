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

/** Words too general to identify a speaker on their own ("a spokesperson", "officials", "the group"). */
export const GENERIC_SPEAKER_WORDS: ReadonlySet<string> = new Set(
  (
    'spokesperson spokesman spokeswoman spokespeople official officials source sources group groups statement leader leaders ' +
    'commander commanders member members people person forces force media agency office room operations head chief senior ' +
    'top former local new main leading national state editor expert analyst analysts fellow director minister'
  ).split(' '),
);

/** Words that name a police force or its officers ("police", "cops", "state troopers", "the county sheriff"). */
export const POLICE_WORDS: ReadonlySet<string> = new Set(
  'police cops cop officers officer investigators detectives deputies troopers sheriff sheriffs patrol constabulary'.split(' '),
);
