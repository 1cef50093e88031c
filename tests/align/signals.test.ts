import { describe, expect, it } from 'vitest';
import { markNegatableTokens, markNegatedTokens } from '../../src/pipeline/align/profile/negation.ts';
import { markQuotedTokens } from '../../src/pipeline/align/profile/quotes.ts';
import { createWordLexicon } from '../../src/pipeline/align/words/word-relations.ts';
import { getWordNet } from '../../src/pipeline/align/words/wordnet.ts';
import { analyseWords } from '../../src/pipeline/text/index.ts';
import { claimThreshold, scoreTexts } from './pair-helper.ts';

const lexicon = createWordLexicon(getWordNet());
const match = (a: string, b: string) => lexicon.matchWords(lexicon.wordInfo(a), false, lexicon.wordInfo(b), false);

describe('word relations', () => {
  it('treats "insurgents" and "rebels" as synonyms', () => {
    expect(match('insurgents', 'rebels')).toBe('synonym');
  });

  it('treats "aired" and "broadcast" as synonyms', () => {
    expect(match('aired', 'broadcast')).toBe('synonym');
  });

  it('matches inflections of one word exactly, irregular ones included', () => {
    expect(match('captured', 'capture')).toBe('exact');
    expect(match('took', 'taken')).toBe('exact');
  });

  it('does not relate unrelated words', () => {
    expect(match('roundabout', 'ukraine')).toBeUndefined();
  });

  it('gives names no WordNet synonyms', () => {
    const turkey = lexicon.wordInfo('turkey');
    expect(lexicon.matchWords(turkey, true, lexicon.wordInfo('flop'), false)).toBeUndefined();
  });
});

describe('name variants', () => {
  it('aligns two sentences that spell the leader differently', () => {
    const score = scoreTexts(
      'Abu Mohammed al-Golani announced on Thursday that rebels control Hama.',
      'Abu Mohammad al-Jolani announced on Thursday that the rebels control Hama.',
    );
    expect(score.features.namesUnmatched).toBe(0);
    expect(score.probability).toBeGreaterThan(claimThreshold());
  });
});

describe('numbers', () => {
  it('scores a pair with the same figure above the same pair with different figures', () => {
    const same = scoreTexts(
      'The Observatory said 826 people had been killed.',
      'The Observatory said 826 people were killed.',
    );
    const different = scoreTexts(
      'The Observatory said 826 people had been killed.',
      'The Observatory said 268 people were killed.',
    );
    expect(same.features.numbersShared).toBe(1);
    expect(different.features.numbersDiffer).toBe(1);
    expect(different.probability).toBeLessThan(same.probability);
  });
});

