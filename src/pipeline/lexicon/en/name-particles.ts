/**
 * Words inside and around proper names that are not themselves the name: the particles of Arabic, Dutch,
 * German, French, Spanish, Portuguese and Italian names as English copy writes them ("Bashar al-Assad",
 * "Abu Mohammed al-Golani", "Ursula von der Leyen"), and the English function words that start sentences
 * and so are capitalised without naming anything.
 */

/** Articles and prepositions inside names ("al-", "bin", "van", "de"): often dropped or re-spelled by other outlets. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'al el ad as ash an at ul bin ibn bint de da di du van von der den del la le dos das'.split(' '),
);

/** Particles that are also English words: only particles when hyphenated ("ad-Din", "an-Nusra"). */
export const HYPHEN_ONLY_PARTICLES: ReadonlySet<string> = new Set('ad as ash an at ul da di la le'.split(' '));

/**
 * Function words that start English sentences (articles, prepositions, pronouns, conjunctions): capitalised
 * at a sentence start, never a name. The name finder adds the story's own lower-case vocabulary.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(
  'the a an in on at but and or however although after before following throughout only some other many its his her their our this that these those it he she they we there when while as for with by from if since yet so'.split(
    ' ',
  ),
);
