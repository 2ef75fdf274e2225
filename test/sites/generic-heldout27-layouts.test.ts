import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/**
 * The generic reader on layouts of the former heldout27 pages. Snippets from the real pages, cut down, plus variants;
 * expected fields read off the markup by eye.
 */
function read(html: string, url: string) {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

describe('generic: "<strong>Own Name</strong>, Names, <a>Title, Journal 8, (2023)</a>" (varnavides)', () => {
  const item = (names: string, link: string) =>
    `<li class=item><div class=svg-container><svg></svg><div style=margin-left:28px><p>${names},\n<a href=/publications/x/>${link}</a></p></div></div></li>`;
  const page = (items: string[]) =>
    `<html><head><title>Publications</title></head><body><main><h1 class=title>Publications</h1><ul class=list>${items.join('')}</ul></main></body></html>`;

  it('the link’s title is the title, its year the year; the names before it the authors', () => {
    const entries = read(
      page([
        item(
          '<strong>Georgios Varnavides</strong>, Amir Yacoby, Claudia Felser, Prineha Narang',
          'Charge transport and hydrodynamics in materials, Nat Rev Mater 8, (2023)',
        ),
        item(
          'Christina A. Garcia, Dennis M. Nenno, <strong>Georgios Varnavides</strong>, Prineha Narang',
          'Anisotropic phonon-mediated electronic transport in chiral Weyl semimetals, Phys Rev Mater 5, L091202 (2021)',
        ),
        item(
          'Jimin Park, Florian Koehler, <strong>Georgios Varnavides</strong>, Marc-Joseph Antonini, Polina Anikeeva',
          'Influence of Magnetic Fields on Electrochemical Reactions of Redox Cofactor Solutions, Angew. Chem. Int. Ed. (2021)',
        ),
      ]),
      'https://gvarnavides.com/publications/',
    );
    expect(entries.map((e) => [e.title, e.authors.length, e.year])).toEqual([
      ['Charge transport and hydrodynamics in materials', 4, 2023],
      ['Anisotropic phonon-mediated electronic transport in chiral Weyl semimetals', 4, 2021],
      ['Influence of Magnetic Fields on Electrochemical Reactions of Redox Cofactor Solutions', 5, 2021],
    ]);
  });

  it('a variant: short title-case titles the text alone cannot tell from names', () => {
    const entries = read(
      page([
        item('<strong>Ana Costa</strong>, Rui Matos, Inês Lobo', 'Quantum Spin Liquids, Nat Phys 3, (2020)'),
        item('Rui Matos, <strong>Ana Costa</strong>', 'Hydrodynamic Electron Flow, Phys Rev B 101, 045102 (2019)'),
        item('<strong>Ana Costa</strong>, Pedro Reis, Rui Matos', 'Viscous Fermi Liquids, Sci Adv 5, eaaw1234 (2019)'),
      ]),
      'https://example.org/publications/',
    );
    expect(entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Quantum Spin Liquids', ['Ana Costa', 'Rui Matos', 'Inês Lobo'], 2020],
      ['Hydrodynamic Electron Flow', ['Rui Matos', 'Ana Costa'], 2019],
      ['Viscous Fermi Liquids', ['Ana Costa', 'Pedro Reis', 'Rui Matos'], 2019],
    ]);
  });
});
