import { describe, expect, it } from 'vitest';
import { countLettersByScript, directionOfLanguage, judgeWriting } from '../../src/pipeline/segment/index.ts';

describe('judgeWriting', () => {
  it.each([
    ['Arabic', 'قال مسؤولون محليون إن الفيضانات غمرت أكثر من مئتي منزل في المدينة يوم الجمعة.', { script: 'Arab', language: 'ar', direction: 'rtl' }],
    ['Persian', 'مقامات محلی گفتند که سیل بیش از دویست خانه را در شهر زیر آب برد.', { script: 'Arab', language: undefined, direction: 'rtl' }],
    ['Hebrew', 'פקידים מקומיים אמרו כי השיטפון הציף יותר ממאתיים בתים בעיר ביום שישי.', { script: 'Hebr', language: 'he', direction: 'rtl' }],
    ['Chinese', '当地官员说，周五的洪水淹没了城里两百多所房屋，救援人员乘船营救被困居民。', { script: 'Hani', language: 'zh', direction: 'ltr' }],
    ['Japanese', '地元当局によると、金曜日の洪水で市内の二百戸以上の住宅が浸水した。', { script: 'Jpan', language: 'ja', direction: 'ltr' }],
    ['Greek', 'Οι τοπικές αρχές ανέφεραν ότι η πλημμύρα κατέκλυσε περισσότερα από διακόσια σπίτια.', { script: 'Grek', language: 'el', direction: 'ltr' }],
    ['Russian', 'Местные власти сообщили, что наводнение затопило более двухсот домов в городе.', { script: 'Cyrl', language: undefined, direction: 'ltr' }],
    ['English', 'Local officials said the flood swamped more than 200 homes in the city on Friday.', { script: 'Latn', language: undefined, direction: 'ltr' }],
  ])('reads %s text for its script, language and direction', (_name, text, expected) => {
    expect(judgeWriting(text)).toMatchObject(expected);
  });

  it('names only the script of a text too short to tell its language', () => {
    expect(judgeWriting('حلب')).toEqual({ script: 'Arab', scriptLetters: 3, language: undefined, direction: 'rtl' });
  });

  it('keeps an English text with an Arabic name left to right', () => {
    expect(judgeWriting('The mayor of Aleppo (حلب) said the road would reopen on Monday.').direction).toBe('ltr');
  });

  it('keeps an Arabic text with English names right to left', () => {
    expect(judgeWriting('قال متحدث باسم Reuters إن مراسل BBC وصل إلى المدينة.').direction).toBe('rtl');
  });

  it('leaves the direction of a text without letters to the browser', () => {
    expect(judgeWriting('2024 — 12:30, 45%')).toEqual({ scriptLetters: 0, direction: 'auto' });
  });

  it('counts letters by script and ignores digits and punctuation', () => {
    expect(countLettersByScript('Abc, حلب 123 中文')).toEqual(new Map([['Latn', 3], ['Arab', 3], ['Hani', 2]]));
  });
});

describe('directionOfLanguage', () => {
  it.each([
    ['ar', 'rtl'],
    ['he', 'rtl'],
    ['fa', 'rtl'],
    ['ur', 'rtl'],
    ['az-Arab', 'rtl'],
    ['en', 'ltr'],
    ['zh', 'ltr'],
  ])('writes %s %s', (tag, direction) => {
    expect(directionOfLanguage(tag)).toBe(direction);
  });
});
