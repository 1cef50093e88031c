import { describe, expect, it } from 'vitest';
import { splitOnWhitespace, stripOuterPunctuation, tokenize, tokenizeWords, type WordShape } from '../../src/pipeline/text/index.ts';

const texts = (text: string, shape?: WordShape) => tokenize(text, shape).map((token) => token.text);
const words = (text: string, shape?: WordShape) => tokenizeWords(text, shape).map((token) => token.text);

describe('tokenize', () => {
  it('gives every token the exact characters between its offsets', () => {
    const text = '“We will stay,” said Maj. Hassan al-Golani’s aide, 1,500 km² away.';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('reads words, numbers, quote marks and punctuation as such', () => {
    expect(tokenize('“Rebels,” 1,500').map((token) => [token.text, token.kind])).toEqual([
      ['“', 'quote-mark'],
      ['Rebels', 'word'],
      [',', 'punctuation'],
      ['”', 'quote-mark'],
      ['1,500', 'number'],
    ]);
  });

  it.each([
    ['curly', '“Yes” ‘no’'],
    ['straight', `"Yes" 'no'`],
    ['guillemet', '«Yes» ‹no›'],
    ['low-9', '„Yes“ ‚no‘'],
  ])('takes %s quotation marks for quote marks', (_, text) => {
    expect(tokenize(text).filter((token) => token.kind === 'quote-mark')).toHaveLength(4);
  });

  it('keeps an apostrophe inside a word and reads a wrong-facing quote of rebuilt text as a mark', () => {
    expect(tokenize('improvised firearm. "The boy\'s').map((token) => [token.text, token.kind])).toEqual([
      ['improvised', 'word'],
      ['firearm', 'word'],
      ['.', 'punctuation'],
      ['"', 'quote-mark'],
      ['The', 'word'],
      ["boy's", 'word'],
    ]);
  });

  it('keys words in lower case with straight apostrophes and folds accents apart', () => {
    const [token] = tokenize('Qaéda’s');
    expect(token?.key).toBe("qaéda's");
    expect(token?.folded).toBe("qaeda's");
  });

  it('marks a token joined to the one before it', () => {
    expect(tokenize('a 40-year term').map((token) => token.joined)).toEqual([false, false, true, true, false]);
  });

  it('gives no token to whitespace and none to an empty text', () => {
    expect(tokenize(' \n\t ')).toEqual([]);
  });

  it('reads an unknown shape as an error', () => {
    expect(() => tokenize('a', 'sentences' as WordShape)).toThrow(RangeError);
  });
});

describe('word shapes', () => {
  it.each<[WordShape, string, string[]]>([
    ['words', 'al-Assad’s 1,500 G7 2.5', ['al', 'Assad’s', '1,500', 'G', '7', '2.5']],
    ['scanned', 'Maj. Gen. Ali met U.N. staff at 5 a.m. on 1,500', ['Maj.', 'Gen.', 'Ali', 'met', 'U.N.', 'staff', 'at', '5', 'a.m.', 'on', '1,500']],
    ['alphanumeric', 'G7 3rd 1,500 Assad’s 40-year-old', ['G7', '3rd', '1', '500', 'Assad’s', '40', 'year', 'old']],
    ['name', 'by Maj. Ali O’Neill.', ['by', 'Maj.', 'Ali', 'O’Neill.']],
    ['compound', 'al-Assad of the U.S. said 2.5', ['al-Assad', 'of', 'the', 'U.S', 'said', '2.5']],
    ['elided', "it's 1990's it's9", ["it's", "1990's", "it's", '9']],
    ['letters', 'Qaeda’s 2nd', ['Qaeda', 's', 'nd']],
    ['apostrophe-letters', 'the students’ union', ['the', 'students’', 'union']],
  ])('reads %s words of "%s"', (shape, text, expected) => {
    expect(words(text, shape)).toEqual(expected);
  });

  it('keeps only listed abbreviations whole in scanned text', () => {
    expect(texts('Mrs. Ali. Genes.', 'scanned')).toEqual(['Mrs.', 'Ali', '.', 'Genes', '.']);
  });

  it('reads a spelled-out number as words joined by a hyphen', () => {
    expect(tokenize('twenty-three', 'scanned').map((token) => [token.text, token.kind, token.joined])).toEqual([
      ['twenty', 'word', false],
      ['-', 'punctuation', true],
      ['three', 'word', true],
    ]);
  });

  it('reads "2.5 million" as a number then a word', () => {
    expect(tokenize('2.5 million', 'scanned').map((token) => token.kind)).toEqual(['number', 'word']);
  });
});

describe('splitOnWhitespace', () => {
  it('keeps punctuation on its chunk and drops empty chunks', () => {
    expect(splitOnWhitespace('  He said: “no.”\n')).toEqual(['He', 'said:', '“no.”']);
  });
});

describe('stripOuterPunctuation', () => {
  it.each([
    ['“Rebels,', 'Rebels'],
    ['(U.S.)', 'U.S'],
    ["O'Neil's", "O'Neil's"],
    ['—', ''],
  ])('turns %j into %j', (chunk, word) => {
    expect(stripOuterPunctuation(chunk)).toBe(word);
  });
});
