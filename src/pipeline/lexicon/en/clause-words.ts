/**
 * English grammatical words the clause splitter reads to tell where one clause ends and the next begins
 * ("Rebels captured Hama on Thursday, a major victory …"): auxiliaries and modals, coordinating
 * conjunctions, relative pronouns, determiners, and the -ing words that work as prepositions. The first four
 * are closed word classes of English grammar (as in Quirk et al. 1985, "A Comprehensive Grammar of the
 * English Language"); the -ing words are those that head prepositional or quantity phrases in news copy
 * ("including 222 in Hama").
 */

/** Auxiliaries and modals: a sure sign of a finite verb phrase. */
// prettier-ignore
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'shall',
  'should', 'must', 'did', 'does', 'do',
]);

/** Coordinators that join two independent clauses after a comma. */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas', 'yet']);

/** Relative pronouns: a verb after one belongs to a relative clause, not to a new main clause. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose']);

/** Words in -ing that work as prepositions or quantity phrases ("including 222 in Hama"), and the -thing pronouns. */
// prettier-ignore
export const PREPOSITIONAL_ING: ReadonlySet<string> = new Set([
  'including', 'according', 'following', 'regarding', 'concerning', 'excluding', 'considering', 'during',
  'notwithstanding', 'pending', 'barring', 'beginning', 'starting', 'ranging', 'totaling', 'totalling',
  'amounting', 'bringing', 'involving', 'nothing', 'something', 'everything', 'anything',
]);

/** Determiners and possessives: a word right after one is no finite verb ("the wounded", "his reported"). */
// prettier-ignore
export const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
