import { describe, expect, it } from 'vitest';
import {
  extractAttributions,
  findAttributionDiscrepancies,
  relateSpeakers,
  sideOf,
  viewClaims,
} from '../../src/pipeline/compare/index.ts';
import { sentenceAttributions } from '../../src/pipeline/text/speakers.ts';
import type { AlignedStory } from '../../src/pipeline/types.ts';
import { alignedStoryOf } from '../helpers/stories.ts';
import { hamaWithClaims } from '../helpers/hama.ts';

function attributionFindings(story: AlignedStory) {
  return viewClaims(story).flatMap((claim) => findAttributionDiscrepancies(claim));
}

function pair(a: string, b: string): AlignedStory {
  return alignedStoryOf([{ id: 'a', paragraphs: [a] }, { id: 'b', paragraphs: [b] }], [['a0', 'b0']]);
}

describe('extractAttributions', () => {
  it.each([
    ['The insurgents said they were ready to march south.', 'The insurgents', 'said'],
    ['In an online post, a rebel operations room said, “Your time has come.”', 'a rebel operations room', 'said'],
    ['“Your time has come,” declared a rebel operations room in an online message.', 'a rebel operations room', 'declared'],
    ['“Our time has come,” an HTS spokesperson declared, raising concerns.', 'an HTS spokesperson', 'declared'],
    ['“We urge him to act,” Mr. Golani stated.', 'Mr. Golani', 'stated'],
    ['“We are afraid,” a civil servant told AFP.', 'a civil servant', 'told'],
    ['Rebels reached the gates, according to the Syrian Observatory for Human Rights monitor, and fighting spread.', 'the Syrian Observatory for Human Rights monitor', 'according to'],
    ['The Syrian Army on Thursday acknowledged that it had lost control.', 'The Syrian Army', 'acknowledged'],
    ['Abu Mohammed al-Golani, the leading insurgent commander, announced on Thursday the complete rebel control.', 'Abu Mohammed al-Golani, the leading insurgent commander', 'announced'],
    ['Hours later, a rebel spokesman, Maj. Hassan Abdul Ghani, declared the city liberated.', 'a rebel spokesman, Maj. Hassan Abdul Ghani', 'declared'],
    ['“Assad cannot afford to lose,” said Jihad Yazigi, editor of the Syria Report newsletter.', 'Jihad Yazigi, editor of the Syria Report newsletter', 'said'],
    ['Fighters had crossed into the country, as stated by sources from both sides.', 'sources from both sides', 'stated'],
    ['But by Wednesday, what the army called “terrorist groups” were able to enter.', 'the army', 'called'],
  ])('finds the speaker of "%s"', (text, speaker, verb) => {
    expect(extractAttributions(text).map((a) => [a.speaker, a.verb])).toEqual([[speaker, verb]]);
  });

  it('keeps the exact offsets of the speaker', () => {
    const text = 'The Observatory said 826 people had been killed.';
    const [attribution] = extractAttributions(text);
    expect(text.slice(attribution?.start, attribution?.end)).toBe('The Observatory');
  });

  it('flags pronoun speakers', () => {
    expect(extractAttributions('“The city fell,” it said in a statement.').map((a) => [a.speaker, a.pronoun])).toEqual([['it', true]]);
  });

  it('does not read "called on" or "so-called" as attribution', () => {
    expect(extractAttributions('The group called on residents to rise up under the so-called Salvation Government.')).toEqual([]);
  });
});

