import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/**
 * The generic reader on layouts of the former heldout22 pages. Snippets from the real pages, cut down, plus variants;
 * expected fields read off the markup by eye.
 */
function read(html: string, url: string) {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

describe('generic: cards that label their names line in Spanish ("<strong>Autores:</strong> A, B y C"), no years (gravwaves)', () => {
  const card = (title: string, names: string, arxiv: string) => `<div class="publication-entry">
  <div class="article-info">
    <h3> ${title}</h3>
    <p><strong>Autores:</strong> ${names}</p>
    <p><strong>Área:</strong> General Relativity and Quantum Cosmology</p>
    <p><strong>Link:</strong> <a href="https://arxiv.org/abs/${arxiv}" target="_blank">arXiv:${arxiv}</a></p>
  </div>
  <button class="toggle-button">Ver artículo en PDF</button>
</div>`;
  const html = `<html><body><h1>Publicaciones</h1><div class="tab-contents"><div id="articulos" class="tab-content active">
${card('An Optically Targeted Search for Gravitational Waves emitted by Core-Collapse Supernovae', 'Marek J. Szczepańczyk et al.', '2305.16146')}
${card('Characterizing the gravitational wave temporal evolution of the gmode fundamental resonant frequency', 'Alejandro Casallas Lagos, Javier M. Antelis, Claudia Moreno y Marek J. Szczepańczyk', '2304.11498')}
${card('Emission of spacetime waves from the partial collapse of a compact object', 'Emmanuel Alejandro Avila-Vargas, Claudia Moreno y Rafael Hernández-Jiménez', '2303.03513')}
</div></div></body></html>`;

  it('each card is a paper: the heading its title, the labelled line its names ("y" between the last two), the link its arXiv id', () => {
    expect(
      read(html, 'https://doriankid.github.io/Gravwaves.github.io/publicaciones.html').map((e) => [
        e.title,
        e.authors,
        e.authorsTruncated,
        e.ids.arxiv,
      ]),
    ).toEqual([
      [
        'An Optically Targeted Search for Gravitational Waves emitted by Core-Collapse Supernovae',
        ['Marek J. Szczepańczyk'],
        true,
        '2305.16146',
      ],
      [
        'Characterizing the gravitational wave temporal evolution of the gmode fundamental resonant frequency',
        ['Alejandro Casallas Lagos', 'Javier M. Antelis', 'Claudia Moreno', 'Marek J. Szczepańczyk'],
        false,
        '2304.11498',
      ],
      [
        'Emission of spacetime waves from the partial collapse of a compact object',
        ['Emmanuel Alejandro Avila-Vargas', 'Claudia Moreno', 'Rafael Hernández-Jiménez'],
        false,
        '2303.03513',
      ],
    ]);
  });

  it('German "Autoren:" and "und", French "Auteurs :" and "et" (variant)', () => {
    const page = (label: string, and: string) => `<html><body><main><h2>Papers</h2><section class="pubs">
<div class="pub"><h4>Groundwater recharge under shifting monsoon rainfall</h4><p><b>${label}</b> Ana Lima, Jonas Berg ${and} Mei Chen</p><p><a href="https://doi.org/10.1000/gw.1">DOI</a></p></div>
<div class="pub"><h4>Nitrate leaching from irrigated maize fields</h4><p><b>${label}</b> Jonas Berg ${and} Ana Lima</p><p><a href="https://doi.org/10.1000/gw.2">DOI</a></p></div>
<div class="pub"><h4>A field survey of karst spring discharge</h4><p><b>${label}</b> Mei Chen, Ana Lima ${and} Jonas Berg</p><p><a href="https://doi.org/10.1000/gw.3">DOI</a></p></div>
</section></main></body></html>`;
    for (const [label, and] of [
      ['Autoren:', 'und'],
      ['Auteurs :', 'et'],
    ])
      expect(read(page(label!, and!), 'https://example.org/pubs.html').map((e) => [e.title, e.authors, e.ids.doi])).toEqual([
        ['Groundwater recharge under shifting monsoon rainfall', ['Ana Lima', 'Jonas Berg', 'Mei Chen'], '10.1000/gw.1'],
        ['Nitrate leaching from irrigated maize fields', ['Jonas Berg', 'Ana Lima'], '10.1000/gw.2'],
        ['A field survey of karst spring discharge', ['Mei Chen', 'Ana Lima', 'Jonas Berg'], '10.1000/gw.3'],
      ]);
  });
});

describe('generic: <em> titles in an <ol> of "<strong>Family, Given</strong>; Family, Given (Year): <em>Title.</em> …" (roth)', () => {
  const html = `<html><body><main><h2>Beiträge in Herausgeberschriften</h2><ol reversed>
<li><strong>Roth, Philip</strong>; Ortitz, André; Maibaum, Arne (2017): <em>Bridges Over Troubled Water: Workshop des Graduiertenkollegs "Innovationsgesellschaft heute"</em> In: TU Berlin, 13.-14. Oktober 2016.</li>
<li><strong>Roth, Philip</strong> (2025): <em>Soziales Kapital.</em> In: Christian Stegbauer, Roger Häußling (Hrsg.): Handbuch Netzwerkforschung. Wiesbaden: Springer VS, S. 205–218.</li>
<li><strong>Roth, Philip</strong>; Laut-Berger, Christina (2026): <em>Videotelefonie und „Soziale Nähe“</em> In: Handbuch Soziale Praktiken. Wiesbaden: Springer VS.</li>
<li>Lima, Ana; <strong>Roth, Philip</strong> (2020): <em>Teams im Homeoffice.</em> In: Handbuch Arbeit. Berlin: Springer.</li>
</ol></main></body></html>`;

  it('a quotation closing the title keeps its closing quote', () => {
    expect(read(html, 'https://philip-roth.github.io/publikationen.html').map((e) => e.title)).toEqual([
      'Bridges Over Troubled Water: Workshop des Graduiertenkollegs "Innovationsgesellschaft heute"',
      'Soziales Kapital',
      'Videotelefonie und „Soziale Nähe“',
      'Teams im Homeoffice',
    ]);
  });
});

describe('generic: cards whose hidden details hold "Names, <i>J. Phys. Chem. B</i> <b>2019</b> 123 (13), 2801-2811, <a>DOI</a>" (korol, HTML5 UP)', () => {
  const card = (n: number, title: string, names: string, journal: string, year: number, doi: string) => `<article class="box highlight">
  <header><h3><a href="javascript:unhide('${n}');">${title}</a></h3></header>
  <div id="${n}" class="hidden">
    ${names},
    <i>${journal} </i> <b> ${year} </b> 123 (13), 2801-2811, <a href="https://pubs.acs.org/doi/abs/${doi}">${doi}</a>.
    <a class="image left"><img src="../images/publications/${n}.png" alt="A scheme."></a>
    <p>We present a model that predicts the conductance of long DNA sequences from short ones.</p>
  </div>
</article>`;
  const html = `<html><body><section id="publications"><h2>Publications</h2><ol>
<li>${card(1, 'Machine Learning Prediction of DNA Charge Transport', '<b>R Korol</b> and D Segal', 'J. Phys. Chem. B', 2019, '10.1021/acs.jpcb.8b12557')}</li>
<li>${card(2, 'From exhaustive simulations to key principles in DNA nanoelectronics', '<b>R Korol</b> and D Segal', 'J. Phys. Chem. C', 2018, '10.1021/acs.jpcc.7b12744')}</li>
<li>${card(3, 'Thermopower of molecular junctions: Tunneling to hopping crossover in DNA', '<b>R Korol</b>, M Kilgour and D Segal', 'J. Chem. Phys.', 2016, '10.1063/1.4971167')}</li>
<li>${card(4, 'Stable isotope equilibria in the dihydrogen-water-methane system', 'A C Turner, <b>R Korol</b> and D A Stolper', 'Geochim. et Cosmochim. Acta', 2025, '10.1016/j.gca.2025.02.033')}</li>
</ol></section></body></html>`;

  it('an abbreviated journal in italics is the venue, not a name ("J. Phys. Chem. B"); "et" in a journal joins no names', () => {
    expect(read(html, 'https://romankorol.com/en/research.html').map((e) => [e.authors, e.year, e.venue?.replace(/\.$/, '')])).toEqual([
      [['R Korol', 'D Segal'], 2019, 'J. Phys. Chem. B'],
      [['R Korol', 'D Segal'], 2018, 'J. Phys. Chem. C'],
      [['R Korol', 'M Kilgour', 'D Segal'], 2016, 'J. Chem. Phys'],
      [['A C Turner', 'R Korol', 'D A Stolper'], 2025, 'Geochim. et Cosmochim. Acta'],
    ]);
  });
});

describe('generic: an economist\'s <ul> of "Names, “Title”, <em>Journal</em>, Year." with <br>s between items (epaulard)', () => {
  const html = (last: string) => `<html><body><main><h2>Macroeconomic Policy</h2><ul class="list">
<li>Anne Epaulard, Aude Pommeret, « Financial Integration, Growth and Volatility», <em>Pacific Economic Review</em>, 21:3 (2016), pp. 330–357.</li>
<br>
<li>Gilbert Cette, Anne Epaulard, Pauline Givord, «Croissance de la productivité : le rôle des institutions», <em>Économie et Statistiques</em>, n°419–420, 2009.</li>
<br>
<li>Anne Epaulard, 2003, “Macroeconomic Performance and Poverty Reduction”, <em>IMF Working Paper</em>, 2003/72.</li>
<br>
<li>${last}</li>
<br>
<li>Anne Epaulard, Aude Pommeret, “Recursive Utility, Endogenous Growth and the Welfare Cost of Volatility”, <em>Review of Economic Dynamics</em>, 2003.</li>
</ul></main></body></html>`;

  it('an item that is only a quoted title and a year is a paper that shows no names', () => {
    const entries = read(
      html('“Contingent vs. Non‑Contingent Unemployment Benefit Scheme for the EMU”, 2014.'),
      'https://aepaulard2026.github.io/anne.epaulard/en/publications.html',
    );
    expect(entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Financial Integration, Growth and Volatility', ['Anne Epaulard', 'Aude Pommeret'], 2016],
      ['Croissance de la productivité : le rôle des institutions', ['Gilbert Cette', 'Anne Epaulard', 'Pauline Givord'], 2009],
      ['Macroeconomic Performance and Poverty Reduction', ['Anne Epaulard'], 2003],
      ['Contingent vs. Non‑Contingent Unemployment Benefit Scheme for the EMU', [], 2014],
      ['Recursive Utility, Endogenous Growth and the Welfare Cost of Volatility', ['Anne Epaulard', 'Aude Pommeret'], 2003],
    ]);
  });
  it('in « » quotes, with a place after the year (variant)', () => {
    const entries = read(html('« Les politiques de l’emploi face à la crise », Paris, 2011.'), 'https://example.org/publications.html');
    expect(entries[3] && [entries[3].title, entries[3].authors, entries[3].year]).toEqual([
      'Les politiques de l’emploi face à la crise',
      [],
      2011,
    ]);
  });
});
