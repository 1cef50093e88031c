import { buildIdf } from './idf.ts';
import { buildCasingLexicon } from './names.ts';
import type { ProfileContext, TextAnalysis } from './text-profile.ts';
import type { WordLexicon } from '../words/word-relations.ts';

/**
 * Builds the collection statistics (IDF weights, casing lexicon) that text profiles are weighted by, from
 * a reference collection: the story's own units when aligning a story, the training sentences for MSRP.
 */
export function createProfileContext(reference: readonly TextAnalysis[], lexicon: WordLexicon): ProfileContext {
  const keyIds = new Map<string, number>();
  return {
    lexicon,
    internKey(key) {
      let id = keyIds.get(key);
      if (id === undefined) {
        id = keyIds.size;
        keyIds.set(key, id);
      }
      return id;
    },
    idf: buildIdf(reference.map((analysis) => analysis.keys.filter((_, index) => !analysis.tokens[index]?.isStop))),
    casing: buildCasingLexicon(
      reference.filter((analysis) => analysis.casingInformative).map((analysis) => analysis.tokens),
    ),
  };
}
