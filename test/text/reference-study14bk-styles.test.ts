import { describe, expect, it } from 'vitest';
import { parseReference, readAuthorBlock } from '../../lib/text/reference';

describe('a thesis title first, its kind after the student’s name (rsim-ramp)', () => {
  it('reads "Title, Name Ph.D. Thesis, Month Year." as the student’s thesis', () => {
    const r = parseReference('Lifetime Reliability Aware Microprocessors, Jayanth Srinivasan Ph.D. Thesis, May 2006.');
    expect([r?.title, r?.authors, r?.year]).toEqual(['Lifetime Reliability Aware Microprocessors', ['Jayanth Srinivasan'], 2006]);
  });

  it('not "Title, Journal, Year": one name after a title is a journal’s where no kind of thesis is named', () => {
    expect(parseReference('Paying Them to Hate US, Economic Journal, 2024.')?.authors ?? []).toEqual([]);
  });
});

describe('a French thesis labelled with its subject (lf2l)', () => {
  it('reads the title after "Sujet de la thèse :", not the label', () => {
    const r = parseReference(
      'Skiba N. Sujet de la thèse : Processus d’innovation centré sur l’utilisateur : identification des besoins et interprétation de données issues de l’intégration de l’utilisateur dans le processus de co-conception. Directeurs de la thèse : Laure Morel et Claudine Guidat. Thèse soutenue le 3 avril 2014.',
    );
    expect([r?.title, r?.year]).toEqual([
      'Processus d’innovation centré sur l’utilisateur : identification des besoins et interprétation de données issues de l’intégration de l’utilisateur dans le processus de co-conception',
      2014,
    ]);
  });
});

describe('Chicago’s inverted first name needs its comma (rsim)', () => {
  it('does not read a title joined by "and" as "Family and Given and …" names', () => {
    expect(readAuthorBlock('Comparing and Combining Read Miss Clustering and Software Prefetching', 'surname-given')).toBeNull();
  });

  it('still reads "Cai, Wei, Maria de Moya, and John Lee"', () => {
    expect(readAuthorBlock('Cai, Wei, Maria de Moya, and John Lee', 'surname-given')?.names).toEqual([
      'Wei Cai',
      'Maria de Moya',
      'John Lee',
    ]);
  });
});

describe('a sentence introducing the citation, a colon and a dash before it (wcso)', () => {
  const citation =
    'Bayerlein, B., Schilling, M., v. Hartrott, P. and Waitelonis, J. - Semantic integration of diverse data in materials science: Assessing Orowan strengthening (2024)';

  it('reads the citation after "…: - ", not the sentence as its title', () => {
    const r = parseReference(
      `The study on applying Semantic Web technologies to advance Materials Science and Engineering (MSE) through the integration of diverse datasets: - ${citation}`,
    );
    expect([r?.title, r?.authors, r?.year]).toEqual([
      'Semantic integration of diverse data in materials science: Assessing Orowan strengthening',
      ['B. Bayerlein', 'M. Schilling', 'P. v. Hartrott', 'J. Waitelonis'],
      2024,
    ]);
  });

  it('not a short title before a colon and a dash', () => {
    const r = parseReference('Smith, J. and Lee, K. (2020). Deep learning: - a survey. Journal of Things, 3, 1-10.');
    expect(r?.authors).toEqual(['J. Smith', 'K. Lee']);
  });
});
