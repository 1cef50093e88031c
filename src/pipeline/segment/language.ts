import type { ReportLanguage, Sentence, SourceMetadata } from '../types.ts';
import { directionOfLanguage, judgeWriting } from './script.ts';
import { DEFAULT_SETTINGS, type SegmentSettings } from '../settings.ts';

/**
 * The most frequent English function words (articles, prepositions, pronouns, auxiliaries), from
 * the top of the Brown corpus frequency list. In English news prose they make up roughly 40% of
 * words; in French, German, Spanish or Arabic text (transliterated or not) only a few per cent.
 */
const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'of', 'and', 'to', 'a', 'in', 'that', 'is', 'was', 'he', 'for', 'it', 'with', 'as', 'his', 'on',
  'be', 'at', 'by', 'had', 'are', 'but', 'from', 'or', 'have', 'an', 'they', 'which', 'one', 'were', 'her',
  'all', 'she', 'there', 'would', 'their', 'we', 'him', 'been', 'has', 'when', 'who', 'will', 'more', 'no',
  'if', 'out', 'so', 'said', 'what', 'up', 'its', 'about', 'into', 'than', 'them', 'can', 'only', 'other',
  'new', 'some', 'could', 'these', 'two', 'may', 'then', 'do', 'first', 'any', 'my', 'now', 'such', 'like',
  'our', 'over', 'this', 'after', 'also', 'not', 'i', 'you', 'after',
]);


/** Share of a text's words that are common English function words. */
export function englishFunctionWordShare(text: string): { share: number; words: number } {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return { share: 0, words: 0 };
  return { share: words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length / words.length, words: words.length };
}

/**
 * Decides a report's language and how it is written. Only English reports are aligned (the aligner's
 * stemmer, stop words and WordNet are English). A language declared in story.yaml wins. Otherwise a
 * report mostly in a script other than Latin is not English, and is tagged with the language its
 * script settles or with the script alone (`und-Cyrl`); a Latin-script report is English when enough
 * of its body's words are English function words, and short ones count as English (`SegmentSettings.englishShare`,
 * `minWordsToJudge`). The direction always comes from the text's letters; only a text without letters takes
 * it from the declared language.
 */
export function judgeReportLanguage(
  sentences: readonly Sentence[],
  metadata: SourceMetadata,
  settings: SegmentSettings = DEFAULT_SETTINGS.segment,
): ReportLanguage {
  const body = sentences.filter((sentence) => sentence.kind === 'body' || sentence.kind === 'standfirst');
  const { share, words } = englishFunctionWordShare(body.map((sentence) => sentence.text).join(' '));
  const englishShare = Math.round(share * 1000) / 1000;
  const writing = judgeWriting(sentences.map((sentence) => sentence.text).join(' '), settings);
  const { script, direction } = writing;
  if (metadata.language !== undefined) {
    return {
      tag: metadata.language,
      english: /^en\b/i.test(metadata.language),
      source: 'declared',
      englishShare,
      script,
      direction: direction === 'auto' ? directionOfLanguage(metadata.language) : direction,
    };
  }
  if (script !== undefined && script !== 'Latn') {
    const tag = writing.language ?? (script === 'Zzzz' ? 'und' : `und-${script}`);
    return { tag, english: false, source: 'detected', englishShare, script, direction };
  }
  if (words < settings.minWordsToJudge) return { tag: 'und', english: true, source: 'too-short', englishShare, script, direction };
  const english = share >= settings.englishShare;
  return { tag: english ? 'en' : 'und', english, source: 'detected', englishShare, script, direction };
}

/** The tag to mark a report's words with (`lang`), or undefined when the language is not known at all. */
export function knownLanguageTag(language: Pick<ReportLanguage, 'tag'>): string | undefined {
  return language.tag === 'und' ? undefined : language.tag;
}