describe('relating speakers', () => {
  it.each([
    ['The insurgents', 'The military', 'opposed'],
    ['Police', 'protesters', 'opposed'],
    ['The Syrian army', 'The Syrian Defense Ministry', 'same'],
    ['The Syrian army', 'The Syrian military', 'same'],
    ['the rebels', 'a rebel spokesman, Maj. Hassan Abdul Ghani', 'same'],
    ['Mr. Golani', 'Abu Mohammed al-Golani, the leading insurgent commander', 'same'],
    ['HTS leader Mohammad al-Jolani', 'Mr. Golani', 'same'],
    ['a rebel operations room', 'an HTS spokesperson', 'different'],
    ['a government spokesperson', 'an HTS spokesperson', 'different'],
    ['officials', 'officials', 'same'],
    ['officials', 'local officials', 'same'],
    ['officials', 'a spokesman', 'different'],
  ])('relates "%s" and "%s" as %s', (a, b, relation) => {
    expect(relateSpeakers(a, b)).toBe(relation);
  });

  it('ignores side words after "pro-" and "anti-"', () => {
    expect(sideOf('pro-government and pro-rebel activists')).toBeUndefined();
    expect(sideOf('a Syrian anti-government fighter')).toBeUndefined();
  });
});

describe('attribution discrepancies on hand-made pairs', () => {
  it('reports a statement given to opposite sides as a contradiction', () => {
    const [finding] = attributionFindings(
      pair('Police said the march would go ahead on Sunday.', 'Protesters said the march would go ahead on Sunday.'),
    );
    expect(finding).toMatchObject({
      kind: 'attribution',
      severity: 'contradiction',
      summary: 'Police said (1 report) vs Protesters said (1 report)',
      values: { 'a-p1-s1': 'Police', 'b-p1-s1': 'Protesters' },
    });
  });

  it('reports differently described speakers as a variant', () => {
    const [finding] = attributionFindings(
      pair('“We will rebuild,” the mayor said on Monday.', '“We will rebuild,” a city council spokeswoman said on Monday.'),
    );
    expect(finding?.severity).toBe('variant');
  });

  it('reports nothing when one report leaves the statement unattributed or uses a pronoun', () => {
    expect(attributionFindings(pair('The army said it had withdrawn from the city.', 'It said it had withdrawn from the city.'))).toEqual([]);
    expect(attributionFindings(pair('The army said it had withdrawn from the city.', 'Troops withdrew from the city.'))).toEqual([]);
  });

  it('does not compare the speakers of two different statements grouped in one claim', () => {
    expect(
      attributionFindings(
        pair('The Turkish government denied any role in the offensive.', '“This is a huge humiliation for the president,” said an analyst at a London institute.'),
      ),
    ).toEqual([]);
  });

  it('takes the speaker of a clause-sized unit from its sentence when the sentence has one speaker', () => {
    const story = alignedStoryOf(
      [
        { id: 'a', paragraphs: ['Police said the march would go ahead on Sunday.'] },
        { id: 'b', paragraphs: ['Protesters said the march would go ahead on Sunday.'] },
      ],
      [['a0|the march would go ahead on Sunday', 'b0|the march would go ahead on Sunday']],
    );
    expect(attributionFindings(story).map((f) => f.values)).toEqual([{ 'a-p1-s1': 'Police', 'b-p1-s1': 'Protesters' }]);
  });

  it('reports nothing when one report names two speakers and another names one of them', () => {
    const story = alignedStoryOf(
      [
        { id: 'a', paragraphs: ['The mayor said the bridge was closed, and the police said repairs had begun.'] },
        { id: 'b', paragraphs: ['The mayor said the bridge was closed and repairs had begun.'] },
      ],
      [['a0', 'b0']],
    );
    expect(attributionFindings(story)).toEqual([]);
  });
});

