import type { TextDirection } from '../types.ts';
import { DEFAULT_SETTINGS, type SegmentSettings } from '../settings.ts';

/** A writing system: its ISO 15924 code, a pattern that finds its letters, and the direction it is written in. */
interface ScriptRule {
  readonly code: string;
  readonly letters: RegExp;
  readonly direction: 'ltr' | 'rtl';
}

/**
 * The scripts told apart, by their Unicode Script property (UAX #24). The right-to-left ones are the
 * scripts whose letters have bidi class R or AL (UAX #9): Arabic, Hebrew, Syriac, Thaana, N'Ko and a few
 * rarer ones. Letters of a script not listed count as left to right, the direction of nearly all others.
 */
const SCRIPT_RULES: readonly ScriptRule[] = [
  { code: 'Arab', letters: /\p{Script=Arabic}/gu, direction: 'rtl' },
  { code: 'Hebr', letters: /\p{Script=Hebrew}/gu, direction: 'rtl' },
  { code: 'Syrc', letters: /\p{Script=Syriac}/gu, direction: 'rtl' },
  { code: 'Thaa', letters: /\p{Script=Thaana}/gu, direction: 'rtl' },
  { code: 'Nkoo', letters: /\p{Script=Nko}/gu, direction: 'rtl' },
  { code: 'Adlm', letters: /\p{Script=Adlam}/gu, direction: 'rtl' },
  { code: 'Samr', letters: /\p{Script=Samaritan}/gu, direction: 'rtl' },
  { code: 'Mand', letters: /\p{Script=Mandaic}/gu, direction: 'rtl' },
  { code: 'Rohg', letters: /\p{Script=Hanifi_Rohingya}/gu, direction: 'rtl' },
  { code: 'Grek', letters: /\p{Script=Greek}/gu, direction: 'ltr' },
  { code: 'Cyrl', letters: /\p{Script=Cyrillic}/gu, direction: 'ltr' },
  { code: 'Armn', letters: /\p{Script=Armenian}/gu, direction: 'ltr' },
  { code: 'Geor', letters: /\p{Script=Georgian}/gu, direction: 'ltr' },
  { code: 'Hani', letters: /\p{Script=Han}/gu, direction: 'ltr' },
  { code: 'Hira', letters: /\p{Script=Hiragana}/gu, direction: 'ltr' },
  { code: 'Kana', letters: /\p{Script=Katakana}/gu, direction: 'ltr' },
  { code: 'Hang', letters: /\p{Script=Hangul}/gu, direction: 'ltr' },
  { code: 'Thai', letters: /\p{Script=Thai}/gu, direction: 'ltr' },
  { code: 'Deva', letters: /\p{Script=Devanagari}/gu, direction: 'ltr' },
  { code: 'Beng', letters: /\p{Script=Bengali}/gu, direction: 'ltr' },
  { code: 'Guru', letters: /\p{Script=Gurmukhi}/gu, direction: 'ltr' },
  { code: 'Gujr', letters: /\p{Script=Gujarati}/gu, direction: 'ltr' },
  { code: 'Taml', letters: /\p{Script=Tamil}/gu, direction: 'ltr' },
  { code: 'Telu', letters: /\p{Script=Telugu}/gu, direction: 'ltr' },
  { code: 'Knda', letters: /\p{Script=Kannada}/gu, direction: 'ltr' },
  { code: 'Mlym', letters: /\p{Script=Malayalam}/gu, direction: 'ltr' },
  { code: 'Sinh', letters: /\p{Script=Sinhala}/gu, direction: 'ltr' },
  { code: 'Ethi', letters: /\p{Script=Ethiopic}/gu, direction: 'ltr' },
  { code: 'Khmr', letters: /\p{Script=Khmer}/gu, direction: 'ltr' },
  { code: 'Mymr', letters: /\p{Script=Myanmar}/gu, direction: 'ltr' },
  { code: 'Laoo', letters: /\p{Script=Lao}/gu, direction: 'ltr' },
  { code: 'Tibt', letters: /\p{Script=Tibetan}/gu, direction: 'ltr' },
];

/** Scripts written right to left, by ISO 15924 code. */
const RTL_SCRIPTS: ReadonlySet<string> = new Set(SCRIPT_RULES.filter((rule) => rule.direction === 'rtl').map((rule) => rule.code));

/** ISO 15924 code for letters of a script not in `SCRIPT_RULES`. */
const UNCODED_SCRIPT = 'Zzzz';

/**
 * Scripts that, in news text, are written in essentially one language: CLDR's likely subtags
 * (`und-Grek` → `el`, …) for the scripts where that language is nearly the only one published in
 * it. Cyrillic, Devanagari or Latin are left out: many languages share them. Arabic and Hebrew
 * are named only after the checks in `LANGUAGE_CHECKS`.
 */
const SCRIPT_LANGUAGES: ReadonlyMap<string, string> = new Map([
  ['Arab', 'ar'],
  ['Hebr', 'he'],
  ['Grek', 'el'],
  ['Armn', 'hy'],
  ['Geor', 'ka'],
  ['Hang', 'ko'],
  ['Jpan', 'ja'],
  ['Hani', 'zh'],
  ['Thai', 'th'],
]);

