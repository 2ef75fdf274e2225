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
