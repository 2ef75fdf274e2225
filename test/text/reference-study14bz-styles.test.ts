import { describe, expect, it } from 'vitest';
import { parseReference } from '../../lib/text/reference';

/** Reference styles of the former heldout88 pages (study14bz), from real entries of those pages. */
describe('a thesis as "Given Family – Title (Year)" (opravidlo)', () => {
  it('reads the student, the title and the year', () => {
    const r = parseReference('Jakub Machura – Detekce interpunkce v češtině: analýza problémů a vylepšení (2017)');
    expect(r?.title).toBe('Detekce interpunkce v češtině: analýza problémů a vylepšení');
    expect(r?.authors).toEqual(['Jakub Machura']);
    expect(r?.year).toBe(2017);
  });

  it('reads one without a year, and a name of three words', () => {
    expect(parseReference('Jakub Machura – Automatické doplňování a korekce interpunkce v češtině')?.authors).toEqual(['Jakub Machura']);
    expect(parseReference('Markéta Audy Masopustová – Automatická analýza srozumitelnosti textu (2018)')?.authors).toEqual([
      'Markéta Audy Masopustová',
    ]);
  });

  it('reads no name and a role, nor a place and a short title', () => {
    expect(parseReference('Jakub Machura – PhD student')).toBeNull();
    expect(parseReference('Brno – Praha 2019')).toBeNull();
  });
});

describe('a German legal citation: ‘Title’ (Year) Journal vol(issue), pages (mit …) (haffke)', () => {
  it('reads the quoted title, the year, the journal before its volume and the coauthors', () => {
    const r = parseReference(
      '‘Kryptowerte und Geldwäsche. Eine Analyse der 5. Geldwäscherichtlinie sowie des Gesetzesentwurfs der Bundesregierung’ (2019) Zeitschrift für Bank- und Kapitalmarktrecht (BKR) 19(8), 377–386 (mit Mathias Fromberger und Patrick Zimmermann)',
    );
    expect(r?.title).toBe(
      'Kryptowerte und Geldwäsche. Eine Analyse der 5. Geldwäscherichtlinie sowie des Gesetzesentwurfs der Bundesregierung',
    );
    expect(r?.authors).toEqual(['Mathias Fromberger', 'Patrick Zimmermann']);
    expect(r?.year).toBe(2019);
    expect(r?.venue).toBe('Zeitschrift für Bank- und Kapitalmarktrecht (BKR)');
  });

  it('reads an issue written "01/2024", and the owner alone', () => {
    const r = parseReference(
      '‘Die neue europäische PEP-Liste und ihre Bedeutung für das Geldwäschegesetz’ (2024) Geldwäsche & Recht (GWuR) 01/2024, 5–8',
    );
    expect(r?.title).toBe('Die neue europäische PEP-Liste und ihre Bedeutung für das Geldwäschegesetz');
    expect(r?.authors).toEqual([]);
    expect(r?.venue).toBe('Geldwäsche & Recht (GWuR)');
    expect(r?.year).toBe(2024);
  });

  it('reads a chapter "in Eds (Hrsg.), Book (Publisher, Year)"', () => {
    const r = parseReference(
      '‘§ 15 – Geldwäschecompliance’ in Maume/Maute/Fromberger (Hrsg.), Rechtshandbuch Kryptowerte (C.H. Beck, 2020), S. 417–454 (mit Philipp Maume)',
    );
    expect(r?.title).toBe('§ 15 – Geldwäschecompliance');
    expect(r?.authors).toEqual(['Philipp Maume']);
    expect(r?.venue).toBe('Rechtshandbuch Kryptowerte');
    expect(r?.year).toBe(2020);
  });

  it('reads a book "‘Title’, Publisher, status Year (mit …)"', () => {
    const r = parseReference('‘Rechtshandbuch für Start-Ups’, C.H. Beck, in Vorbereitung für 2024 (mit Mathias Fromberger)');
    expect(r?.title).toBe('Rechtshandbuch für Start-Ups');
    expect(r?.authors).toEqual(['Mathias Fromberger']);
    expect(r?.year).toBe(2024);
  });

  it('reads no entry from a quoted title with neither a year nor a book after it', () => {
    expect(parseReference('‘Rechtshandbuch für Start-Ups’, C.H. Beck (mit Mathias Fromberger)')?.title ?? '').not.toBe(
      'Rechtshandbuch für Start-Ups',
    );
  });

  it('leaves a quoted title with names after it to the readers of names', () => {
    const r = parseReference('‘Indigenous Employment: A Story of Continuing Growth’, CAEPR Topical Issue 2/2004.');
    expect(r?.title ?? null).not.toBe('CAEPR Topical Issue');
  });
});

