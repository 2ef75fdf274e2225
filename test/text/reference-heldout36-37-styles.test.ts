/**
 * The reference-string parser on styles of the former heldout36 / heldout37 pages (computer science and life sciences):
 * entries that label their names "Authors:" over an unlabelled venue line, Vancouver lists that put a period after
 * run-together initials ("Bull KR., Mead AJ., & Cornall RJ."), "Title. Names. Journal" under a year heading, particles in
 * given-first names, a title that asks a question. Expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference, readAuthorBlock } from '../../lib/text/reference';

describe('"Title / Authors: names / venue line" (spidal-papers)', () => {
  it('reads the unlabelled line after the names as the venue and takes its year', () => {
    const r = parseReference(
      'Haggis: Turbo Charge A MapReduce based Spatial Data Warehousing System with GPU Engine\n' +
        'Authors: Ablimit Aji, George Teodoro and Fusheng Wang\n' +
        'In Proc. of the Third ACM SIGSPATIAL International Workshop on Analytics for Big Geospatial Data (BigSpatial-2014), Nov 4, 2014, Dallas, TX, USA',
    );
    expect(r?.title).toBe('Haggis: Turbo Charge A MapReduce based Spatial Data Warehousing System with GPU Engine');
    expect(r?.authors).toEqual(['Ablimit Aji', 'George Teodoro', 'Fusheng Wang']);
    expect(r?.year).toBe(2014);
  });

  it('keeps the title when an "In Venue" line stands between it and the names', () => {
    const r = parseReference(
      'Bed Topography of Jakobshavn and Byrd Glaciers\nIn Big Data and Extreme-scale Computing (BDEC)\n' +
        'Authors: S. Gogineni, J.-B. Yan, J. Paden, and J. Gauch\nJournal of Glaciology, vol. 60, no. 223, pp. 813-833, Nov 2014.\npdf version here',
    );
    expect(r?.title).toBe('Bed Topography of Jakobshavn and Byrd Glaciers');
    expect(r?.authors).toEqual(['S. Gogineni', 'J.-B. Yan', 'J. Paden', 'J. Gauch']);
    expect(r?.year).toBe(2014);
  });
});

describe('Vancouver names with a period after run-together initials (cartermaclab-papers, cribbs-publications)', () => {
  it("takes the last period for the block's own", () => {
    expect(readAuthorBlock('Radowits R., Young BW., Rathwell S., & Carter MJ.', 'vancouver')?.names).toEqual([
      'R. Radowits',
      'BW. Young',
      'S. Rathwell',
      'MJ Carter',
    ]);
    expect(readAuthorBlock('Philpott M., Cribbs AP., Brown T., Oppermann U.', 'vancouver')?.names).toEqual([
      'M. Philpott',
      'AP. Cribbs',
      'T. Brown',
      'U Oppermann',
    ]);
  });

  it('keeps it in a list whose initials are each dotted', () => {
    expect(readAuthorBlock('Wilson B.C., Boehme L., Seitan V.C.', 'vancouver')?.names).toEqual(['B.C. Wilson', 'L. Boehme', 'V.C. Seitan']);
  });
});

describe('"Title. Names. Journal" under a year heading (cribbs-publications, as a selection)', () => {
  it('reads a journal name alone after two names or more as the venue, the year from the heading', () => {
    const r = parseReference(
      'Hypoxia Induces Transcriptional and Translational Downregulation of the Type I IFN Pathway in Multiple Cancer Cell Types. Ana Miar, Esther Arnaiz, Esther Bridges, Jan Rehwinkel and Adrian L. Harris. Cancer Research',
      { groupYear: 2020 },
    );
    expect(r?.title).toBe(
      'Hypoxia Induces Transcriptional and Translational Downregulation of the Type I IFN Pathway in Multiple Cancer Cell Types',
    );
    expect(r?.authors).toEqual(['Ana Miar', 'Esther Arnaiz', 'Esther Bridges', 'Jan Rehwinkel', 'Adrian L. Harris']);
    expect(r?.venue).toBe('Cancer Research');
    expect(r?.year).toBe(2020);
  });

  it('takes no sentence after the names for a journal, nor a journal without a heading year', () => {
    expect(
      parseReference('A new lab member joins the group. Ana Miar, Esther Arnaiz. She works with us on hypoxia', { groupYear: 2020 }),
    ).toBeNull();
    expect(
      parseReference('Title of a paper about hypoxia in cancer cells. Ana Miar, Esther Arnaiz and Adrian L. Harris. Cancer Research'),
    ).toBeNull();
  });
});

describe('particles in given-first names (bibtex2html pages: abella-uses, cstolze-index)', () => {
  it('reads "de\'Liguoro" and a particle shortened to "d." or "d"', () => {
    expect(readAuthorBlock("Daniel J. Dougherty, Ugo de'Liguoro, Luigi Liquori, and Claude Stolze", 'given')?.names).toEqual([
      'Daniel J. Dougherty',
      "Ugo de'Liguoro",
      'Luigi Liquori',
      'Claude Stolze',
    ]);
    expect(readAuthorBlock('Jinxu Zhao, Bruno C. d. S. Oliveira, and Tom Schrijvers', 'given')?.names).toEqual([
      'Jinxu Zhao',
      'Bruno C. d. S. Oliveira',
      'Tom Schrijvers',
    ]);
    expect(readAuthorBlock('Chen Cui, Shengyi Jiang, and Bruno C d S Oliveira', 'given')?.names).toEqual([
      'Chen Cui',
      'Shengyi Jiang',
      'Bruno C d S Oliveira',
    ]);
  });

  it('takes no "d" that opens or closes a name', () => {
    expect(readAuthorBlock('d Oliveira, Tom Schrijvers', 'given')).toBeNull();
  });
});

describe('a title that asks a question and goes on in lower case (tapjdey-pubs)', () => {
  it('reads past the question mark', () => {
    const r = parseReference(
      'Ahmed Samir Imam Mahmoud, Tapajit Dey, Alexander Nolte, Audris Mockus, and James D Herbsleb. One-off events? an empirical study of hackathon code creation and reuse. Empirical Software Engineering, 27(7):1--49, 2022. [ bib | Print (Open Access)]',
    );
    expect(r?.title).toBe('One-off events? an empirical study of hackathon code creation and reuse');
    expect(r?.venue).toBe('Empirical Software Engineering');
  });

  it('ends the title at a question an "in Venue" follows', () => {
    expect(parseReference('A. Smith and B. Jones. Is it real? in Proceedings of the Conference on Things, 2020.')?.title).toBe(
      'Is it real?',
    );
  });
});
