import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on layouts of the former heldout52 pages (study14aa). */
function read(html: string, url = 'https://owner.example.io/publications.html') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string) => `<html><head><title>论文</title></head><body><main>${body}</main></body></html>`;

const entry = (names: string, title: string, venue: string, doi: string) =>
  `<dt>${names}</dt>\n\t<dd><b>${title}</b></dd>\n\t<dd>${venue} [<a href="https://doi.org/${doi}">DOI</a> | <a href="https://arxiv.org/abs/2406.01957">arXiv</a>]</dd>\n\t<br>\n`;

describe('a description list of "<dt>Names</dt><dd><b>Title</b></dd><dd>Journal, Year</dd>" (jichenyang)', () => {
  const preprint = (title: string, arxiv: string) =>
    `<dt>J. Yang, J.D.M. Rademacher, E. Siero</dt>\n\t<dd><b>${title}</b> [<a href="https://arxiv.org/abs/${arxiv}">arXiv</a> | <a href="pub/${arxiv}.pdf">PDF</a>]</dd>\n\t<br>\n`;
  const html = page(
    `<h2>预印本</h2><dl>` +
      preprint('The impact of advection on the stability of stripes on lattices near planar Turing instabilities', '2002.12579') +
      preprint('The impact of advection on large-wavelength stability of stripes near planar Turing instabilities', '1912.11294') +
      `</dl><h2>期刊论文</h2><dl>` +
      entry(
        'S. Jing, L. Xue, J. Yang',
        'Backward bifurcation arising from decline of immunity against emerging infectious diseases',
        'Appl. Math. Lett., 158:109241, 2024',
        '10.1016/j.aml.2024.109241',
      ) +
      entry(
        'J. Li, C. Liu, T. Long, J. Yang',
        'The stability of smooth solitary waves for the b-family of Camassa-Holm equations',
        'Physica D, 463:134182, 2024',
        '10.1016/j.physd.2024.134182',
      ) +
      entry(
        'A. Prugger, J.D.M. Rademacher, J. Yang',
        'Rotating shallow water equations with bottom drag: bifurcations and growth due to kinetic energy backscatter',
        'SIAM J. Appl. Dyn. Syst., 22(3):2490-2526, 2023',
        '10.1137/22M1518384',
      ) +
      entry(
        'J. Yang, J.D.M. Rademacher',
        'Reaction-subdiffusion systems and memory: spectra, Turing instability and decay estimates',
        'IMA J. Appl. Math., 86(2):27-73, 2021',
        '10.1093/imamat/hxab009',
      ) +
      `</dl>`,
  );

  it('reads each term with both its descriptions as one entry', () => {
    const entries = read(html).filter((e) => e.year !== undefined);
    expect(entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      [
        'Backward bifurcation arising from decline of immunity against emerging infectious diseases',
        ['S. Jing', 'L. Xue', 'J. Yang'],
        2024,
      ],
      [
        'The stability of smooth solitary waves for the b-family of Camassa-Holm equations',
        ['J. Li', 'C. Liu', 'T. Long', 'J. Yang'],
        2024,
      ],
      [
        'Rotating shallow water equations with bottom drag: bifurcations and growth due to kinetic energy backscatter',
        ['A. Prugger', 'J.D.M. Rademacher', 'J. Yang'],
        2023,
      ],
      ['Reaction-subdiffusion systems and memory: spectra, Turing instability and decay estimates', ['J. Yang', 'J.D.M. Rademacher'], 2021],
    ]);
  });

  it('a list whose terms are year headings keeps each description an entry of its own', () => {
    const dd = (names: string, title: string, doi: string) =>
      `<dd>${names}. <a href="https://doi.org/${doi}">${title}</a>. Physical Review E 12, 3 (2020).</dd>`;
    const entries = read(
      page(
        `<dl><dt>2020</dt>` +
          dd('A. Smith, B. Jones', 'Granular flow through narrow apertures of vibrated silos', '10.1103/a1') +
          dd('C. Lee, D. Kim', 'Clogging of polygonal grains in two-dimensional silos', '10.1103/a2') +
          `<dt>2019</dt>` +
          dd('E. Park, F. Wu', 'Force networks in tapped particulate systems of disks', '10.1103/a3') +
          dd('G. Chen, H. Li', 'Stick-slip dynamics of an intruder in a granular medium', '10.1103/a4') +
          `</dl>`,
      ),
    );
    expect(entries.map((e) => e.title)).toEqual([
      'Granular flow through narrow apertures of vibrated silos',
      'Clogging of polygonal grains in two-dimensional silos',
      'Force networks in tapped particulate systems of disks',
      'Stick-slip dynamics of an intruder in a granular medium',
    ]);
  });
});

describe('"2020 - <a>Title</a>." lines of a physicist in a large collaboration: titles alone (salustino)', () => {
  const li = (year: number, href: string, title: string) =>
    `<li>  ${year} - <a href="${href}" style="text-decoration: none;">${title}</a>. </li>`;
  const items =
    li(
      2020,
      'https://journals.aps.org/prl/abstract/10.1103/PhysRevLett.124.031801',
      'Observation of Several Sources of CP Violation in Decays',
    ) +
    li(
      2019,
      'https://journals.aps.org/prab/abstract/10.1103/PhysRevAccelBeams.22.042801',
      'Noninvasive LHC transverse beam size measurement using inelastic beam-gas interactions',
    ) +
    li(
      2017,
      'http://iopscience.iop.org/article/10.1088/1742-6596/874/1/012086/meta',
      'First LHC transverse beam size measurements with the beam gas vertex detector',
    ) +
    li(2015, 'https://link.springer.com/article/10.1007/JHEP01(2015)064', 'Identification of beauty and charm quark jets at LHCb');

  it('reads each line as a title and its year', () => {
    const entries = read(
      `<html><head><title>Valdir's publications!</title></head><body><h1>Publications </h1><ul>${items}</ul></body></html>`,
    );
    expect(entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Observation of Several Sources of CP Violation in Decays', [], 2020],
      ['Noninvasive LHC transverse beam size measurement using inelastic beam-gas interactions', [], 2019],
      ['First LHC transverse beam size measurements with the beam gas vertex detector', [], 2017],
      ['Identification of beauty and charm quark jets at LHCb', [], 2015],
    ]);
  });

  it('not on a page of news, whose lines have the same shape', () => {
    const entries = read(`<html><head><title>News</title></head><body><h1>News</h1><ul>${items}</ul></body></html>`);
    expect(entries).toEqual([]);
  });
});
