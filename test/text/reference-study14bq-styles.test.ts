import { describe, expect, it } from 'vitest';
import { parseReference, readAuthorBlock, withLostQuotes } from '../../lib/text/reference';

/** Reference strings of dev pages that lost part of their list (study14bq), quoted from the pages. */
describe('a Scottish middle name shortened to "McN." (breezelab)', () => {
  it('reads "Neil McN. Alford", "Neil McN Alford" and "N.McN. Alford" as names', () => {
    expect(readAuthorBlock('Jonathan Breeze, Jerzy Krupka, Neil McN Alford', 'given')?.names).toEqual([
      'Jonathan Breeze',
      'Jerzy Krupka',
      'Neil McN Alford',
    ]);
    expect(readAuthorBlock('Robert C. Pullar, Jonathan D. Breeze, Neil McN. Alford', 'given')?.names).toEqual([
      'Robert C. Pullar',
      'Jonathan D. Breeze',
      'Neil McN. Alford',
    ]);
    expect(readAuthorBlock('S.J. Penn, M. Poole, J. Breeze, N.McN. Alford', 'given')?.names).toEqual([
      'S.J. Penn',
      'M. Poole',
      'J. Breeze',
      'N.McN. Alford',
    ]);
  });

  it('reads a card "Title / names / Journal · date" with such a name', () => {
    const r = parseReference(
      'Enhanced quality factors in aperiodic reflector resonators\nJonathan Breeze, Jerzy Krupka, Neil McN Alford\nApplied Physics Letters · 08 Oct 2007',
    );
    expect(r).toMatchObject({
      title: 'Enhanced quality factors in aperiodic reflector resonators',
      authors: ['Jonathan Breeze', 'Jerzy Krupka', 'Neil McN Alford'],
      year: 2007,
      venue: 'Applied Physics Letters',
    });
  });

  it('not a family name in full: "Neil McN" alone, nor "Mc." a word of a title', () => {
    expect(readAuthorBlock('Jonathan Breeze, Neil McN', 'given')).toBeNull();
    expect(readAuthorBlock('Jonathan Breeze, Studies of McN. Dielectrics', 'given')).toBeNull();
  });
});

describe('a windows-1252 page read as UTF-8: replacement characters for its curly quotes and letters (hamidmukhtar)', () => {
  it('reads the name with a lost letter and the title in lost quotes', () => {
    const r = parseReference(
      'Hamid Mukhtar, Djamel Bela\uFFFDd and Guy Bernard. \uFFFDSession Mobility of Multimedia Applications in Home Networks Using UPnP.\uFFFD In Proceedings of the 11th International Multitopic conference (INMIC) 2007, Lahore, Pakistan, pp. 1-6. http://doi.org/10.1109/INMIC.2007.4557717',
    );
    expect(r).toMatchObject({
      title: 'Session Mobility of Multimedia Applications in Home Networks Using UPnP',
      authors: ['Hamid Mukhtar', 'Djamel Bela\uFFFDd', 'Guy Bernard'],
      year: 2007,
    });
  });

  it('keeps a lost apostrophe inside the title and closes it at the mark before the comma', () => {
    const r = parseReference(
      'Muhammad Adnan, Asad Habib, Hamid Mukhtar and Gohar Ali, \uFFFDAssessing the Realization of Smart Phones Learning Objects in Students\uFFFD Adaptive Learning Paths\uFFFD, International Journal of Engineering Research, 2017.',
    );
    expect(r).toMatchObject({
      title: 'Assessing the Realization of Smart Phones Learning Objects in Students\uFFFD Adaptive Learning Paths',
      authors: ['Muhammad Adnan', 'Asad Habib', 'Hamid Mukhtar', 'Gohar Ali'],
      year: 2017,
    });
  });

  it('closes at the last mark when no punctuation follows one', () => {
    expect(withLostQuotes('Ullah, \uFFFDA control scheme for payloads\uFFFD The Journal of Aerospace Engineering')).toBe(
      'Ullah, “A control scheme for payloads” The Journal of Aerospace Engineering',
    );
  });

  it('leaves a replacement character between letters, and text without one, as they are', () => {
    expect(withLostQuotes('Djamel Bela\uFFFDd, Hamid Mukhtar')).toBe('Djamel Bela\uFFFDd, Hamid Mukhtar');
    expect(withLostQuotes('A. Smith, “Title,” Journal')).toBe('A. Smith, “Title,” Journal');
  });

  it('not a name: a replacement character opening or closing a word', () => {
    expect(readAuthorBlock('\uFFFDDjamel Belaid, Hamid Mukhtar', 'given')).toBeNull();
  });
});

