import { describe, expect, it } from 'vitest';
import { isOffTopicHeading } from '../../lib/text/common';
import { lastYear, parseReference, readAuthorBlock } from '../../lib/text/reference';

/** Classes of the former heldout55 pages (social sciences and humanities researchers' pages), study14ad. */

describe('APA: a status with a noun in the year\'s place, "(manuscript in preparation)" (cantillan)', () => {
  it('reads the names, then the title after the status', () => {
    const r = parseReference(
      'Cantillan, R., & Bucca, M. (manuscript in preparation). Structurally conditioned diffusion: How asymmetric trajectory channeling reproduces skills-based stratification.',
    );
    expect(r?.title).toBe(
      'Structurally conditioned diffusion: How asymmetric trajectory channeling reproduces skills-based stratification',
    );
    expect(r?.authors).toEqual(['R. Cantillan', 'M. Bucca']);
  });

  it('reads the status without the period after it', () => {
    const r = parseReference(
      'Bucca, M., Cantillan, R., Molina, M., Pesando, L. (manuscript in preparation) Trickle-Down Names: How Social Class Shapes Naming Patterns',
    );
    expect(r?.title).toBe('Trickle-Down Names: How Social Class Shapes Naming Patterns');
    expect(r?.authors).toEqual(['M. Bucca', 'R. Cantillan', 'M. Molina', 'L. Pesando']);
  });

  it('reads the status in Spanish, Portuguese, Italian, French and German', () => {
    for (const status of ['en prensa', 'no prelo', 'in corso di stampa', 'sous presse', 'im Druck', 'en revisión']) {
      const r = parseReference(`Silva, J., & Souza, A. (${status}). Un título sobre la ciudad y sus barrios. Revista de Sociología.`);
      expect(r?.title).toBe('Un título sobre la ciudad y sus barrios');
      expect(r?.authors).toEqual(['J. Silva', 'A. Souza']);
    }
  });

  it('reads "(work in progress)" and "(paper under review)" so too', () => {
    expect(parseReference('Smith, J., & Doe, A. (work in progress). A study of trust in unequal societies.')?.title).toBe(
      'A study of trust in unequal societies',
    );
    expect(parseReference('Smith, J., & Doe, A. (paper under review). A study of trust in unequal societies.')?.authors).toEqual([
      'J. Smith',
      'A. Doe',
    ]);
  });
});

describe('APA 7 name lists: a generation as an item of its own, a group author by its acronym after "…" (bartlett)', () => {
  it('keeps "III" with the family name it follows', () => {
    const r = parseReference(
      'Charles, S. J., Bartlett, J. E., Messick, K. J., Coleman, T. J., III, & Uzdavines, A. (2019). Researcher Degrees of Freedom in the Psychology of Religion. The International Journal for the Psychology of Religion.',
    );
    expect(r?.title).toBe('Researcher Degrees of Freedom in the Psychology of Religion');
    expect(r?.authors).toEqual(['S. J. Charles', 'J. E. Bartlett', 'K. J. Messick', 'T. J. Coleman III', 'A. Uzdavines']);
  });

  it('reads the generation of the first name and "Jr." so too', () => {
    const r = parseReference(
      'Coleman, T. J., III, Bartlett, J. E., Holcombe, J., & Hood, R. (2019, June 4). Absorption, Mentalizing, and Mysticism: Sensing the Presence of the Divine. Journal for the Cognitive Science of Religion.',
    );
    expect(r?.title).toBe('Absorption, Mentalizing, and Mysticism: Sensing the Presence of the Divine');
    expect(r?.authors).toEqual(['T. J. Coleman III', 'J. E. Bartlett', 'J. Holcombe', 'R. Hood']);
    expect(readAuthorBlock('Smith, J., Jr., & Doe, A.', 'surname-initials')?.names).toEqual(['J. Smith Jr.', 'A. Doe']);
  });

  it('reads a list shortened with "…" that closes with a group author named by its acronym', () => {
    const r = parseReference(
      'Pownall, M., Azevedo, F., König, L. M., Slack, H. R., Evans, T. R., Flack, Z., Grinschgl, S., Elsherif, M. M., … Bartlett, J.E., … & FORRT. (2023). Teaching open and reproducible scholarship: A critical review of the evidence base for current pedagogical methods and their outcomes. Royal Society Open Science, 10(5), 221255.',
    );
    expect(r?.title).toBe(
      'Teaching open and reproducible scholarship: A critical review of the evidence base for current pedagogical methods and their outcomes',
    );
    expect(r?.authors).toEqual([
      'M. Pownall',
      'F. Azevedo',
      'L. M. König',
      'H. R. Slack',
      'T. R. Evans',
      'Z. Flack',
      'S. Grinschgl',
      'M. M. Elsherif',
      'J.E. Bartlett',
      'FORRT',
    ]);
    expect(r?.authorsTruncated).toBe(true);
  });

  it('does not take an acronym after a comma for a group author', () => {
    expect(readAuthorBlock('Smith, J., Doe, A., Roe, B., IEEE.', 'surname-initials')).toBeNull();
  });
});

