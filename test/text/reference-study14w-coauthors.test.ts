import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

/**
 * Owners' pages in economics and the social sciences that name only the coauthors (the former heldout49 pages, study14w):
 * the title line, then a line that "with" / "With" opens, the venue and year before it, after it or on it.
 */
const read = (text: string, title?: string) => {
  const r = parseReference(text, title ? { title } : {});
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
};

describe('a title line, then the coauthors line that "with" opens (names only the coauthors)', () => {
  it('names, then the venue and year on the same line after a comma (conteduca)', () => {
    expect(
      read(
        'Trade fragmentation unveiled: five facts on the reconfiguration of global, US and EU trade\n' +
          "with Simona Giglioli, Claire Giordano, Michele Mancini, and Ludovic Panon, Banca d'Italia Occasional Papers, 2024.",
      ),
    ).toEqual({
      title: 'Trade fragmentation unveiled: five facts on the reconfiguration of global, US and EU trade',
      authors: ['Simona Giglioli', 'Claire Giordano', 'Michele Mancini', 'Ludovic Panon'],
      year: 2024,
      venue: "Banca d'Italia Occasional Papers",
    });
  });

  it('the venue after names with no "and" before the last one is no name ("Occasional Papers")', () => {
    expect(
      read(
        "It's a match! Linking foreign counterparts in Italian customs data to their balance sheets\nwith Marta Crispino, Banca d'Italia Occasional Papers, 2023.",
      ),
    ).toEqual({
      title: "It's a match! Linking foreign counterparts in Italian customs data to their balance sheets",
      authors: ['Marta Crispino'],
      year: 2023,
      venue: "Banca d'Italia Occasional Papers",
    });
  });

  it('names, then only a month and year (a column): no venue', () => {
    expect(
      read(
        'The impact of trade wars on firms in third countries\nwith Marco Errico, Fabrizio Leone, Ludovic Panon, and Giacomo Romanini, June 2026.',
      ),
    ).toEqual({
      title: 'The impact of trade wars on firms in third countries',
      authors: ['Marco Errico', 'Fabrizio Leone', 'Ludovic Panon', 'Giacomo Romanini'],
      year: 2026,
      venue: undefined,
    });
  });

  it('editors marked after the names, the venue after them', () => {
    expect(
      read(
        'Navigating a fragmenting global trading system: insights for central banks\n' +
          'with Maria Grazia Attinasi and Michele Mancini (editors), European Central Bank Occasional Papers, 2024.',
      ),
    ).toMatchObject({
      authors: ['Maria Grazia Attinasi', 'Michele Mancini'],
      year: 2024,
      venue: 'European Central Bank Occasional Papers',
    });
  });

  it('names, a period, then the journal (spaenjers)', () => {
    expect(
      read('Biased auctioneers\nwith Mathieu Aubry, Roman Kräussl, and Gustavo Manso. Journal of Finance, 2023, 78(2): 795–833.'),
    ).toMatchObject({
      title: 'Biased auctioneers',
      authors: ['Mathieu Aubry', 'Roman Kräussl', 'Gustavo Manso'],
      year: 2023,
      venue: 'Journal of Finance',
    });
  });

  it('the dated venue line between the title and "With …" (kemeny), a link label after the names', () => {
    const text =
      'The Changing Shape of Spatial Income Disparities in the United States\nEconomic Geography, 2023.\nWith Michael Storper\nPublished version (gated), ungated preprint here';
    expect(read(text)).toEqual({
      title: 'The Changing Shape of Spatial Income Disparities in the United States',
      authors: ['Michael Storper'],
      year: 2023,
      venue: 'Economic Geography',
    });
    // A title that could be read as names stands above the dated venue line.
    expect(
      read(
        'Cities, Immigrant Diversity and Complex Problem Solving\nResearch Policy, 2017.\nWith Abigail Cooke\nPublished version (open access)',
      ),
    ).toEqual({
      title: 'Cities, Immigrant Diversity and Complex Problem Solving',
      authors: ['Abigail Cooke'],
      year: 2017,
      venue: 'Research Policy',
    });
  });

  it('with the title marked, the coauthors sentence after the venue ends at its period, before a link label', () => {
    const title = 'Big cities fuel inequality within and across generations';
    const text = `${title}\nPNAS Nexus, 2025.\nWith Dylan Connor, Siqiao Xie, Jiwon Jang, Amy E. Frazier, Peter Kedron, Garima Jain, and Yilei Yu\nPublished version (open access)`;
    expect(read(text, title)).toEqual({
      title,
      authors: ['Dylan Connor', 'Siqiao Xie', 'Jiwon Jang', 'Amy E. Frazier', 'Peter Kedron', 'Garima Jain', 'Yilei Yu'],
      year: 2025,
      venue: 'PNAS Nexus',
    });
  });

  it('"with A and B" read apart from its title is no entry', () => {
    expect(read("with Valentina Aprigliano, Lorenzo Bencivelli, Alessandro Borin, Banca d'Italia Occasional Papers, 2026.")).toBeNull();
    expect(read('With Dylan Connor, Siqiao Xie, and Yilei Yu\nPNAS Nexus, 2025.')).toBeNull();
  });
});
