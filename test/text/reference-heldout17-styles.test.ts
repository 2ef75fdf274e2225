/**
 * The reference-string parser on styles of the former heldout17 pages, each on entries as a real page writes them plus a
 * variant. Expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference, readAuthorBlock } from '../../lib/text/reference';

const pick = (s: string) => {
  const r = parseReference(s);
  return r && { title: r.title, authors: r.authors, year: r.year, venue: r.venue };
};

describe('"Family, AC; Family, GK. (Year). Title. Journal" (alisonmacfadyen.com, Quarto): undotted initials, ";" between names', () => {
  it('the period after the last initials ends the names', () => {
    expect(
      pick(
        'MacFadyen, AC; Leroy, S; Harrison, EM; Parkhill, J; Holmes, M; Paterson, GK. (2019). Staphylococcus pseudoxylosus sp. nov., isolated from bovine mastitis. International Journal of Systematic and Evolutionary Microbiology, doi: 10.1099/ijsem.0.003416',
      ),
    ).toEqual({
      title: 'Staphylococcus pseudoxylosus sp. nov., isolated from bovine mastitis',
      authors: ['AC MacFadyen', 'S Leroy', 'EM Harrison', 'J Parkhill', 'M Holmes', 'GK Paterson'],
      year: 2019,
      venue: 'International Journal of Systematic and Evolutionary Microbiology',
    });
    expect(pick('Okafor, NC; Lindqvist, B. (2020). Soil carbon under three tillage regimes. Geoderma, 12(3).')).toEqual({
      title: 'Soil carbon under three tillage regimes',
      authors: ['NC Okafor', 'B Lindqvist'],
      year: 2020,
      venue: 'Geoderma',
    });
  });
  it('a comma where the others have ";" still separates two names', () => {
    expect(
      pick(
        'McSorley, JC, MacFadyen, AC; Kerr, L; Tucker, NP. (2022). Host lysolipid differentially modulates virulence factor expression and antimicrobial susceptibility in Pseudomonas aeruginosa. Microbiology, 2022, 168(7). doi: 10.1099/mic.0.001179.',
      )?.authors,
    ).toEqual(['JC McSorley', 'AC MacFadyen', 'L Kerr', 'NP Tucker']);
  });
  it('a dotted last initial stays dotted ("Smith, G.")', () => {
    expect(pick('Smith, J. A.; Doe, G. (2019). A study of dotted initials in lists. Journal of Things, 3(2).')?.authors).toEqual([
      'J. A. Smith',
      'G. Doe',
    ]);
  });
});

describe('Sri Lankan names with four undotted initials ("EMWV Ekanayaka", scorelab.org)', () => {
  it('four initials open a given-first name', () => {
    expect(
      readAuthorBlock('Edirisuriya Mudalige Dilanga Siriwardane, Asanka Sayakkara, EMWV Ekanayake, Kasun De Zoyza', 'given')?.names,
    ).toEqual(['Edirisuriya Mudalige Dilanga Siriwardane', 'Asanka Sayakkara', 'EMWV Ekanayake', 'Kasun De Zoyza']);
    expect(
      pick('AP Kasthoori, EMWV Ekanayaka, Kasun De Zoysa. Railway Train Dynamics Analysis System. Proceedings of ICTer, 2014.'),
    ).toEqual({
      title: 'Railway Train Dynamics Analysis System',
      authors: ['AP Kasthoori', 'EMWV Ekanayaka', 'Kasun De Zoysa'],
      year: 2014,
      venue: 'Proceedings of ICTer',
    });
  });
});

describe('four capitals that are no initials', () => {
  it('a venue tag before a name ("TVCG J. Zhu") or "IEEE Trans" (3dimagelab, stenger) is not read as one name', () => {
    expect(readAuthorBlock('TVCG J. Zhu, H. Ma, J. Chen, J. Yuan', 'given')?.names[0]).not.toBe('TVCG J. Zhu');
    expect(readAuthorBlock('W. Luo, B. Stenger, X. Zhao, T.-K. Kim, IEEE Trans', 'given')).toBeNull();
  });
});

describe('BibLaTeX "Family, Given prefix" names (diogoaabranco.github.io, hugo-coder)', () => {
  it('the particle after the initials goes before the family name, as written', () => {
    expect(
      pick(
        'Dias da Silva, M. R., Faber, M., Andrade Branco, D. A. de, and Postma, M. “Mind and Body: The Manifestation of Mind Wandering in Bodily Behaviors”. In: New Perspectives on Mind-Wandering. Springer International Publishing, 2022, pp. 59–75.',
      ),
    ).toEqual({
      title: 'Mind and Body: The Manifestation of Mind Wandering in Bodily Behaviors',
      authors: ['M. R. Dias da Silva', 'M. Faber', 'D. A. de Andrade Branco', 'M. Postma'],
      year: 2022,
      venue: 'New Perspectives on Mind-Wandering',
    });
    expect(
      pick(
        'Lobo, P., Lima, R., Branco, D., and Badia, S. B. i. “Flow optimizer: A dynamic difficulty adjustment framework for serious games in neurorehabilitation”. In: 2024 IEEE 12th International Conference on Serious Games and Applications for Health (SeGAH). IEEE, 2024, pp. 1–8.',
      )?.authors,
    ).toEqual(['P. Lobo', 'R. Lima', 'D. Branco', 'S. B. i. Badia']);
    expect(
      pick('Hoff, J. H. van ’t, and Berg, A. van den. “Osmotic pressure in dilute solutions”. Chemical Reviews, 2001.')?.authors,
    ).toEqual(['J. H. van ’t Hoff', 'A. van den Berg']);
  });
});
