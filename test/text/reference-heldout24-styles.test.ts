/**
 * The reference-string parser on styles of the former heldout24 pages, each on entries as a real page writes them plus a
 * variant. Expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference, readAuthorBlock } from '../../lib/text/reference';

const pick = (s: string, title?: string) => {
  const r = parseReference(s, title ? { title } : {});
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
};

describe('Chicago author-date, one author inverted: "Laudun, John. 2016. Title. Journal 28: 20–36." (laudun)', () => {
  it('a single inverted whole name before the year is the author', () => {
    expect(
      pick('Laudun, John. 2019. Trucks under Water: A Legend from the 2016 Flood. Louisiana Folklore Miscellany 28: 20–36. PDF.'),
    ).toEqual({
      title: 'Trucks under Water: A Legend from the 2016 Flood',
      authors: ['John Laudun'],
      year: 2019,
      venue: 'Louisiana Folklore Miscellany',
    });
    expect(pick('Moreau, Élise Marie. 2011. Tidal Mills of the Breton Coast. Journal of Maritime History 14(2): 101–119.')).toEqual({
      title: 'Tidal Mills of the Breton Coast',
      authors: ['Élise Marie Moreau'],
      year: 2011,
      venue: 'Journal of Maritime History',
    });
  });
  it('a forthcoming year in brackets: "Laudun, John. [2020]. Title. Journal (accepted)."', () => {
    expect(pick('Laudun, John. [2020]. The Modes of Vernacular Discourse. Western Folklore (accepted).')).toEqual({
      title: 'The Modes of Vernacular Discourse',
      authors: ['John Laudun'],
      year: 2020,
      venue: 'Western Folklore',
    });
    expect(pick('Okafor, Chidi and Ruth Lamb. [2024]. Market Songs of Onitsha. African Arts (forthcoming).')).toEqual({
      title: 'Market Songs of Onitsha',
      authors: ['Chidi Okafor', 'Ruth Lamb'],
      year: 2024,
      venue: 'African Arts',
    });
  });
  it('a quotation that opens the title and runs on is part of it: "“Talking Shit” in Rayne: …", "“…”: The Poetics of …"', () => {
    expect(
      pick(
        'Laudun, John. 2012. “Talking Shit” in Rayne: How Aesthetic Features Reveal Ethical Structures. Journal of American Folklore 125(497):304–326.',
      )?.title,
    ).toBe('“Talking Shit” in Rayne: How Aesthetic Features Reveal Ethical Structures');
    expect(
      pick(
        'Laudun, John. 2000. “There’s Not Much to Talk about When You’re Taking Pictures of Houses”: The Poetics of Vernacular Spaces. Southern Folklore 57(2):135-158.',
      )?.title,
    ).toBe('“There’s Not Much to Talk about When You’re Taking Pictures of Houses”: The Poetics of Vernacular Spaces');
    expect(pick('Brandt, Hanna. 2015. “Good Fences” and Other Proverbs of the Plains. Western Folklore 74(1): 5-30.')?.title).toBe(
      '“Good Fences” and Other Proverbs of the Plains',
    );
  });
  it('a title that ends in a quotation keeps the quotation’s period: "… Town: “It Was There At That Time.” Journal"', () => {
    expect(
      pick('Laudun, John. 2001. Talk about the Past in a Midwestern Town: “It Was There At That Time.” Midwestern Folklore 27(2): 41-54.'),
    ).toEqual({
      title: 'Talk about the Past in a Midwestern Town: “It Was There At That Time.”',
      authors: ['John Laudun'],
      year: 2001,
      venue: 'Midwestern Folklore',
    });
    expect(pick('Ito, Ken. 2018. Rethinking the Phrase “Lost in Translation.” Translation Studies 11(3): 1-19.')?.title).toBe(
      'Rethinking the Phrase “Lost in Translation.”',
    );
  });
  it('a one-word encyclopedia entry or chapter "In" a book: "Laudun, John. 2010. Gumbo. In The New Encyclopedia …"', () => {
    expect(
      pick(
        'Laudun, John. 2010. Gumbo. In The New Encyclopedia of Southern Culture: Volume 14: Folklife, 300-304. Ed. Glenn Hinson and William Ferris. University of North Carolina Press.',
      ),
    ).toMatchObject({ title: 'Gumbo', authors: ['John Laudun'], year: 2010 });
    expect(
      pick('Fischer, Anna. 1998. Carnival. In: Encyclopedia of Rhineland Customs, 112-115. Ed. Paul Weber. Bonn: Habelt.'),
    ).toMatchObject({
      title: 'Carnival',
      authors: ['Anna Fischer'],
      year: 1998,
    });
  });
  it('still no one-word title without a book after it, nor a year', () => {
    expect(pick('Laudun, John. 2010. Gumbo. University of North Carolina Press.')).toBeNull();
  });
});

describe('Korean names in Hangul among a list of names: "손성은, 조정운, 최민영, 이연수" (spslab)', () => {
  it('each two- to four-syllable Hangul name is one person', () => {
    expect(readAuthorBlock('손성은, 조정운, 최민영, 이혁진, 이연수', 'given')?.names).toEqual([
      '손성은',
      '조정운',
      '최민영',
      '이혁진',
      '이연수',
    ]);
    expect(readAuthorBlock('남궁민수, Y. Lee and 김하늘', 'given')?.names).toEqual(['남궁민수', 'Y. Lee', '김하늘']);
  });
  it('a Hangul word of five syllables or more is no name', () => {
    expect(readAuthorBlock('손성은, 대한산업공학회', 'given')).toBeNull();
  });
});

describe('names and venues of the former heldout24 pages (chidominguez, romy)', () => {
  it('Urdu and Arabic particles inside a name: "Sohaib ul Hassan", "Habib ur Rehman"', () => {
    expect(readAuthorBlock('Sohaib ul Hassan, Iaroslav Gridin, Ignacio M. Delgado-Lozano', 'given')?.names).toEqual([
      'Sohaib ul Hassan',
      'Iaroslav Gridin',
      'Ignacio M. Delgado-Lozano',
    ]);
    expect(readAuthorBlock('Habib ur Rehman and Nizam ud Din', 'given')?.names).toEqual(['Habib ur Rehman', 'Nizam ud Din']);
  });
  it('a middle initial run into a hyphenated family name: "Miguel A.Luque-Fernandez"', () => {
    expect(readAuthorBlock('Miguel A.Luque-Fernandez, Karen Gonçalves, Daniel Redondo-Sanchez', 'given')?.names).toEqual([
      'Miguel A.Luque-Fernandez',
      'Karen Gonçalves',
      'Daniel Redondo-Sanchez',
    ]);
    expect(readAuthorBlock('Ana P.Soto-Ruiz and Luis Vega', 'given')?.names).toEqual(['Ana P.Soto-Ruiz', 'Luis Vega']);
  });
  it('two initialled names run together where a line break was: "J. Kodet U. Hugentobler"', () => {
    expect(readAuthorBlock('A. Gebauer, K. U. Schreiber, J. Kodet U. Hugentobler, H. Igel', 'given')?.names).toEqual([
      'A. Gebauer',
      'K. U. Schreiber',
      'J. Kodet',
      'U. Hugentobler',
      'H. Igel',
    ]);
    expect(readAuthorBlock('M. Rossi, P.-L. Dubois G. Bianchi', 'given')?.names).toEqual(['M. Rossi', 'P.-L. Dubois', 'G. Bianchi']);
  });
  it('a proceedings series and its volume after the venue: ", LNCS 15491", ", PMLR 202:…"', () => {
    expect(
      pick(
        'Alessandro Budroni, Jesús-Javier Chi-Domínguez, Mukul Kulkarni: Don’t Use It Twice! Solving Relaxed Linear Code Equivalence Problems. Advances in Cryptology - ASIACRYPT 2024, LNCS 15491 (2024), 35–65',
      )?.venue,
    ).toBe('Advances in Cryptology - ASIACRYPT 2024');
    expect(
      pick(
        'Anna Weber and Tom Li. Sharp bounds for kernel regression. The 40th International Conference on Machine Learning (ICML), PMLR 202:1-20, 2023.',
      )?.venue,
    ).toBe('The 40th International Conference on Machine Learning (ICML)');
  });
});
