import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';

const read = (html: string, url: string) => generic.extract(parseHtmlDocument(`<html><body>${html}</body></html>`), new URL(url));

describe('generic: superscripts that are part of a title (perezdetudela, calab)', () => {
  const html = `<h2>Publications</h2><ul>
<li>R. Pérez de Tudela, P. Barragán, R. Prosmiti, P. Villarreal, G. Delgado-Barrio, 
“Internal proton transfer and H<sub>2</sub> rotations in the H<sub>5</sub><sup>+</sup> cluster: A marked influence on its thermal equilibrium state”, 
J. Phys. Chem. A 115, 2483 (2011)</li>
<br>
<li>R. Prosmiti, P. Barragán, R. Pérez de Tudela, C. Quo, Y. Wang, J. M. Bowman, 
“Vibrational ground state properties of the H<sub>7</sub><sup>+</sup> /D<sub>7</sub><sup>+</sup> clusters”, 
XXVIII International Conference on Photonic, Electronic and Atomic Collisions (ICPEAC) 488, 102020 (2014)</li>
<br>
<li>Ivan De Martino<sup>1</sup>, Tom Broadhurst<sup>2</sup>, S. -H. Henry Tye, Tzihong Chiueh, Hsi-Yu Schive, 
“Dynamical Evidence of a Solitonic Core of 10<sup>9</sup> M<sub>⊙</sub> in the Milky Way”, 
Phys. Dark Universe 28, 100503 (2020)</li>
</ul>`;

  it('a charge after a number and an exponent stay in the title; affiliation marks after names do not', () => {
    const scan = read(html, 'https://example.org/publications.html');
    expect(scan.entries.map((e) => e.title)).toEqual([
      'Internal proton transfer and H2 rotations in the H5+ cluster: A marked influence on its thermal equilibrium state',
      'Vibrational ground state properties of the H7+ /D7+ clusters',
      'Dynamical Evidence of a Solitonic Core of 109 M⊙ in the Milky Way',
    ]);
    expect(scan.entries[2]!.authors.slice(0, 2)).toEqual(['Ivan De Martino', 'Tom Broadhurst']);
  });
});
