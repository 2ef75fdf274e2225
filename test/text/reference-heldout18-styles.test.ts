/**
 * The reference-string parser on styles of the former heldout18 pages, each on entries as a real page writes them plus a
 * variant. Expected fields read off the strings by eye.
 */
import { describe, expect, it } from 'vitest';
import { parseReference, readAuthorBlock } from '../../lib/text/reference';

const pick = (s: string) => {
  const r = parseReference(s);
  return r && { title: r.title, authors: r.authors, truncated: r.authorsTruncated, year: r.year };
};

describe('Vancouver names of Brazilian authors (kaiquealves.netlify.app, Quarto): four initials, "Junior", "[…]"', () => {
  it('reads "Moraes SPCB" and "Barbosa DHSG" as names (case from the page)', () => {
    expect(
      pick(
        'Gondo IRG, da Rocha MR, Gondo CY, Alves KS, dos Anjos BB, Moraes SPCB, Camara GR, Zucoloto M, Barbosa DHSG, Alves FR, Xavier AS, Silva SA, Moraes WB (2025) Temporal dynamics of guava root-knot nematode under the effect of different management methods. Crop Protection. 107012. https://doi.org/10.1016/j.cropro.2024.107012',
      ),
    ).toEqual({
      title: 'Temporal dynamics of guava root-knot nematode under the effect of different management methods',
      authors: [
        'IRG Gondo',
        'MR da Rocha',
        'CY Gondo',
        'KS Alves',
        'BB dos Anjos',
        'SPCB Moraes',
        'GR Camara',
        'M Zucoloto',
        'DHSG Barbosa',
        'FR Alves',
        'AS Xavier',
        'SA Silva',
        'WB Moraes',
      ],
      truncated: false,
      year: 2025,
    });
  });

  it('"[…]" among the names marks names left out (case from the page)', () => {
    expect(readAuthorBlock('Ascari JP, Barro JP, Santana FM, Padua JM, Maciel JLN, […], Alves KS, Del Ponte EM', 'vancouver')).toEqual({
      names: ['JP Ascari', 'JP Barro', 'FM Santana', 'JM Padua', 'JLN Maciel', 'KS Alves', 'EM Del Ponte'],
      truncated: true,
    });
  });

  it('variant: four initials and a bracketed "[...]" in a short list', () => {
    expect(readAuthorBlock('Pereira MACL, Souza Junior JB, [...], Lima RFAS', 'vancouver')).toEqual({
      names: ['MACL Pereira', 'JB Souza Junior', 'RFAS Lima'],
      truncated: true,
    });
  });
});

describe('APA 7 on a Quarto page (e-m-mccormick.github.io): TeX marks, "Do, K. T.", a status for a year and nothing after the title', () => {
  it('a TeX superscript mark before a name is a mark, not part of the name (case from the page)', () => {
    expect(
      pick(
        '46. \\(^\\dagger\\)Liu, Y., Bakk, Z., McCormick, E.M., & de Rooij, M.J. (2025). A Two-step estimator for growth mixture models with covariates in the presence of direct effects. Multivariate Behavioral Research. 1–17.',
      ),
    ).toEqual({
      title: 'A Two-step estimator for growth mixture models with covariates in the presence of direct effects',
      authors: ['Y. Liu', 'Z. Bakk', 'E.M. McCormick', 'M.J. de Rooij'],
      truncated: false,
      year: 2025,
    });
  });

  it('variant: "$^{*}$" and "\\(\\mathbf{^*}\\)" after names', () => {
    expect(
      pick('Okafor, N. C.$^{*}$, Lindqvist, B.\\(\\mathbf{^*}\\) (2020). Soil carbon under three tillage regimes. Geoderma, 12(3).'),
    ).toEqual({
      title: 'Soil carbon under three tillage regimes',
      authors: ['N. C. Okafor', 'B. Lindqvist'],
      truncated: false,
      year: 2020,
    });
  });

  it('"Do" is a family name before initials (case from the page)', () => {
    expect(
      pick(
        '16. Do, K. T., McCormick, E. M., & Telzer, E. H. (2019). The neural development of prosocial behavior from childhood to adolescence. Social Cognitive and Affective Neuroscience, 14(2), 129-139.',
      ),
    ).toEqual({
      title: 'The neural development of prosocial behavior from childhood to adolescence',
      authors: ['K. T. Do', 'E. M. McCormick', 'E. H. Telzer'],
      truncated: false,
      year: 2019,
    });
    expect(readAuthorBlock('An, S., To, M. H., & Park, J.', 'surname-initials')).toEqual({
      names: ['S. An', 'M. H. To', 'J. Park'],
      truncated: false,
    });
  });

  it('"(preprint)" or "(preregistration)" for a year, nothing after the title (case from the page, and a variant)', () => {
    expect(
      pick('2. McCormick, E.M. (preprint). A tutorial on formalizing and testing specific psychological theory using nonlinear models.'),
    ).toEqual({
      title: 'A tutorial on formalizing and testing specific psychological theory using nonlinear models',
      authors: ['E.M. McCormick'],
      truncated: false,
      year: undefined,
    });
    expect(pick('Braams, B.R., & van Rijn, R. (preregistration). Reward sensitivity across three waves of adolescent scans.')).toEqual({
      title: 'Reward sensitivity across three waves of adolescent scans',
      authors: ['B.R. Braams', 'R. van Rijn'],
      truncated: false,
      year: undefined,
    });
  });

  it('a title alone after names and no year or status is still no reference', () => {
    expect(pick('McCormick, E.M., & Braams, B.R. We study how adolescents learn from reward and from their peers.')).toBeNull();
  });
});

