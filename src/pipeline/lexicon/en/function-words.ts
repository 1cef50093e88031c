/**
 * Short lists of English function words that are not stop lists: the words that tell English text from
 * other languages, and the words a title-case headline leaves small.
 */

/**
 * The most frequent English function words (articles, prepositions, pronouns, auxiliaries), from the top
 * of the Brown corpus frequency list (Kučera & Francis 1967). In English news prose they make up roughly
 * 40% of words; in French, German, Spanish or Arabic text (transliterated or not) only a few per cent,
 * which is how a report's language is told.
 */
// prettier-ignore
export const BROWN_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'to', 'a', 'in', 'that', 'is', 'was', 'he', 'for', 'it', 'with', 'as', 'his', 'on',
  'be', 'at', 'by', 'had', 'are', 'but', 'from', 'or', 'have', 'an', 'they', 'which', 'one', 'were', 'her',
  'all', 'she', 'there', 'would', 'their', 'we', 'him', 'been', 'has', 'when', 'who', 'will', 'more', 'no',
  'if', 'out', 'so', 'said', 'what', 'up', 'its', 'about', 'into', 'than', 'them', 'can', 'only', 'other',
  'new', 'some', 'could', 'these', 'two', 'may', 'then', 'do', 'first', 'any', 'my', 'now', 'such', 'like',
  'our', 'over', 'this', 'after', 'also', 'not', 'i', 'you', 'after',
]);

/**
 * Short words a title-case headline leaves in lower case (articles, coordinating conjunctions, short
 * prepositions, as Chicago-style headline capitalisation does), plus the short verbs and pronouns
 * headlines also leave small ("is", "are", "its", "it").
 */
// prettier-ignore
export const TITLE_CASE_MINOR_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or',
  'over', 'per', 'the', 'to', 'up', 'via', 'vs', 'with', 'is', 'are', 'its', 'it',
]);
