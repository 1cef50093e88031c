/**
 * English function words that carry no claim content on their own.
 *
 * The list follows the NLTK English stop-word list (Bird, Klein & Loper 2009, "Natural Language
 * Processing with Python"), with one deliberate change: negation words (`not`, `no`, `nor`, `never`)
 * are NOT stop words here for polarity, but they are kept out of content overlap by `negation.ts`, which
 * reads them separately. (Honorifics and the Arabic article were once added on the evidence of one story's
 * spellings; news-dev is no worse without them, see docs/hama-only-rules.md.)
 */
// prettier-ignore
const STOP_WORDS: ReadonlySet<string> = new Set([
  'i', 'me', 'my', 'myself', 'we', 'our', 'ours', 'ourselves', 'you', 'your', 'yours', 'yourself',
  'yourselves', 'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'it', 'its', 'itself',
  'they', 'them', 'their', 'theirs', 'themselves', 'what', 'which', 'who', 'whom', 'this', 'that',
  'these', 'those', 'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had',
  'having', 'do', 'does', 'did', 'doing', 'a', 'an', 'the', 'and', 'but', 'if', 'or', 'because', 'as',
  'until', 'while', 'of', 'at', 'by', 'for', 'with', 'about', 'against', 'between', 'into', 'through',
  'during', 'before', 'after', 'above', 'below', 'to', 'from', 'up', 'down', 'in', 'out', 'on', 'off',
  'over', 'under', 'again', 'further', 'then', 'once', 'here', 'there', 'when', 'where', 'why', 'how',
  'all', 'any', 'both', 'each', 'few', 'more', 'most', 'other', 'some', 'such', 'only', 'own', 'same',
  'so', 'than', 'too', 'very', 's', 't', 'can', 'will', 'just', 'should', 'now', 'would', 'could',
  'also', 'may', 'might', 'must', 'shall', 'us',
]);

/** Words that reverse the polarity of what follows them; see `negation.ts`. */
// prettier-ignore
const NEGATION_WORDS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'nor', 'neither', 'none', 'nobody', 'nothing', 'cannot',
]);

/** Whether a lower-cased word is a function word that says nothing about a claim by itself. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word) || NEGATION_WORDS.has(word);
}

/** Whether a lower-cased word is a negation cue ("not", "never", …), kept apart for polarity checks. */
export function isNegationWord(word: string): boolean {
  return NEGATION_WORDS.has(word);
}