/**
 * Letters that mark another language written in the same script; when more than
 * `otherLanguageShare` (`SegmentSettings`) of the script's letters are among them, only the script is named.
 * Arabic: Persian, Urdu, Pashto, Kurdish, Sindhi and Uyghur add letters beyond the Arabic alphabet
 * (پ چ ژ گ ک ی ٹ ڈ ڑ ں ے, U+0671–U+06D3, U+06EE–U+06FF, and the Arabic Supplement and Extended-A
 * blocks; Unicode Standard §9.2), and Arabic news does not use them. Hebrew: Yiddish writes the
 * ligatures װ ױ ײ (U+05F0–U+05F2), which Hebrew does not.
 */
const LANGUAGE_CHECKS: ReadonlyMap<string, RegExp> = new Map([
  ['Arab', /[\u0671-\u06D3\u06EE-\u06FF\u0750-\u077F\u08A0-\u08FF]/gu],
  ['Hebr', /[\u05F0-\u05F2]/gu],
]);

/** What the letters of a text say about how it is written. */
export interface WritingJudgement {
  /** ISO 15924 code of the script most letters are in (`Latn`, `Arab`, `Jpan` for Han with kana); absent when there are no letters. */
  readonly script?: string | undefined;
  /** Letters in that script. */
  readonly scriptLetters: number;
  /** A language the script all but settles (`ar`, `el`, `zh`), when there are enough letters to tell. */
  readonly language?: string | undefined;
  /** `rtl` when letters of right-to-left scripts outnumber the others, `ltr` when not, `auto` when there are no letters. */
  readonly direction: TextDirection;
}

/** Counts the code points of a text that match a global pattern. */
function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  for (const _ of text.matchAll(pattern)) count++;
  return count;
}

/** Number of letters of a text in each script, by ISO 15924 code; letters of unlisted scripts count as `Zzzz`. */
export function countLettersByScript(text: string): Map<string, number> {
  const letters = text.replace(/\P{L}+/gu, '');
  let rest = letters.replace(/\p{Script=Latin}+/gu, '');
  // Latin letters are all in the Basic Multilingual Plane: one code unit each, so lengths count them.
  const counts = new Map<string, number>([['Latn', letters.length - rest.length]]);
  for (const rule of SCRIPT_RULES) {
    if (rest === '') break;
    const count = countMatches(rest, rule.letters);
    if (count === 0) continue;
    counts.set(rule.code, count);
    rest = rest.replace(rule.letters, '');
  }
  const uncoded = countMatches(rest, /\p{L}/gu);
  if (uncoded > 0) counts.set(UNCODED_SCRIPT, uncoded);
  return counts;
}

/** Merges Han and kana into Japanese (`Jpan`) when the kana share says the text is Japanese (`SegmentSettings.japaneseKanaShare`). */
function mergeJapanese(counts: Map<string, number>, japaneseKanaShare: number): Map<string, number> {
  const han = counts.get('Hani') ?? 0;
  const kana = (counts.get('Hira') ?? 0) + (counts.get('Kana') ?? 0);
  if (kana === 0 || kana / (han + kana) < japaneseKanaShare) return counts;
  const merged = new Map([...counts].filter(([code]) => code !== 'Hani' && code !== 'Hira' && code !== 'Kana'));
  merged.set('Jpan', han + kana);
  return merged;
}

/**
 * The language a script settles, if the text has enough letters in it and none that mark another language
 * (`SegmentSettings.minLettersToNameLanguage`, `otherLanguageShare`).
 */
function languageOfScript(text: string, script: string, letters: number, settings: SegmentSettings): string | undefined {
  const language = SCRIPT_LANGUAGES.get(script);
  if (language === undefined || letters < settings.minLettersToNameLanguage) return undefined;
  const check = LANGUAGE_CHECKS.get(script);
  if (check !== undefined && countMatches(text, check) > letters * settings.otherLanguageShare) return undefined;
  return language;
}

/**
 * Judges how a text is written: its dominant script, its direction from its strong directional
 * letters (UAX #9 rule P2 looks at the first one only; a whole report is judged by the majority,
 * so an English name in an Arabic report does not turn it), and, when the script all but settles
 * it, its language.
 */
export function judgeWriting(text: string, settings: SegmentSettings = DEFAULT_SETTINGS.segment): WritingJudgement {
  const counts = mergeJapanese(countLettersByScript(text), settings.japaneseKanaShare);
  let script: string | undefined;
  let scriptLetters = 0;
  let rtl = 0;
  let total = 0;
  for (const [code, count] of counts) {
    total += count;
    if (RTL_SCRIPTS.has(code)) rtl += count;
    if (count > scriptLetters) [script, scriptLetters] = [code, count];
  }
  if (script === undefined) return { scriptLetters: 0, direction: 'auto' };
  const direction = rtl > total - rtl ? 'rtl' : 'ltr';
  return { script, scriptLetters, language: languageOfScript(text, script, scriptLetters, settings), direction };
}

/**
 * The direction a language is written in, from its tag: the script the tag names, else the one
 * CLDR's likely subtags give it (`ar` → Arab, `az-Arab` → Arab, `az` → Latn); `auto` when unknown.
 */
export function directionOfLanguage(tag: string): TextDirection {
  try {
    const script = new Intl.Locale(tag).maximize().script;
    if (script === undefined) return 'auto';
    return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'auto';
  }
}