describe('Hand-typed references of a physicist (jprattmagnetic.github.io): TeX quotes and "W. -C."', () => {
  it("a title in \"…'' quotes ends at the two apostrophes (case from the page)", () => {
    expect(
      pick(
        `I. Baraffe, J. Pratt, T. Goffrey, T. Constantino, D. Folini, M.V. Popov, R. Walder, M. Viallet. "Lithium depletion in solar-like stars: effect of overshooting based on realistic multi-dimensional simulations.''  ApJ Lett, 2017.`,
      ),
    ).toEqual({
      title: 'Lithium depletion in solar-like stars: effect of overshooting based on realistic multi-dimensional simulations',
      authors: ['I. Baraffe', 'J. Pratt', 'T. Goffrey', 'T. Constantino', 'D. Folini', 'M.V. Popov', 'R. Walder', 'M. Viallet'],
      truncated: false,
      year: 2017,
    });
  });

  it("variant: ``Title,'' as LaTeX users type it", () => {
    expect(
      pick("A. Busse and W.-C. Mueller, ``Diffusion and dispersion in magnetohydrodynamic turbulence,'' Phys. Plasmas 15, 2008."),
    ).toEqual({
      title: 'Diffusion and dispersion in magnetohydrodynamic turbulence',
      authors: ['A. Busse', 'W.-C. Mueller'],
      truncated: false,
      year: 2008,
    });
  });

  it('"W. -C. Mueller": a hyphenated initial written after a space (case from the page)', () => {
    expect(
      pick(
        'J. Pratt, A. Busse, W. -C. Mueller, S.C. Chapman, N.W. Watkins. Extreme-value statistics from Lagrangian convex hull analysis for homogeneous turbulent Boussinesq convection and MHD convection. New Journal of Physics, 2017.',
      )?.authors,
    ).toEqual(['J. Pratt', 'A. Busse', 'W. -C. Mueller', 'S.C. Chapman', 'N.W. Watkins']);
    expect(readAuthorBlock('H. -J. Kim and J. -P. Dupont', 'given')).toEqual({ names: ['H. -J. Kim', 'J. -P. Dupont'], truncated: false });
  });
});

describe('An astronomer\'s list (garethfew.com): names, then the marked title after ", “"', () => {
  const withTitle = (s: string, title: string) => parseReference(s, { title })?.authors;

  it('the last name keeps its initials\' period before ", “Title”" (case from the page)', () => {
    expect(
      withTitle(
        'Romano, D., Bellazzini, M., Starkenburg, E., Leaman, R., Calura, F., D’Ercole, A. & Few, C. G., “The Chemical Evolution of the Smallest Milky Way Satellites: Boötes I”. Chemical and dynamical evolution of the Milky Way and Local Group, held 19-24 January 2015 at the Sexten Center for Astrophysics',
        'The Chemical Evolution of the Smallest Milky Way Satellites: Boötes I',
      ),
    ).toEqual(['D. Romano', 'M. Bellazzini', 'E. Starkenburg', 'R. Leaman', 'F. Calura', 'A. D’Ercole', 'C. G. Few']);
  });

  it('variant: a semicolon before the marked title', () => {
    expect(
      withTitle(
        'Okafor, N. C. & Lindqvist, B. J.; "Soil carbon under three tillage regimes", Geoderma 12, 2020',
        'Soil carbon under three tillage regimes',
      ),
    ).toEqual(['N. C. Okafor', 'B. J. Lindqvist']);
  });
});
