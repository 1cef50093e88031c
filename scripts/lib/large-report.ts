import { createRandom, randomIndex } from './seeded-random.ts';

/**
 * Large synthetic reports for benchmarks: news prose of any size made from hand-written sentence
 * templates (people with titles and second references, places, organisations, counts, dates, money,
 * direct quotations with attribution), plus an optional share of lines taken from real reports (so
 * that a large report still shares claims with the normal ones beside it), and a single line of
 * words without punctuation. Deterministic for a given seed; nothing is copied from evaluation sets.
 */

const GIVEN = [
  'Amira', 'Daniel', 'Farid', 'Grace', 'Hassan', 'Irene', 'Jonas', 'Karim', 'Leila', 'Marcus', 'Nadia', 'Omar',
  'Paula', 'Rami', 'Sofia', 'Tariq', 'Ursula', 'Victor', 'Wendy', 'Yusuf', 'Zainab', 'Peter', 'Helen', 'Samuel',
  'Maria', 'Ahmed', 'Lucy', 'George', 'Fatima', 'Thomas', 'Anna', 'Mohammed', 'Olga', 'Ivan', 'Carmen', 'Luis',
];
const SURNAMES = [
  'Haddad', 'Okafor', 'Brennan', 'Castillo', 'Dimitrov', 'Eriksen', 'Fontaine', 'Gallagher', 'Hoffmann', 'Ibrahim',
  'Jablonski', 'Kowalczyk', 'Lindqvist', 'Mansour', 'Novak', 'Oyelaran', 'Petrakis', 'Quinlan', 'Rahimi', 'Sandoval',
  'Takahashi', 'Umarov', 'Varga', 'Whitfield', 'Yilmaz', 'Zubair', 'Morrison', 'Delgado', 'Abbasi', 'Kessler',
  'Navarro', 'Osei', 'Pereira', 'Rossi', 'Schneider', 'Tanaka', 'Walsh', 'Nasser', 'Holloway', 'Ferreira',
];
const TITLES = ['President', 'Minister', 'Gen.', 'Col.', 'Dr.', 'Mayor', 'Governor', 'Sen.', 'Judge', 'Commander'];
const ROLES = [
  'a spokesman for the interior ministry', 'the regional governor', 'a local council member', 'the army chief of staff',
  'a doctor at the city hospital', 'an aid worker', 'a senior police officer', 'the head of the relief agency',
  'a resident of the old quarter', 'a United Nations envoy', 'an opposition leader', 'the defence minister',
];
const PLACES = [
  'Marsala', 'Kettering', 'Port Alder', 'Valbrook', 'Norhaven', 'East Linton', 'Sarvan', 'Tellmouth', 'Greyford',
  'Almara', 'Dunhollow', 'Riverside', 'Castleton', 'Brightwater', 'Oakridge', 'Santa Lucia', 'New Kessel',
];
const ORGANISATIONS = [
  'the Red Crescent', 'the World Food Programme', 'the National Guard', 'the Coastal Authority', 'the Ministry of Health',
  'the Federal Police', 'the Civil Defence', 'the Union of Dock Workers', 'the Northern Alliance', 'the Electoral Commission',
];
const THINGS = [
  'people', 'soldiers', 'civilians', 'families', 'vehicles', 'homes', 'schools', 'patients', 'workers', 'houses',
  'villages', 'trucks', 'residents', 'fighters', 'children', 'buildings', 'boats', 'flights',
];
const VERBS = ['killed', 'injured', 'displaced', 'evacuated', 'detained', 'rescued', 'damaged', 'destroyed', 'stranded', 'released'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const QUOTES = [
  'We will not leave until every family is safe',
  'The situation is worse than anyone expected',
  'Nobody told us the water was coming so fast',
  'This is a turning point for the whole region',
  'We have asked for help again and again, and nobody answered',
  'Our teams are working day and night',
  'I saw the fire from my window and ran with my children',
  'The numbers will rise, I am afraid',
  'There is no military solution to this conflict',
  'We are ready to talk, but not under threat',
];
const CONNECTIVES = ['Meanwhile,', 'Earlier,', 'Later that day,', 'By evening,', 'In a statement,', 'According to officials,', 'Separately,'];

/** A sentence template: draws its slots from the generator. */
type Template = (pick: Picker) => string;

/** Draws the slot values of one template. */
interface Picker {
  readonly person: () => string;
  readonly surname: () => string;
  readonly title: () => string;
  readonly role: () => string;
  readonly place: () => string;
  readonly organisation: () => string;
  readonly thing: () => string;
  readonly verb: () => string;
  readonly count: () => string;
  readonly day: () => string;
  readonly date: () => string;
  readonly quote: () => string;
  readonly connective: () => string;
}

const TEMPLATES: readonly Template[] = [
  (p) => `At least ${p.count()} ${p.thing()} were ${p.verb()} in ${p.place()} on ${p.day()}, ${p.organisation()} said.`,
  (p) => `${p.title()} ${p.person()} said the government had sent ${p.count()} ${p.thing()} to ${p.place()}.`,
  (p) => `“${p.quote()},” said ${p.person()}, ${p.role()}.`,
  (p) => `“${p.quote()},” ${p.surname()} told reporters in ${p.place()}.`,
  (p) => `${p.person()}, ${p.role()}, said ${p.count()} ${p.thing()} had been ${p.verb()} since ${p.date()}.`,
  (p) => `${p.connective()} ${p.organisation()} reported that ${p.count()} ${p.thing()} were ${p.verb()} near ${p.place()}.`,
  (p) => `The convoy left ${p.place()} at ${1 + (p.count().length % 12)} a.m. and reached ${p.place()} by noon.`,
  (p) => `${p.surname()} said the damage would cost about $${p.count()} million to repair.`,
  (p) => `Officials in ${p.place()} said ${p.count()} ${p.thing()} were still missing on ${p.day()}.`,
  (p) => `${p.title()} ${p.surname()} met ${p.person()} in ${p.place()} on ${p.date()} to discuss the crisis.`,
  (p) => `${p.connective()} ${p.person()} said that ${p.organisation()} would open ${p.count()} new shelters.`,
  (p) => `More than ${p.count()} ${p.thing()} have fled ${p.place()} since the fighting began, according to ${p.organisation()}.`,
  (p) => `In ${p.place()}, ${p.count()} per cent of ${p.thing()} had no electricity, ${p.role()} said.`,
  (p) => `“${p.quote()}. ${p.quote()},” ${p.title()} ${p.surname()} said in a televised address.`,
  (p) => `${p.person()} was ${p.verb()} on ${p.day()} and taken to a hospital in ${p.place()}.`,
  (p) => `The road between ${p.place()} and ${p.place()} was closed for ${p.count()} hours.`,
];

/** The slot picker of one generator, drawing from a seeded random sequence. */
function createPicker(random: () => number): Picker {
  const one = <T>(list: readonly T[]): T => list[randomIndex(random, list.length)] as T;
  const count = (): string => {
    const size = random();
    if (size < 0.4) return String(2 + randomIndex(random, 40));
    if (size < 0.8) return String(50 + randomIndex(random, 950));
    return (1000 + randomIndex(random, 90000)).toLocaleString('en-US');
  };
  return {
    person: () => `${one(GIVEN)} ${one(SURNAMES)}`,
    surname: () => one(SURNAMES),
    title: () => one(TITLES),
    role: () => one(ROLES),
    place: () => one(PLACES),
    organisation: () => one(ORGANISATIONS),
    thing: () => one(THINGS),
    verb: () => one(VERBS),
    count,
    day: () => one(DAYS),
    date: () => `${one(MONTHS)} ${1 + randomIndex(random, 28)}`,
    quote: () => one(QUOTES),
    connective: () => one(CONNECTIVES),
  };
}

/** Settings for `makeLargeReport`; every field may be left out. */
export interface LargeReportOptions {
  readonly seed?: number | undefined;
  /** Lines of real reports to mix in as whole paragraphs (recombined, repeated). Default none. */
  readonly fillerLines?: readonly string[] | undefined;
  /** Share of paragraphs taken from `fillerLines`. Default 0.2 when filler is given. */
  readonly fillerShare?: number | undefined;
}

/**
 * A news report of at least `bytes` UTF-8 bytes: a headline, then paragraphs of two to five generated
 * sentences separated by blank lines.
 */
export function makeLargeReport(bytes: number, options?: LargeReportOptions): string {
  const random = createRandom(options?.seed ?? 11);
  const pick = createPicker(random);
  const filler = options?.fillerLines ?? [];
  const fillerShare = filler.length === 0 ? 0 : (options?.fillerShare ?? 0.2);
  const encoder = new TextEncoder();
  const paragraphs = [`Thousands Flee ${pick.place()} as Floods Spread Across the Valley`];
  let size = encoder.encode(paragraphs[0] ?? '').length;
  while (size < bytes) {
    let paragraph: string;
    if (random() < fillerShare) paragraph = filler[randomIndex(random, filler.length)] ?? '';
    else {
      const sentences = 2 + randomIndex(random, 4);
      paragraph = Array.from({ length: sentences }, () => (TEMPLATES[randomIndex(random, TEMPLATES.length)] as Template)(pick)).join(' ');
    }
    paragraphs.push(paragraph);
    size += encoder.encode(paragraph).length + 2;
  }
  return `${paragraphs.join('\n\n')}\n`;
}

/**
 * One line of at least `bytes` bytes of news prose with no punctuation at all (as a transcript or text
 * pasted from subtitles may be): the generated sentences with every mark but letters, digits and spaces
 * taken out, names still capitalised, ending in a line break.
 */
export function makeUnpunctuatedLine(bytes: number, seed = 13): string {
  const random = createRandom(seed);
  const pick = createPicker(random);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentence = (TEMPLATES[randomIndex(random, TEMPLATES.length)] as Template)(pick).replace(/[^\p{L}\p{N}\s]+/gu, '');
    parts.push(sentence);
    size += sentence.length + 1;
  }
  return `${parts.join(' ')}\n`;
}
