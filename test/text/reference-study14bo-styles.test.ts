import { describe, expect, it } from 'vitest';
import { parseReference, readAuthorBlock, UNPUBLISHED } from '../../lib/text/reference';

/** Styles of the former heldout77 pages (study14bo), from real entries of those pages. */
describe('"Family, Given, I.": a comma typed before a middle initial (kerr-pubs)', () => {
  it('reads the lone initial as the given name’s', () => {
    expect(
      readAuthorBlock(
        'Iles, David T., Pugesek, Genevieve, Kerr, Natalie Z., Dorian, Nicholas, N., and Crone, Elizabeth E.',
        'surname-given',
      )?.names,
    ).toEqual(['David T. Iles', 'Genevieve Pugesek', 'Natalie Z. Kerr', 'Nicholas N. Dorian', 'Elizabeth E. Crone']);
    expect(readAuthorBlock('Kerr, Natalie Z., Baxter, Peter W.J., and Buckley, Yvonne, M.', 'surname-given')?.names).toEqual([
      'Natalie Z. Kerr',
      'Peter W.J. Baxter',
      'Yvonne M. Buckley',
    ]);
  });
  it('leaves an initial in a given name’s place alone', () => {
    expect(readAuthorBlock('Smith, John, Jones, A., and Brown, Carl', 'surname-given')).toBeNull();
    expect(readAuthorBlock('Cai, Wei, M. Moya, and John Lee', 'surname-given')?.names).toEqual(['Wei Cai', 'M. Moya', 'John Lee']);
  });
});

describe('"(in prep)" in the year’s place (kerr-pubs)', () => {
  it('is a status', () => {
    expect(UNPUBLISHED.test('Ramula, Satu, Kerr, Natalie Z., and Crone, Elizabeth E. (in prep) Stochastic population dynamics.')).toBe(
      true,
    );
    expect(UNPUBLISHED.test('Kerr, N. (2020) Title. In preprint servers and their uses. Journal.')).toBe(false);
  });
});

describe('GB/T 7714 title line over its glued names line (rejubio-publications)', () => {
  it('reads the names before a period glued to the venue', () => {
    expect(parseReference('衰老的生命周期程序驱动学说[J]\n黄必录.中国老年病杂志,2011,8(03):167-185')).toMatchObject({
      title: '衰老的生命周期程序驱动学说',
      authors: ['黄必录'],
      venue: '中国老年病杂志',
      year: 2011,
    });
    expect(
      parseReference('去衰老的几个技术构想. 修复干细胞端粒的技术构想. 个体衰老的原因\n黄必录.02第一届国际老年医药学术会议,2002(10):71-72'),
    ).toMatchObject({ authors: ['黄必录'], venue: '02第一届国际老年医药学术会议', year: 2002 });
  });
  it('reads names glued to "bioRxiv"', () => {
    expect(
      parseReference(
        'Experimental verification on "Telomere DNA and ribosomal DNA co-regulation model for cell senescence"\nBilu Huang, Zhengzhi Wu.bioRxiv 2024.07.23.604700; doi: https://doi.org/10.1101/2024.07.23.604700',
      ),
    ).toMatchObject({ authors: ['Bilu Huang', 'Zhengzhi Wu'], venue: 'bioRxiv', ids: { doi: '10.1101/2024.07.23.604700' } });
  });
  it('reads the names-first entry as before', () => {
    expect(parseReference('黄必录.细胞衰老的端粒DNA和核糖体DNA共调控假说[J].医学争鸣,2021,12(03):9-15.')).toMatchObject({
      title: '细胞衰老的端粒DNA和核糖体DNA共调控假说',
      authors: ['黄必录'],
      venue: '医学争鸣',
    });
  });
});

describe('a preprint server’s own citation "bioRxiv 2024.07.23.604700; doi: …"', () => {
  it('gives the server as the venue', () => {
    expect(parseReference('Smith J, Doe K. A study of things in the world. medRxiv 2021.03.04.21252345 (2021).')?.venue).toBe('medRxiv');
  });
  it('keeps a journal’s venue before a labelled DOI link', () => {
    expect(
      parseReference(
        'Smith J, Doe K. A study of things in the world. Nature 590, 1-5 (2021). doi: https://doi.org/10.1038/s41586-021-0001',
      ),
    ).toMatchObject({ venue: 'Nature', ids: { doi: '10.1038/s41586-021-0001' } });
  });
});

describe('"Given I. FAMILY" names among "Given FAMILY" ones (metalichen-publications)', () => {
  it('reads a middle initial before a family name in capitals', () => {
    expect(
      readAuthorBlock('Gulnara TAGIRDZHANOVA, Irina S. STEPANCHIKOVA, Dmitry E. HIMELBRANT, Christoph SCHEIDEGGER', 'given')?.names,
    ).toEqual(['Gulnara TAGIRDZHANOVA', 'Irina S. STEPANCHIKOVA', 'Dmitry E. HIMELBRANT', 'Christoph SCHEIDEGGER']);
  });
  it('does not take initials alone before capitals for given names', () => {
    // Dotted ones are SIAM names ("J. SMITH, K. JONES"; study14bn's upperFamilyAfterInitials), not this rule's.
    expect(readAuthorBlock('J SMITH, K JONES', 'given')).toBeNull();
  });
});

describe('Manubot placeholders on Greene lab-website-template cards (auxierlab-research, dnareplication-publications)', () => {
  it('ends the venue at "[no date info]" and gives no year', () => {
    const r = parseReference(
      'Chromosome replication: from ORC to fork\nConrad A Nieduszynski, Anne D Donaldson, J Julian Blow\nGenome Biology · [no date info] · doi:10.1186/gb-2001-2-12-reports4030\nreview',
    );
    expect(r).toMatchObject({ venue: 'Genome Biology', authors: ['Conrad A Nieduszynski', 'Anne D Donaldson', 'J Julian Blow'] });
    expect(r?.year).toBeUndefined();
  });
  it('reads "[no author info]" as a work of no named authors', () => {
    expect(
      parseReference(
        'Investigations in Yeast Functional Genomics and Molecular Biology\n[no author info]\nApple Academic Press · 24 Feb 2014 · doi:10.1201/b16586',
      ),
    ).toMatchObject({ authors: [], venue: 'Apple Academic Press', year: 2014, ids: { doi: '10.1201/b16586' } });
  });
  it('still reads no title-only entry without the placeholder', () => {
    expect(
      parseReference(
        'Investigations in Yeast Functional Genomics and Molecular Biology\nApple Academic Press · 24 Feb 2014 · doi:10.1201/b16586',
      ),
    ).toBeNull();
  });
});

describe('an accent as inline math inside a name (tinagwy-pubs)', () => {
  it('reads the name and gives it back as written', () => {
    expect(readAuthorBlock('Gao, W., Miller, J., Klein, R., H\\(\\ddot{a}\\)hnel, P. & Carter, S.', 'surname-initials')?.names).toEqual([
      'W. Gao',
      'J. Miller',
      'R. Klein',
      'P. H\\(\\ddot{a}\\)hnel',
      'S. Carter',
    ]);
  });
  it('reads no formula standing apart as a name', () => {
    expect(readAuthorBlock('Gao, W., \\(x^2\\), P.', 'surname-initials')).toBeNull();
  });
});
