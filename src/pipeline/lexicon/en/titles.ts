/**
 * English titles, honorifics and abbreviations that stand before a name ("Maj. Hassan", "Syrian President
 * Bashar al-Assad"). Three lists because three readers need different things: the tokenizer keeps the full
 * stop of a listed abbreviation, the name finder drops a title from the front of a name, and the sentence
 * splitter never ends a sentence on an abbreviated title. Candidates for unification.
 */

/**
 * Abbreviations written with a full stop that belongs to the word, as the number reader and speaker finder
 * tokenise them: titles and ranks (Associated Press Stylebook, "titles"), "St.", "Jr.", "Sr.", and the
 * "No.", "Mt.", "Ft." that stand before numbers and place names. Case as written.
 */
// prettier-ignore
export const DOTTED_ABBREVIATIONS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Maj', 'Gen', 'Col', 'Lt', 'Capt', 'Sgt', 'Sen', 'Rep', 'Gov', 'Prof', 'Rev', 'St', 'Jr',
  'Sr', 'No', 'Mt', 'Ft',
];

/**
 * Titles and honorifics dropped from the front of a name, lower case: the formal titles the Associated
 * Press Stylebook capitalises before a name (abbreviated and spelled out), with the Arabic and royal titles
 * of the observed reports (sheikh, imam, emir, ayatollah).
 */
export const NAME_TITLES: ReadonlySet<string> = new Set(
  (
    'mr mrs ms miss dr maj gen col lt capt sgt cpl adm sen rep gov prof rev president vice prime minister king queen prince ' +
    'princess sheikh sheik imam pope chancellor premier general colonel major captain lieutenant sergeant admiral senator ' +
    'governor secretary judge justice ayatollah emir sultan crown mayor ambassador commander chief spokesman spokeswoman'
  ).split(' '),
);

/**
 * Titles, ranks and other abbreviations that precede a name or number and end in a full stop ("Maj.",
 * "Gen.", "No."), lower case: a sentence never ends on one of these. From AP style's list of abbreviated
 * titles, with the common business and legal abbreviations ("Inc.", "Corp.", "vs.").
 */
// prettier-ignore
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'fr', 'sr', 'jr', 'st', 'gen', 'lt', 'col', 'maj',
  'capt', 'cpt', 'cmdr', 'cdr', 'sgt', 'cpl', 'pvt', 'adm', 'brig', 'gov', 'sen', 'rep', 'supt',
  'insp', 'det', 'hon', 'pres', 'amb', 'no', 'nos', 'vs', 'v', 'approx', 'est', 'dept', 'corp', 'inc',
]);
