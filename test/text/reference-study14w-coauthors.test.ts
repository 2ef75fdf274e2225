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

describe('"(w/ A, B, and C)": economists’ shorthand for the coauthors after a numbered title (gurun)', () => {
  it('the title’s own period before the parenthesis ends it; the year after the names dates it', () => {
    expect(read('[20] Advertising Expensive Mortgages. (w/ Gregor Matvos and Amit Seru) 2016.\nJOURNAL OF FINANCE DOWNLOAD')).toMatchObject(
      {
        title: 'Advertising Expensive Mortgages',
        authors: ['Gregor Matvos', 'Amit Seru'],
        year: 2016,
      },
    );
    expect(read('[4] Buying the Verdict (w/Lauren Cohen) 2024.\nMANAGEMENT SCIENCE DOWNLOAD')).toMatchObject({
      title: 'Buying the Verdict',
      authors: ['Lauren Cohen'],
      year: 2024,
    });
  });

  it('a number glued to the title, a parenthesis glued to its period', () => {
    expect(
      read('[13]Patent Trolls: Evidence from Targeted Firms. (w/ Lauren Cohen and Scott D. Kominers) 2019.\nMANAGEMENT SCIENCE DOWNLOAD'),
    ).toMatchObject({
      title: 'Patent Trolls: Evidence from Targeted Firms',
      authors: ['Lauren Cohen', 'Scott D. Kominers'],
    });
    expect(
      read(
        '[17] ‘Troll’ Check: A Proposal for Administrative Review of Patent Litigation.(w/ Lauren Cohen, John Golden, and Scott D. Kominers) 2017.',
      ),
    ).toMatchObject({
      title: '‘Troll’ Check: A Proposal for Administrative Review of Patent Litigation',
      authors: ['Lauren Cohen', 'John Golden', 'Scott D. Kominers'],
    });
  });

  it('a title whose comma parts could be names stays the title before "(w/"', () => {
    expect(
      read(
        '[9] Internal Deadlines, Drug Approvals, and Safety Problems. (w/ Lauren Cohen and Danielle Li) 2021.\nAMERICAN ECONOMIC REVIEW: INSIGHTS DOWNLOAD',
      ),
    ).toMatchObject({
      title: 'Internal Deadlines, Drug Approvals, and Safety Problems',
      authors: ['Lauren Cohen', 'Danielle Li'],
      year: 2021,
    });
  });
});

describe('"With A & B · Journal · 2026" (a meta line of middle dots, lacroix)', () => {
  it('the names end at the first dot; with the title marked, a title that could open with names stays the title', () => {
    const title = 'Connections During Democratic Transitions: Insights from the Political Purge in Post-WWII France';
    expect(
      read(
        `${title}\nWith T. Aidt & P.-G. Méon · American Economic Journal: Economic Policy · 2026\nThis paper examines how connections influenced transitional justice.`,
        title,
      ),
    ).toEqual({
      title,
      authors: ['T. Aidt', 'P.-G. Méon'],
      year: 2026,
      venue: 'American Economic Journal: Economic Policy',
    });
    expect(read('Domino Secessions\nWith K. Mitchener & K. Oosterlinck · Economic Journal · 2026')).toMatchObject({
      title: 'Domino Secessions',
      authors: ['K. Mitchener', 'K. Oosterlinck'],
      year: 2026,
    });
  });
});