describe('negation', () => {
  it('scopes a cue over the following words of its clause', () => {
    const text = 'Rebels did not capture Hama, officials said';
    const tokens = analyseWords(text);
    const negated = markNegatedTokens(text, tokens);
    expect(tokens.filter((_, i) => negated[i]).map((token) => token.norm)).toEqual(['capture', 'hama']);
  });

  it('never aligns "did not capture" with "captured"', () => {
    const score = scoreTexts(
      'Syrian rebels did not capture the city of Hama on Thursday.',
      'Syrian rebels captured the city of Hama on Thursday.',
    );
    expect(score.veto).toBe('polarity');
    expect(score.probability).toBe(0);
  });

  it('reads the words after a negative implicative followed by "to" as negatable, not negated', () => {
    const text = 'The militia failed to seize the bridge';
    const tokens = analyseWords(text);
    expect(markNegatedTokens(text, tokens).some(Boolean)).toBe(false);
    const negatable = markNegatableTokens(text, tokens);
    expect(tokens.filter((_, i) => negatable[i]).map((token) => token.norm)).toEqual(['seize', 'bridge']);
  });

  it('marks every word after a cue in its clause as negatable, past the scope window', () => {
    const text = 'Tenants cannot afford the rent in the old town, they said';
    const tokens = analyseWords(text);
    const negatable = markNegatableTokens(text, tokens);
    expect(tokens.filter((_, i) => negatable[i]).map((token) => token.norm)).toEqual(['afford', 'rent', 'old', 'town']);
  });

  it('joins "can no longer afford" with "cannot afford"', () => {
    const score = scoreTexts(
      'Tenants said they can no longer afford the rent in the old town.',
      'Tenants said they cannot afford the rent in the old town.',
    );
    expect(score.veto).toBeUndefined();
    expect(score.probability).toBeGreaterThan(claimThreshold());
  });

  it('joins "never managed to seize" with "had not been able to capture"', () => {
    const score = scoreTexts(
      'The militia never managed to seize the bridge over the river.',
      'The militia had not been able to capture the bridge over the river.',
    );
    expect(score.veto).toBeUndefined();
    expect(score.probability).toBeGreaterThan(claimThreshold());
  });

  it('joins "was unable to seize" with "did not seize"', () => {
    const score = scoreTexts(
      'The militia was unable to seize the bridge over the river.',
      'The militia did not seize the bridge over the river.',
    );
    expect(score.veto).toBeUndefined();
    expect(score.probability).toBeGreaterThan(claimThreshold());
  });

  it('never aligns "did not approve" with "approved"', () => {
    const score = scoreTexts(
      'The council approved the plan for the new harbour.',
      'The council did not approve the plan for the new harbour.',
    );
    expect(score.veto).toBe('polarity');
  });

  it('does not veto a pair over a negation of a word the other text lacks', () => {
    const score = scoreTexts(
      'The mayor did not attend, but approved the plan for the new harbour.',
      'The mayor approved the plan for the new harbour.',
    );
    expect(score.veto).toBeUndefined();
  });

  it('ends a scope at a horizontal bar (U+2015) as at an em dash, and at a typed double hyphen', () => {
    for (const dash of ['\u2015', '\u2014', '--']) {
      const text = `Residents cannot picture the square ${dash} with Mayor Lopez in charge`;
      const tokens = analyseWords(text);
      const negated = markNegatedTokens(text, tokens);
      expect(tokens.filter((_, i) => negated[i]).map((token) => token.norm)).toEqual(['picture', 'square']);
    }
  });

  it('does not veto one quotation printed with a horizontal bar in one report and an em dash in the other', () => {
    const score = scoreTexts(
      '“We can’t picture it \u2015 the new tower beside the old square,” the architect said on Monday.',
      '“We can’t picture it \u2014 the new tower beside the old square,” the architect told the council on Monday.',
    );
    expect(score.veto).toBeUndefined();
    expect(score.probability).toBeGreaterThan(claimThreshold());
  });

  it('does not veto a quotation whose word alignment crosses an affirmed and a negated occurrence of one word', () => {
    // Both texts say "the crowd cheers" and "they won't be cheering"; greedy alignment may link each report's
    // affirmed "cheers" to the other's negated "cheering". Each text negates the word somewhere, so they agree.
    const score = scoreTexts(
      '“The crowd cheers for us now. They won’t be cheering when the plant closes,” the union leader said.',
      'Of the owners, the union leader said: “We want them to listen. The crowd cheers for us now. They won’t be cheering when the plant closes.”',
    );
    expect(score.veto).toBeUndefined();
  });

  it('still vetoes a word that one text negates and the other only affirms', () => {
    const score = scoreTexts('The crowd cheers for the team every week.', 'The crowd is not cheering for the team this week.');
    expect(score.veto).toBe('polarity');
  });

  it('aligns two sentences negated alike', () => {
    const score = scoreTexts(
      'Hama had never fallen to the rebels before.',
      'Hama had never before fallen into rebel hands.',
    );
    expect(score.veto).toBeUndefined();
    expect(score.probability).toBeGreaterThan(claimThreshold());
  });
});

describe('paraphrase signals', () => {
  it('aligns a close paraphrase that swaps words for synonyms', () => {
    const score = scoreTexts(
      'Al Jazeera television broadcast images of rebels inside Hama.',
      'Al Jazeera aired footage of insurgents within Hama.',
    );
    expect(score.features.coverMin).toBeGreaterThan(score.features.exactCoverMin);
    expect(score.probability).toBeGreaterThan(claimThreshold());
  });

  it('counts a shared quotation', () => {
    const score = scoreTexts(
      'The army said it was redeploying “to preserve civilian lives and prevent urban combat”.',
      'Troops pulled back “to preserve civilian lives and prevent urban combat”, the army said.',
    );
    expect(score.features.quoteOverlap).toBe(1);
  });

  it('counts the words of a quotation begun in the sentence before as quoted', () => {
    const text = 'It was a sad day,” said a neighbour.';
    const tokens = analyseWords(text);
    expect(tokens.filter((_, index) => markQuotedTokens(text, tokens)[index]).map((token) => token.surface)).toEqual(['It', 'was', 'a', 'sad', 'day']);
  });

  it('counts the words in single quotation marks of a headline as quoted', () => {
    const text = "Minister calls the cuts 'a disgrace'";
    const tokens = analyseWords(text);
    expect(tokens.filter((_, index) => markQuotedTokens(text, tokens)[index]).map((token) => token.surface)).toEqual(['a', 'disgrace']);
  });

  it('keeps sentences about different things apart', () => {
    const score = scoreTexts(
      'Residents of Aleppo have reported food and fuel shortages.',
      'The rebels have now set their sights on Homs, the central province.',
    );
    expect(score.probability).toBeLessThan(claimThreshold());
  });
});