describe('attribution: false alarms seen on real copy', () => {
  it('reads no speaker before a passive verb ("were called to", "to be admitted to")', () => {
    expect(extractAttributions('Officers were called to a flat on Elm Street late at night.')).toEqual([]);
    expect(extractAttributions('She was the first nurse to be admitted to the academy.')).toEqual([]);
  });

  it('reads two names joined by "and" as one speaker', () => {
    expect(extractAttributions('The show returns in May, producers Jane Roe and John Doe announced today.').map((a) => a.speaker)).toEqual([
      'producers Jane Roe and John Doe',
    ]);
  });

  it('reads two descriptions of one person joined by "and" after a comma as one speaker', () => {
    expect(extractAttributions('“Thank you all,” the singer and talk show host said in a post.').map((a) => a.speaker)).toEqual([
      'the singer and talk show host',
    ]);
  });

  it('relates an acronym to the name it abbreviates', () => {
    expect(relateSpeakers('the RHA', 'the Regional Health Authority')).toBe('same');
  });

  it('relates "police", "cops" and a police department acronym as one speaker', () => {
    expect(attributionFindings(pair('The van hit the cyclist on Oak Road at dusk, police said.', 'The van hit the cyclist on Oak Road at dusk, the BPD said.'))).toEqual([]);
    expect(relateSpeakers('cops', 'police')).toBe('same');
  });

  it('does not take two sentences that share only names for one statement', () => {
    expect(
      attributionFindings(pair('Dunn, who lived in Leeds, was one of three walkers heading for Mount Keel Hut, media reports said.', 'Inspector Ames said the man fell 600 metres near Mount Keel Hut.')),
    ).toEqual([]);
  });

  it('does not take two sentences that share a single word for one statement', () => {
    expect(attributionFindings(pair('The clerk was fired, Hale said.', 'Ortiz told police the gunman fired twice.'))).toEqual([]);
  });
});

describe('attribution: speaker descriptions (hand-made, not drawn from any eval story)', () => {
  it.each([
    ['Mayor Ana Ruiz, who led the harbour inquiry, said the docks would reopen.', 'Mayor Ana Ruiz'],
    ['Councillor Tom Reed, who placed third in a Herald/ City Radio poll of likely candidates, said he would decide by June.', 'Councillor Tom Reed'],
    ['Port spokeswoman Jane Doe, travelling with the minister on his visit to Oslo, told reporters that the deal was close.', 'Port spokeswoman Jane Doe'],
    ['Sam Lee, who is a nurse and married his partner last year, wrote: “We are happy.”', 'Sam Lee'],
    ['The depot manager, based in Hull since the spring, said the lorries were late.', 'The depot manager'],
    ['Senator Ann Hale, D-Ore., who chairs the budget panel, said the bill would pass.', 'Senator Ann Hale, D-Ore.'],
    ['Dr. Omar Vance, MD, head of the ward and a surgeon, said the clinic was full.', 'Dr. Omar Vance, MD'],
  ])('takes the noun phrase before a clause between commas, not the clause, in "%s"', (text, speaker) => {
    expect(extractAttributions(text).map((a) => a.speaker)).toEqual([speaker]);
  });

  it('reads no speaker when a clause between commas follows no noun phrase', () => {
    expect(extractAttributions("The former governor backed the plan and, echoing his daughter's view, has reportedly said the tax was unfair.")).toEqual([]);
  });

  it('keeps a plain noun appositive between commas as part of the speaker', () => {
    expect(extractAttributions('Lena Park, a spokeswoman for the council, said the road would close.').map((a) => a.speaker)).toEqual([
      'Lena Park, a spokeswoman for the council',
    ]);
  });

  it.each([
    ['“The roof will be repaired by spring,” said Ruth Okafor, director of the county museum.', 'Ruth Okafor, director of the county museum'],
    ['“We expect delays all week,” said Tom Brandt, a spokesman for the port authority.', 'Tom Brandt, a spokesman for the port authority'],
  ])('keeps the appositive of a post-posed speaker in "%s"', (text, speaker) => {
    expect(extractAttributions(text).map((a) => a.speaker)).toEqual([speaker]);
  });

  it('does not take a participle clause after a post-posed speaker for an appositive', () => {
    expect(extractAttributions('“The ferry is safe,” said Tom Brandt, speaking at the harbour office.').map((a) => a.speaker)).toEqual(['Tom Brandt']);
  });

  it('relates "the authorities" and "police" as one speaker: both name the state side', () => {
    expect(relateSpeakers('the authorities', 'police')).toBe('same');
  });

  it('does not take two spokespeople of different bodies for one speaker', () => {
    expect(relateSpeakers('a city hall spokeswoman', 'a port authority spokeswoman')).toBe('different');
  });

  it('reports one statement given to spokespeople of different bodies as a variant', () => {
    const [finding] = attributionFindings(
      pair('“The ferry will run again on Friday,” a port authority spokeswoman said.', '“The ferry will run again on Friday,” a city hall spokeswoman said.'),
    );
    expect(finding).toMatchObject({
      kind: 'attribution',
      severity: 'variant',
      values: { 'a-p1-s1': 'a port authority spokeswoman', 'b-p1-s1': 'a city hall spokeswoman' },
    });
  });
});