describe('Chicago author-date as MDPI prints it: "Names. 2022. "Title" Journal 12, no. 1: 238." (hamidmukhtar)', () => {
  const title = 'An Approach for Pronunciation Classification of Classical Arabic Phonemes Using Deep Learning';
  const text = `Amna Asif, Hamid Mukhtar, Fatimah Alqadheeb, Hafiz F. Ahmad, and Abdulaziz Alhumam. 2022. "${title}" Applied Sciences 12, no. 1: 238. https://doi.org/10.3390/app12010238`;

  it('ends the title at its closing quote before the journal, volume, issue and page', () => {
    expect(parseReference(text)).toMatchObject({
      title,
      authors: ['Amna Asif', 'Hamid Mukhtar', 'Fatimah Alqadheeb', 'Hafiz F. Ahmad', 'Abdulaziz Alhumam'],
      year: 2022,
      venue: 'Applied Sciences',
    });
  });

  it('reads the italics over the year and the quotation as the marked title', () => {
    expect(parseReference(text, { title: `. 2022. "${title}"` })).toMatchObject({ title, year: 2022, venue: 'Applied Sciences' });
  });

  it('still runs a quotation on into the words after it when no volume follows ("“Talking Shit” in Rayne")', () => {
    const r = parseReference(
      'Laura Smith and John Doe. 2012. “Talking Shit” in Rayne: How Aid Workers Talk About Sanitation. Journal of Development Studies 48, no. 3: 12-30.',
    );
    expect(r?.title).toBe('“Talking Shit” in Rayne: How Aid Workers Talk About Sanitation');
  });
});

describe('an erratum whose title closes with the citation of the corrected paper (breezelab)', () => {
  const names = 'Xavi Aupi, Jonathan Breeze, Neboysha Ljepojevic, Lawrence J. Dunne, Nishil Malde, Anna-Karin Axelsson, Neil McN. Alford';

  it('keeps "[J. Appl. Phys. 95 , 2639 (2004)]" in the title', () => {
    const title = 'Erratum: Microwave dielectric loss in oxides: Theory and experiment [J. Appl. Phys. 95 , 2639 (2004)]';
    expect(parseReference(`${title}\n${names}\nJournal of Applied Physics · 01 Dec 2004`)).toMatchObject({
      title,
      year: 2004,
      venue: 'Journal of Applied Physics',
    });
  });

  it('still drops a note in brackets after a title', () => {
    expect(
      parseReference(
        `Microwave dielectric loss in oxides: Theory and experiment [Conference poster]\n${names}\nJournal of Applied Physics · 01 Mar 2004`,
      )?.title,
    ).toBe('Microwave dielectric loss in oxides: Theory and experiment');
  });
});

describe('a thesis whose title ends in a letter, its supervisors after it (channgo)', () => {
  it('ends the title at the letter before "Supervisor:"', () => {
    const r = parseReference(
      'V.C. Ngo. Formal Verification of a Synchronous Data-flow Compiler: from Signal to C. Supervisor: Jean-Pierre Talpin, Jury: Sandrine Blazy, Jean-Paul Bodeveix, and Dumitru Potop-Butucaru. In Ph.D Thesis in Computer Science, INRIA, University of Rennes, France, July 2014.',
    );
    expect(r).toMatchObject({
      title: 'Formal Verification of a Synchronous Data-flow Compiler: from Signal to C',
      authors: ['V.C. Ngo'],
      year: 2014,
    });
  });

  it('not at an initial before a name: "J. Talpin" stays one name', () => {
    const r = parseReference(
      'V.C. Ngo, J. Talpin, and T. Gautier. Translation Validation for Clock Transformations in a Synchronous Compiler. In Proceedings of FASE 2015, London, UK, April 2015.',
    );
    expect(r?.authors).toEqual(['V.C. Ngo', 'J. Talpin', 'T. Gautier']);
  });
});

describe('a title ending in a letter, "In" and the venue after it (channgo)', () => {
  it('ends the title at "to C."', () => {
    const r = parseReference(
      'V.C. Ngo, J-P. Talpin, T. Gautier, and P. Le Guernic. Evaluating SDVG Translation Validation: from Signal to C. In HAL - INRIA, Technical Report RR-8508, 2014.',
    );
    expect(r).toMatchObject({ title: 'Evaluating SDVG Translation Validation: from Signal to C', year: 2014 });
  });

  it('leaves a title that ends in a letter after a capitalised word as it was', () => {
    expect(parseReference('A. Smith and B. Jones. Effects of Vitamin C. In Proceedings of the Nutrition Society, 2014.')).toMatchObject({
      title: 'Effects of Vitamin C',
      authors: ['A. Smith', 'B. Jones'],
      venue: 'Proceedings of the Nutrition Society',
    });
  });
});

describe('"presented at" a meeting and the place it met in (dutertre, bosma)', () => {
  it('reads the meeting alone as the venue', () => {
    expect(
      parseReference(
        'W. Steiner and B. Dutertre. Automated Formal Verification of the TTEthernet Synchronization Quality. presented at NASA Formal Methods (NFM 2011), Pasadena, CA, April 2011.',
      )?.venue,
    ).toBe('NASA Formal Methods (NFM 2011)');
    expect(
      parseReference(
        'B. Bosma, C. Beringer, M. Leary, and B. Robertson, "Design and modeling of a laboratory scale WEC point absorber," presented at the 14th European Wave and Tidal Energy Conference (EWTEC), Plymouth, UK, 2021.',
      )?.venue,
    ).toBe('14th European Wave and Tidal Energy Conference (EWTEC)');
  });

  it('keeps the place of a venue that was not presented at', () => {
    expect(
      parseReference(
        'B. Bosma and B. Robertson, "Design and modeling of a laboratory scale WEC point absorber," in Proceedings of the 14th European Wave and Tidal Energy Conference (EWTEC), Plymouth, UK, 2021.',
      )?.venue,
    ).toBe('Proceedings of the 14th European Wave and Tidal Energy Conference (EWTEC), Plymouth, UK');
  });
});
