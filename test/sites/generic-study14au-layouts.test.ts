import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on layouts of the former heldout67 pages (study14au), from real entries of those pages. */
function read(html: string, url = 'https://lab.example.org/publications.html') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string, title = 'Publications') => `<html><head><title>${title}</title></head><body><main>${body}</main></body></html>`;

describe('a <br><br>-split list of the owner’s papers that shows no year (jochmans)', () => {
  const items = [
    '<a href="preprints/neyman/neyman.pdf">A Neyman-orthogonalization approach to the incidental-parameter problem</a>.  <font color="310061">Econometrica</font>, conditionally accepted. (with Stéphane Bonhomme and Martin Weidner) [<a href="preprints/neyman/slides.pdf">presentation slides</a>]',
    '<a href="publications/markov/ET revision.pdf">Learning Markov processes with latent variables</a>.  <font color="310061">Econometric Theory</font>  42, 501–513. (with Ayden Higgins)',
    '<a href="publications/blockmodel/blockmodel revision.pdf">Nonparametric identification and estimation of stochastic block models from many small networks</a>. <font color="310061">Journal of Econometrics</font> 242, 105805.',
    '<a href="publications/panel bootstrap/panel_bstrap.pdf">Bootstrap inference for fixed-effect models</a>. <font color="310061">Econometrica</font> 92, 411-427. (with Ayden Higgins)',
    '<a href="publications/noise/noise_revision.pdf">Inference on a distribution from noisy draws</a>. <font color="310061">Econometric Theory</font> 40, 61-97. (with Martin Weidner)',
  ];
  it('reads each item: the journal’s volume and pages (or a status) date it, the "(with …)" note names the coauthors', () => {
    const entries = read(page(`<section><p>${items.join('\n<br><br>\n')}</p></section>`));
    expect(entries.map((e) => [e.title, e.authors, e.venue])).toEqual([
      [
        'A Neyman-orthogonalization approach to the incidental-parameter problem',
        ['Stéphane Bonhomme', 'Martin Weidner'],
        expect.any(String),
      ],
      ['Learning Markov processes with latent variables', ['Ayden Higgins'], 'Econometric Theory'],
      ['Nonparametric identification and estimation of stochastic block models from many small networks', [], 'Journal of Econometrics'],
      ['Bootstrap inference for fixed-effect models', ['Ayden Higgins'], 'Econometrica'],
      ['Inference on a distribution from noisy draws', ['Martin Weidner'], 'Econometric Theory'],
    ]);
  });

  // Titles linked to papers under a Publications title are a showcase of the owner's papers (study14aw, bromley); linked
  // to pages about projects, with no volume, pages or status, nothing dates them as papers.
  it('not a list of titles linked to project pages that cite nothing', () => {
    const plain = items.map((i) => i.replace(/<\/a>.*$/, '</a>').replace(/href="[^"]*"/, 'href="projects/index.html"'));
    expect(read(page(`<section><p>${plain.join('\n<br><br>\n')}</p></section>`))).toEqual([]);
  });
});

describe('a 1999 table laid out as a grid, one entry a cell (iosevich)', () => {
  const cell = (html: string) => `<td><font face="Arial">${html}</font></td>`;
  const row = (...cells: string[]) => `<tr>${cells.map((c) => (c ? cell(c) : '<td></td>')).join('')}</tr>`;
  const html = page(
    `<table BORDER COLS=2 WIDTH="100%">` +
      row(
        '<a href="preprints/jfaa2001.dvi"><i>Spherical means and a mixed norm Stein-Tomas restriction theorem</i>, July 1999, (With L. Brandolini and G. Travaglini), accepted for publication by the Journal of Fourier Analysis and Applications.</a>',
        '<a href="preprints/jnt2001.dvi"><i>Lattice points and generalized diophantine conditions</i>, October 1999, accepted for publication by the Journal of Number Theory.</a>',
      ) +
      row(
        '<a href="preprints/ajm2000.dvi"><i>Convex bodies with a point of curvature do not have Fourier bases (With N. Katz and T. Tao), November 1999, </i>accepted for publication<i> </i>by<i> </i>the<i> American Journal of Mathematics.</i></a>',
        '<a href="preprints/jams2001.dvi"><i>The geometry of the Gauss map and the distribution of lattice points in convex planar domains</i>, (With L. Brandolini, L. Colzani, A. Podkorytov, and G. Travaglini), (submitted for publication).</a>',
      ) +
      row(
        '<a href="preprints/monat2001.dvi"><i>Two problems associated with convex finite type domains</i>, (With E. Sawyer and A. Seeger), (preprint)</a>',
        '<a href="preprints/proc2001.dvi"><i>Maximal averages over fractals </i>(With E. Sawyer<i>), </i>(preprint).</a>',
      ) +
      row(
        '<a href="preprints/cones.dvi"><i>Cauchy kernel associated to convex cones</i>, (With L. DeCarli), June 1998, (unpublished manuscript)</a>',
        '',
      ) +
      `</table>`,
    'PublishedPapers',
  );
  it('reads each cell as an entry, not each row', () => {
    expect(read(html).map((e) => [e.title, e.authors])).toEqual([
      ['Spherical means and a mixed norm Stein-Tomas restriction theorem', ['L. Brandolini', 'G. Travaglini']],
      ['Lattice points and generalized diophantine conditions', []],
      ['Convex bodies with a point of curvature do not have Fourier bases', ['N. Katz', 'T. Tao']],
      [
        'The geometry of the Gauss map and the distribution of lattice points in convex planar domains',
        ['L. Brandolini', 'L. Colzani', 'A. Podkorytov', 'G. Travaglini'],
      ],
      ['Two problems associated with convex finite type domains', ['E. Sawyer', 'A. Seeger']],
      ['Maximal averages over fractals', ['E. Sawyer']],
      ['Cauchy kernel associated to convex cones', ['L. DeCarli']],
    ]);
  });

  it('not a table of fields: a row’s short year cell dates the reference beside it', () => {
    const fields = [
      [
        '1999',
        'L. Brandolini, G. Travaglini and A. Iosevich, Spherical means and a mixed norm Stein-Tomas restriction theorem, J. Fourier Anal. Appl.',
      ],
      ['1999', 'A. Iosevich, Lattice points and generalized diophantine conditions, Journal of Number Theory'],
      ['1998', 'L. DeCarli and A. Iosevich, Cauchy kernel associated to convex cones, unpublished manuscript'],
    ];
    const table = `<table>${fields.map(([y, t]) => `<tr><td>${y}</td><td>${t}</td></tr>`).join('')}</table>`;
    expect(read(page(table)).map((e) => [e.title, e.year])).toEqual([
      ['Spherical means and a mixed norm Stein-Tomas restriction theorem', 1999],
      ['Lattice points and generalized diophantine conditions', 1999],
      ['Cauchy kernel associated to convex cones', 1998],
    ]);
  });
});

describe('works that name no one: a title and its kind, a venue in guillemets and a date, a description (comandini)', () => {
  const works = [
    'Banco ritorno felice (articolo)<br />\n«Castelli Romani Magazine» a. 1 n. 10 dicembre 1990<br />\n<em>Musica e poesia del grande gruppo romano.</em>',
    'Un drink con Fausto: Spadolini supplente della repubblica (articolo)<br />\n«Giornale del Cittadino» aprile 1992<br />\n<em>Elzeviro satirico sul presidente supplettivo in visita a Frascati.</em>',
    'AAVV, LARP - Laboratorio Aperto di Ricerca Poetica (poesie)<br />\nMilleLire Stampa Alternativa, Roma 1993<br />\n<em>Quattro poesie itineranti su un’Europa ancora a venire.</em>',
    'Profilo di Quintiliano (articolo)<br />\n«Controluce» supplemento, a. 13 n. 10 2004<br />\n<em>Storia e retorica di un autore spagnolo dell’antica Roma.</em>',
  ];
  const bare = ['Strade di Fanar', 'De Neolingua', 'La palude letteraria', 'Padre Padrino', 'Il tradire degli eventi', 'Cocktail bulgaro'];
  const html = page(
    `<h1>pubblicazioni</h1>${bare.map((t) => `<p>${t}</p>`).join('\n')}` +
      `<h2>Principali pubblicazioni (1990-2015)</h2>${works.map((w) => `<p>${w}</p>`).join('\n')}`,
    'pubblicazioni',
  );
  it('reads the title without its kind, the guillemets’ venue and the year; the heading sets the undated titles above apart', () => {
    expect(read(html).map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      ['Banco ritorno felice', [], 1990, 'Castelli Romani Magazine'],
      ['Un drink con Fausto: Spadolini supplente della repubblica', [], 1992, 'Giornale del Cittadino'],
      ['AAVV, LARP - Laboratorio Aperto di Ricerca Poetica', [], 1993, undefined],
      ['Profilo di Quintiliano', [], 2004, 'Controluce'],
    ]);
  });

  it('not a blog’s posts: a title over a date and an excerpt', () => {
    const posts = [
      'Strade di Fanar<br />\nmarzo 2021<br />\n<em>Un viaggio.</em>',
      'De Neolingua<br />\naprile 2021<br />\n<em>Parole.</em>',
      'Padre Padrino<br />\nmaggio 2021<br />\n<em>Una storia.</em>',
    ];
    expect(read(page(posts.map((w) => `<p>${w}</p>`).join('\n'), 'Blog'))).toEqual([]);
  });
});
