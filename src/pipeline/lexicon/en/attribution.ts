/**
 * English words of attribution: the verbs news copy uses to say who said something ("X said", "“…,”
 * declared X", "according to X") and the words around a speaker phrase that tell where it starts and
 * ends. Gathered from wire-service attribution style (Associated Press Stylebook, "said") and the
 * attributions of the Hama and news-dev reports.
 */

/** Verbs of saying used in news attribution, past tense and present third person. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  (
    'said says told tells announced announces declared declares stated indicated indicates confirmed confirms ' +
    'acknowledged acknowledges noted notes remarked explained explains added adds warned warns claimed claims ' +
    'insisted insists reported wrote writes argued argues denied denies cautioned pledged vowed emphasized ' +
    'emphasised clarified conceded admitted alleged urged called termed'
  ).split(' '),
);

/** Words that end a speaker phrase when walking back from the verb (conjunctions, relative pronouns). */
export const SPEAKER_BOUNDARY_WORDS: ReadonlySet<string> = new Set(
  'that which who whom whose and but while as after before when because if since than where or so what though although whereas'.split(' '),
);

/** Relative words that open a clause describing the noun phrase before them (", who led the inquiry,"). */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set('who which whose whom that'.split(' '));

/**
 * Lower-case words ending in -ing or -ed that are not participles: nouns and adjectives that can open a
 * noun appositive (", king of the realm,"; ", head of the red cross,").
 */
export const NOT_PARTICIPLES: ReadonlySet<string> = new Set(
  'king thing ring wing spring string evening morning bed red shed seed need speed creed hundred kindred sled'.split(' '),
);

/** Words between a speaker and its verb that are not part of the speaker ("has also said", "later said"). */
export const SPEAKER_SKIPPABLE_WORDS: ReadonlySet<string> = new Set(
  'has have had also later earlier then again once now previously yesterday today reportedly repeatedly separately'.split(' '),
);

/** Forms of "be": right before a speech verb they make it passive ("were called to"). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set('is are was were be been being'.split(' '));

/** Pronouns that can stand as a speaker ("it said", "he declared"): present, but say nothing about who. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set('it he she they we i you this one who which'.split(' '));

/** Words after a speech verb that end a speaker written after it ("said X in a statement"). */
export const SPEAKER_AFTER_BOUNDARY_WORDS: ReadonlySet<string> = new Set(
  'in on at with from during after to for of that who which as when while via through'.split(' '),
);

/** Determiners that open a noun-phrase appositive after a speaker (", a spokeswoman for the council"). */
export const APPOSITIVE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Prepositions after a role noun written without an article in an appositive (", director of the museum"). */
export const ROLE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at']);

/** Particles that make "called" a phrasal verb ("called on", "called for", "called off"), not a verb of saying. */
export const CALLED_PARTICLES: ReadonlySet<string> = new Set('on for off upon up in'.split(' '));

/**
 * Verbs of saying that may stand between the two halves of one split quotation ("“We urge him,” he said,
 * “to keep the road open.”"): the common wire-copy forms, as the split-quotation rule has always used them.
 */
export const SPLIT_QUOTATION_VERBS: ReadonlySet<string> = new Set(
  'said says added asked told declared stated explained warned insisted wrote continued'.split(' '),
);

/** Words that show a line attributes speech ("… the sheriff said"), and the two-word cue "according to". */
export const ATTRIBUTION_CUE_WORDS: ReadonlySet<string> = new Set(['said', 'says', 'told']);