describe("a bracketed description of the work's kind right after the title (anastasi)", () => {
  it('keeps a second sentence before "[Book]" in the title', () => {
    const r = parseReference('Anastasi, S. (2019). Verificare di essere umani. Per una teoresi del Transumanesimo. [Book].');
    expect(r?.title).toBe('Verificare di essere umani. Per una teoresi del Transumanesimo');
    expect(r?.year).toBe(2019);
  });

  it('still reads a venue sentence that no description follows', () => {
    const r = parseReference('Anastasi, S. (2019). Verificare di essere umani. Mimesis Edizioni.');
    expect(r?.title).toBe('Verificare di essere umani');
  });
});

describe('free-text citations in Turkish and Spanish (ozek, ramos)', () => {
  it('reads a year joined to its month by a hyphen', () => {
    expect(lastYear('Akademik Araştırmalar Dergisi, ISSN:1302-2431, İstanbul, Mayıs-2013')).toBe(2013);
    expect(lastYear('Akademik Bakış Dergisi. ISSN: 1694-528X, Ocak-2013')).toBe(2013);
    expect(lastYear('Proceedings, pp. 12-2013')).toBeUndefined();
    expect(lastYear('Lisbon, Portugal, September 2015. The input of the CoNLL-2014 shared task was reassessed.')).toBe(2015);
  });

  it('does not end a title at the period of "No." before a number, and ends it at a period glued to the next sentence', () => {
    const r = parseReference('Ramos, Berenice. Antología Poéticas de Asia No. 01.Centro UC de Estudios Asiáticos.');
    expect(r?.title).toBe('Antología Poéticas de Asia No. 01');
    expect(r?.venue).toBe('Centro UC de Estudios Asiáticos');
  });

  it('takes a section of academic activities for one of no papers', () => {
    expect(isOffTopicHeading('Akademik Etkinlikler')).toBe(true);
    expect(isOffTopicHeading('Professional Activities')).toBe(true);
    expect(isOffTopicHeading('Research Activities')).toBe(false);
  });
});

describe("APA 7 venues: a book title's bracketed translation, a series number (parti)", () => {
  it("leaves the translation of the book's title out of the venue", () => {
    const r = parseReference(
      'Parti, G. (2024). A Fűszer-szigetek a tengeri Selyemúton [The Spice Islands on the Maritime Silk Road]. In G. Kósa (Ed.), Gazdaság, történelem és politika a Selyemút mentén [Economy, history and politics along the Silk Road] (pp. 269-327). ELTE BTK Kínai Tanszék, Budapest.',
    );
    expect(r?.venue).toBe('Gazdaság, történelem és politika a Selyemút mentén');
    expect(r?.pages).toBe('269-327');
  });

  it('ends the venue at a series number that closes its sentence', () => {
    const r = parseReference(
      'Parti, G. (2024). Mapping the Language of Spices A Corpus-Based, Philological Study on the Words of the Spice Domain. Sino-Platonic Papers, 338. (Based on Ph.D. thesis)',
    );
    expect(r?.venue).toBe('Sino-Platonic Papers');
  });
});