describe('attribution: speech quoted by the speaker (hand-made, not drawn from any eval story)', () => {
  const quotedAunt = '“His aunt in Dublin said he was born there, and she saw it,” Reed said.';

  it('flags an attribution whose speech verb stands inside a quotation', () => {
    expect(extractAttributions(quotedAunt).map((a) => [a.speaker, a.quoted])).toEqual([
      ['His aunt in Dublin', true],
      ['Reed', false],
    ]);
  });

  it('keeps only the attributions outside quotations as the sentence’s, when there are some', () => {
    expect(sentenceAttributions(extractAttributions(quotedAunt)).map((a) => a.speaker)).toEqual(['Reed']);
    // A quotation running on from an earlier sentence has no attribution outside it: nothing to prefer.
    expect(sentenceAttributions(extractAttributions('“Police said the van was stolen.')).map((a) => a.speaker)).toEqual(['Police']);
  });

  it('sets the speakers, not the people they quote, against each other', () => {
    const [finding] = attributionFindings(
      pair('“His aunt in Dublin said he was born there,” Reed said.', '“His aunt in Dublin said he was born there,” Mayor Ana Ruiz said.'),
    );
    expect(finding).toMatchObject({ kind: 'attribution', severity: 'variant', values: { 'a-p1-s1': 'Reed', 'b-p1-s1': 'Mayor Ana Ruiz' } });
  });
});

describe('attribution discrepancies on the Hama reports', () => {
  it('finds the readiness to march on Homs given to the insurgents by two reports and to the military by one', () => {
    const story = hamaWithClaims([['000:p5-s1', '001:p6-s1', '002:p15-s1']]);
    expect(attributionFindings(story)).toEqual([
      expect.objectContaining({
        severity: 'contradiction',
        summary: 'The insurgents said / The Islamist rebels said (2 reports) vs The military indicated (1 report)',
        values: {
          '000-8249785760228b4c-p5-s1': 'The insurgents',
          '001-42da666f9773e7f0-p6-s1': 'The military',
          '002-a4f2713c72e55b86-p15-s1': 'The Islamist rebels',
        },
      }),
    ]);
  });

  it('finds "Your time has come" attributed to a rebel operations room and to an HTS spokesperson', () => {
    const story = hamaWithClaims([['000:p6-s1', '001:p7-s1', '002:p15-s2', '004:p9-s2']]);
    const [finding] = attributionFindings(story);
    expect(finding).toMatchObject({
      severity: 'variant',
      summary: 'a rebel operations room said / a rebel operations room declared (3 reports) vs an HTS spokesperson declared (1 report)',
    });
    expect(finding?.values['004-e5a11794f27c6750-p9-s2']).toBe('an HTS spokesperson');
  });

  it('finds no attribution discrepancy among the army, the military and the Defense Ministry', () => {
    const story = hamaWithClaims([['000:p3-s2', '001:p5-s1', '002:p5-s1', '003:p5-s1', '004:p2-s1']]);
    expect(attributionFindings(story)).toEqual([]);
  });
});
