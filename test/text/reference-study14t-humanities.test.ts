/**
 * The reference-string parser on humanities pages of the former heldout44 set (study14t): British single quotes around
 * a title (huijnen), "und" / "en" between the names without a comma (straube, huijnen), a German status in the year's
 * place (straube), German "Family, Given: Title. Place: Publisher Year." books (aeet), an editors' mark after Vancouver
 * names and a venue in parentheses closing the entry (lits), "Title? (with A and B)" (guay), "Names (Under Review) |
 * Venue" (pons), numeric dates (huijnen). Each string as the page writes it; fields read off it by eye.
 */
import { describe, expect, it } from 'vitest';
import { dotInitialsAsList, lastYear, parseReference, type ParsedReference } from '../../lib/text/reference';

const pick = (s: string, hints: { title?: string; groupYear?: number } = {}) => {
  const r = parseReference(s, hints);
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
};

describe('humanities citation styles (study14t)', () => {
  it('"Family, Given, ‘Title’, Journal 7 (2019).": British single quotes close the names and hold the title (huijnen)', () => {
    expect(
      pick(
        'Plets, Gertjan, Pim Huijnen and David van Oeveren, ‘Excavating Archaeological Texts: Applying Digital Humanities to the Study of Archaeological Thought and Banal Nationalism’, Journal of Field Archaeology 46, 5 (2021) pp. 289-302.',
      ),
    ).toMatchObject({
      title: 'Excavating Archaeological Texts: Applying Digital Humanities to the Study of Archaeological Thought and Banal Nationalism',
      authors: ['Gertjan Plets', 'Pim Huijnen', 'David van Oeveren'],
      year: 2021,
      venue: 'Journal of Field Archaeology',
    });
    expect(pick('Huijnen, Pim, ‘Het wondermiddel van professor Buytendijk’, Studium 4 (2010) 155-169.')).toMatchObject({
      title: 'Het wondermiddel van professor Buytendijk',
      authors: ['Pim Huijnen'],
      year: 2010,
      venue: 'Studium',
    });
  });

  it("a two-word title in single quotes closed by a comma, and a newspaper's numeric date (huijnen)", () => {
    expect(pick('Huijnen, Pim, ‘Eendrachtige samenwerking’, De Volkskrant 17-03-2012.')).toEqual({
      title: 'Eendrachtige samenwerking',
      authors: ['Pim Huijnen'],
      year: 2012,
      venue: 'De Volkskrant',
    });
    expect(lastYear('Den Haag 03/25/2015, Historici.nl')).toBe(2015);
    expect(lastYear('Trouw 05-04-2013, p. 19.')).toBe(2013);
    // Pages and volume numbers stay no year.
    expect(lastYear('Journal 12, 1-2012')).toBeUndefined();
  });

  it('"Family, Given en Given Family", "Family, Given und Given Family": Dutch and German "and" without a comma', () => {
    expect(
      pick('Garvert-Huijnen, Katharina en Pim Huijnen, ‘trouw opinie merkels hitlersnor 5 april 2013’, Trouw 05-04-2013, p. 19.'),
    ).toMatchObject({
      title: 'trouw opinie merkels hitlersnor 5 april 2013',
      authors: ['Katharina Garvert-Huijnen', 'Pim Huijnen'],
      year: 2013,
      venue: 'Trouw',
    });
    expect(
      pick(
        'Bork-Hüffer, Tabea, Henning Füller und Till Straube. 2021.\nEinleitung. Digitale Geographien als forschende Praxis.\nIn: Tabea Bork-Hüffer, Henning Füller und Till Straube (Hrsg). Handbuch Digitale Geographien. Welt – Wissen – Werkzeuge. Paderborn: Schöningh (UTB), 9–24.',
        { title: 'Einleitung. Digitale Geographien als forschende Praxis' },
      )?.authors,
    ).toEqual(['Tabea Bork-Hüffer', 'Henning Füller', 'Till Straube']);
    // A book's "Wikipedia und Geschichtswissenschaft" after a quoted title is no pair of names.
    expect(
      pick(
        'Huijnen, Pim, ‘Het paradoxale van Wikipedia’, book review: Thomas Wozniak, Jürgen Nemitz en Uwe Rohwedder ed., Wikipedia und Geschichtswissenschaft, Tijdschrift Voor Geschiedenis 130 (2017) pp. 491-493.',
      ),
    ).toMatchObject({ title: 'Het paradoxale van Wikipedia', authors: ['Pim Huijnen'], year: 2017 });
  });

  it('"Family, Given, Book review: ‘Title’, Journal": the review\'s label is no part of the reviewed work\'s title (huijnen)', () => {
    expect(
      pick(
        'Huijnen, Pim, Book review: ‘Heiko Stoff. Gift in der Nahrung: Zur Genese der Verbraucherpolitik Mitte des 20. Jahrhunderts’, Isis 108, 2 (2017) pp. 464-465.',
      ),
    ).toEqual({
      title: 'Heiko Stoff. Gift in der Nahrung: Zur Genese der Verbraucherpolitik Mitte des 20. Jahrhunderts',
      authors: ['Pim Huijnen'],
      year: 2017,
      venue: 'Isis',
    });
  });

  it('"Wevers, Melvin &Pim Huijnen.": an ampersand glued to the next name (huijnen)', () => {
    expect(
      pick(
        'Wevers, Melvin &Pim Huijnen. “Mapping America in Dutch Public Discourse: A Digital Approach to Researching the United States as a Reference Culture.” In: Proceedings of the 19th International Colloquium of American Studies (Olomouc: Palacky University Olomouc, 2015), pp. 109–26.',
      )?.authors,
    ).toEqual(['Melvin Wevers', 'Pim Huijnen']);
  });

  it('"Names. Eingereicht.": a German status in the year\'s place (straube)', () => {
    expect(pick('Straube, Till und Seyram Avle. Eingereicht.\nInterfacing Global AI.')).toMatchObject({
      title: 'Interfacing Global AI',
      authors: ['Till Straube', 'Seyram Avle'],
    });
  });

  it('"Family, Given: Title. Place: Publisher Year.", "Place Year." and a body as editor (aeet)', () => {
    expect(
      pick('Langmandel, Eva: Vom Archetypus zur Synopse. Edition früher und heute. Duisburg: Universitätsverlag Rhein-Ruhr 2013.'),
    ).toMatchObject({ title: 'Vom Archetypus zur Synopse. Edition früher und heute', authors: ['Eva Langmandel'], year: 2013 });
    expect(
      pick(
        'Rohmann, Gina: Alchemisten im Goldrausch. SiLentium Sigilli Hermetis – eine alchemistische Handschrift aus dem Archiv der Grafen v. Platen. Berlin 2019.',
      ),
    ).toMatchObject({
      title: 'Alchemisten im Goldrausch. SiLentium Sigilli Hermetis – eine alchemistische Handschrift aus dem Archiv der Grafen v. Platen',
      authors: ['Gina Rohmann'],
      year: 2019,
    });
    expect(
      pick(
        'Arbeitsstelle Edition und Editionstechnik (Hg.): Kochen auf dem Gutshof. Niederländisch-deutsches Kochbuch aus dem 18. Jahrhundert aus dem Archiv der Grafen von Platen. Duisburg: Universitätsverlag Rhein-Ruhr 2016.',
      ),
    ).toMatchObject({
      title: 'Kochen auf dem Gutshof. Niederländisch-deutsches Kochbuch aus dem 18. Jahrhundert aus dem Archiv der Grafen von Platen',
      authors: ['Arbeitsstelle Edition und Editionstechnik'],
      year: 2016,
    });
  });

  it('"Lits G. (dir.) Title (Venue, vol. 3, n° 5)": the editors\' mark is the names\', the closing parentheses the venue (lits)', () => {
    expect(
      pick('Lits G. (dir.) Georg Simmel, environnement, conflit, mondialisation (Émulations — Revue de sciences sociales, vol. 3, n° 5)', {
        groupYear: 2009,
      }),
    ).toMatchObject({
      title: 'Georg Simmel, environnement, conflit, mondialisation',
      year: 2009,
      venue: 'Émulations — Revue de sciences sociales',
    });
    expect(
      pick('Cologna V., Mede N. Trust in scientists and their role in society across 67 countries (Nature Human Behaviour)', {
        groupYear: 2025,
      }),
    ).toEqual({
      title: 'Trust in scientists and their role in society across 67 countries',
      authors: ['V. Cologna', 'N. Mede'],
      year: 2025,
      venue: 'Nature Human Behaviour',
    });
    expect(
      pick(
        "Lits G., Cougnon A., Heeren A., Hanseeuw B. & Gurnet N. Analyse de « l'infodémie » de Covid-19 en Belgique francophone (SocArXiv).",
        { groupYear: 2020 },
      ),
    ).toMatchObject({ title: "Analyse de « l'infodémie » de Covid-19 en Belgique francophone", venue: 'SocArXiv' });
  });

  it('"Lits G. et al." closing names where the list writes "Lits G., …": the initial\'s period (lits)', () => {
    const ref = (authors: string[]): ParsedReference => ({ title: 't', authors, authorsTruncated: false, ids: {}, urls: [] });
    const refs = [ref(['G. Lits', 'A. Catellani']), ref(['R. Roussel', 'G Lits']), ref(['E. Neveu', 'C Mavrot']), null];
    dotInitialsAsList(refs);
    expect(refs[1]!.authors).toEqual(['R. Roussel', 'G. Lits']);
    // A name the list never writes dotted before others keeps its form ("Madsen KH, Thielscher A.").
    expect(refs[2]!.authors).toEqual(['E. Neveu', 'C Mavrot']);
    // Nor does an undotted name inside an author list, where no period was read as the names' end.
    const inside = [ref(['G. Lits', 'A. Catellani']), ref(['G Lits', 'A. Catellani'])];
    dotInitialsAsList(inside);
    expect(inside[1]!.authors).toEqual(['G Lits', 'A. Catellani']);
  });

  it('"Title? (with A, B and C) Journal": a question mark in the title before the coauthors (guay, martin)', () => {
    expect(
      pick(
        'Are node-based and stem-based clades equivalent? Insights from graph theory (with David C. Blackburn and Edward O. Wiley)\nPLOS Currents: Tree of Life, article published online 11/18/2010. Full text also available at PubMed Central.',
      ),
    ).toMatchObject({
      title: 'Are node-based and stem-based clades equivalent? Insights from graph theory',
      authors: ['David C. Blackburn', 'Edward O. Wiley'],
      year: 2010,
    });
    expect(
      pick(
        'When is Nonfundamentalness in SVARs a Real Problem? (with Paul Beaudry, Patrick Fève and Franck Portier) Review of Economic Dynamics, 30 (2019), 221–243 Manuscript',
      ),
    ).toMatchObject({
      title: 'When is Nonfundamentalness in SVARs a Real Problem?',
      authors: ['Paul Beaudry', 'Patrick Fève', 'Franck Portier'],
      year: 2019,
    });
  });

  it('"Names (2021) | Journal", "Names (Under Review) | Journal" under the title (pons)', () => {
    expect(
      pick(
        'On the origin of 2nd person prefix #tV- in Trans-Himalayan languages\nMarie-Caroline Pons (2021) | Linguistics of the Tibeto-Burman Area 44:2, 226–263.\nhttps://doi.org/10.1075/ltba.20004.pon',
      ),
    ).toMatchObject({ authors: ['Marie-Caroline Pons'], year: 2021, venue: 'Linguistics of the Tibeto-Burman Area' });
    expect(
      pick('On the distribution and discourse functions of =taŋ in Chepang\nMarie-Caroline Pons (Under Review) | Linguistics'),
    ).toMatchObject({
      title: 'On the distribution and discourse functions of =taŋ in Chepang',
      authors: ['Marie-Caroline Pons'],
      venue: 'Linguistics',
    });
  });
});
