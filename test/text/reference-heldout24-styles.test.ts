/**
 * The reference-string parser on styles of the former heldout24 pages, each on entries as a real page writes them plus a
 * variant. Expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

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
