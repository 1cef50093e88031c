/**
 * English negation cues and the words that end their scope. "Rebels did not capture Hama" and "Rebels
 * captured Hama" share every content word yet state opposite claims, so the aligner reads these apart.
 */

/**
 * Words that reverse the polarity of what follows them: the negation cues of the NLTK stop list that
 * `NLTK_STOP_WORDS` leaves out, plus the negative pronouns and "cannot" (a single word in English
 * spelling, unlike "can not").
 */
// prettier-ignore
export const NEGATION_WORDS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'nor', 'neither', 'none', 'nobody', 'nothing', 'cannot',
]);

/**
 * Negative implicative verbs and adjectives: followed by "to", they deny the complement's event ("failed to
 * seize the bridge" entails it was not seized; Karttunen 1971, "Implicative verbs", Language 47(2)). They stay
 * content words. The aligner reads the words after them as possibly negated, never as plainly negated: a
 * report may state the same denial with a lexically negative verb ("failed to follow the protocols" /
 * "disregarded the protocols") that no cue list catches.
 */
// prettier-ignore
export const IMPLICATIVE_NEGATION_WORDS: ReadonlySet<string> = new Set([
  'unable', 'fail', 'fails', 'failed', 'failing',
]);

/**
 * Contrastive conjunctions that start a new clause, ending a negation's scope ("did not win, but held
 * …"), after the punctuation-and-conjunction scope baselines of Councill, McDonald & Velikovich (2010).
 */
export const NEGATION_SCOPE_BREAKERS: ReadonlySet<string> = new Set(['but', 'while', 'whereas', 'although', 'though', 'yet']);