describe('German humanities citations with German quotes „…“ (sarti)', () => {
  it('reads one inverted name, a one-word quoted title and "(Hg.):" editors before the book', () => {
    const r = parseReference(
      'Albrecht-Hohmaier, Martin: „Migrationen“, in: Schmidt, Dörte / Siegert, Christine (Hg.): Giuseppe Sarti – Individual Style, Aesthetical Position, Dissemination and Reception of His Works, Edition Argus, Druck erscheint 2016 (= Forum Musikwissenschaft).',
    );
    expect(r?.title).toBe('Migrationen');
    expect(r?.authors).toEqual(['Martin Albrecht-Hohmaier']);
    expect(r?.year).toBe(2016);
    expect(r?.venue).toMatch(/^Giuseppe Sarti – Individual Style, Aesthetical Position/);
  });

  it('reads a title closed by ” and takes no names from the book’s title', () => {
    const r = parseReference(
      'Schmidt, Dörte: „Oper unter den Bedingungen der Migration. Giuseppe Sartis Giulio Sabino, der Partiturdruck und die Aufführungen in Wien und Berlin”, in: Schmidt, Dörte / Siegert, Christine (Hg.): Giuseppe Sarti – Individual Style, Aesthetical Position, Dissemination and Reception of His Works, Edition Argus, Druck erscheint 2016 (= Forum Musikwissenschaft).',
    );
    expect(r?.title).toBe(
      'Oper unter den Bedingungen der Migration. Giuseppe Sartis Giulio Sabino, der Partiturdruck und die Aufführungen in Wien und Berlin',
    );
    expect(r?.authors).toEqual(['Dörte Schmidt']);
  });

  it('keeps a quotation that opens the title and runs on', () => {
    const r = parseReference(
      'Siegert, Christine: „Evvivano i litiganti!“ – Intertextualität und Internationalität als Herausforderungen für die Opernedition, in: Dane, Gesa / Jungmayr, Jörg / Schotte, Marcus (Hg.): Weltliteratur. Komparatistische Perspektiven der Editionswissenschaft, Berlin 2015.',
    );
    expect(r?.title).toBe('„Evvivano i litiganti!“ – Intertextualität und Internationalität als Herausforderungen für die Opernedition');
    expect(r?.authors).toEqual(['Christine Siegert']);
  });
});

describe('"Names: Title." with a bracketed status note, or a meeting\'s acronym and year (dtabf)', () => {
  it('reads names in full joined by commas before the colon, and the title before "[In Review; …]"', () => {
    const r = parseReference(
      'Susanne Haaf, Christian Thomas: Introducing the DTABf-M: A Manuscript-specific Extension to the DTA ›Base Format‹ (DTABf). [In Review; eingereicht für jTEI 10]',
    );
    expect(r?.title).toBe('Introducing the DTABf-M: A Manuscript-specific Extension to the DTA ›Base Format‹ (DTABf)');
    expect(r?.authors).toEqual(['Susanne Haaf', 'Christian Thomas']);
    expect(r?.year).toBeUndefined();
  });

  it('reads "Title. LREC 2016." before an "[Im Erscheinen, …]" note', () => {
    const r = parseReference(
      'Susanne Haaf: Corpus Analysis based on Structural Phenomena in Texts: Exploiting TEI Encoding for Linguistic Research. LREC 2016. [Im Erscheinen, vorgesehen für die "Proceedings of the Tenth International Conference on Language Resources and Evaluation (LREC\'16)"]',
    );
    expect(r?.title).toBe('Corpus Analysis based on Structural Phenomena in Texts: Exploiting TEI Encoding for Linguistic Research');
    expect(r?.authors).toEqual(['Susanne Haaf']);
    expect(r?.year).toBe(2016);
  });

  it('reads no title with a breadcrumb’s "›"', () => {
    expect(parseReference('Susanne Haaf, Christian Thomas: Home › Publikationen › Basisformat. [In Review]')).toBeNull();
  });
});

describe('a title with its own dash before a citation is no thesis line (gurun)', () => {
  it('reads no student from the title’s first half', () => {
    const r = parseReference(
      'Patent Trolling Isn’t Dead — It’s Just Moving to Delaware. (w/ Lauren Cohen and Scott D. Kominers) 2017. HARVARD BUSINESS REVIEW DOWNLOAD',
    );
    expect(r?.authors ?? []).not.toContain('Patent Trolling Isn’t Dead');
  });
});
