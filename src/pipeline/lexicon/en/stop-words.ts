/**
 * English stop words: function words that say nothing about a claim by themselves. Two lists, because
 * the aligner and the detectors were tuned on different ones; merging them would move both stages'
 * figures (a candidate for later unification, measured on eval:news and eval:msrp).
 */

/**
 * The aligner's stop words: the NLTK English stop-word list (Bird, Klein & Loper 2009, "Natural Language
 * Processing with Python"), with one deliberate change: negation words (`not`, `no`, `nor`, `never`) are
 * left out here and listed in `negation.ts`, so that polarity can read them; the aligner still keeps them
 * out of content overlap. (Honorifics and the Arabic article were once added on the evidence of one
 * story's spellings; news-dev is no worse without them, see docs/hama-only-rules.md.)
 */
// prettier-ignore
export const NLTK_STOP_WORDS: ReadonlySet<string> = new Set([
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

/**
 * The detectors' stop words: a short list in the spirit of the classic SMART (Salton 1971) and Snowball
 * English stop lists, kept small on purpose so that numbers and negations stay content, plus the
 * prepositions news copy puts around figures ("according to", "amid", "per").
 */
export const COMPACT_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but so yet of to in on at by for from with without into onto over under about above below ' +
    'after before during since until than then as if while when where which who whom whose what that this these those ' +
    'it its it\'s he him his she her hers they them their theirs we us our you your i me my mine is are was were be been ' +
    'being am has have had having do does did doing will would shall should can could may might must also just only ' +
    'very too more most some any all each every both either neither other another such own same there here out up down ' +
    'off again once following according including despite amid among across toward towards within around through ' +
    'against via per upon'
  ).split(' '),
);
