import { describe, expect, it } from 'vitest';
import { alfolio } from '../../lib/sites/alfolio';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';

/** Lists of dev pages that lost part of their entries or fields (study14be): snippets cut down from the pages. */
const read = (html: string) => generic.extract(parseHtmlDocument(html), new URL('https://example.org/publications/')).entries;

describe('al-folio in a French locale: "A, B, et C" (hora)', () => {
  const item = (id: string, title: string, names: string, year: string) =>
    `<li><div class="row"><div class="col col-sm-2 abbr"></div><div id="${id}" class="col-sm-8"><div class="title">${title}</div><div class="author"> ${names} </div><div class="periodical"> ${year} </div></div></div></li>`;
  const html = `<html><body><h2 class="bibliography">2025</h2><ol class="bibliography">
${item('a', 'Informatique, philosophie et droit : le défi de l’accès aux données et de l’acceptabilité sociale.', 'Christina Khnaisser et Emmanuel Bilodeau', 'Nov 2025')}
${item('b', 'Indexing Temporal Relations for Range-Duration Queries', 'Matteo Ceccarello, Anton Dignös, Johann Gamper, et Christina Khnaisser', '2025')}
</ol></body></html>`;

  it('"et" before the last name joins two names', () => {
    const entries = alfolio.extract(parseHtmlDocument(html), new URL('https://example.org/publications/')).entries;
    expect(entries.map((e) => e.authors)).toEqual([
      ['Christina Khnaisser', 'Emmanuel Bilodeau'],
      ['Matteo Ceccarello', 'Anton Dignös', 'Johann Gamper', 'Christina Khnaisser'],
    ]);
  });
});

describe('family names alone before a bold title: "Boisbunon, Maruyama. <strong>Title</strong>" (boisbunon)', () => {
  const html = `<html><body><main><h1>Journaux</h1><ul>
<li><p>Boisbunon, Maruyama. <strong>Inadmissibility of the best equivariant predictive density in the unknown variance case</strong>, <em>Biometrika</em> (2014) 101 (3): 733-740.<br><a href="a.pdf">[PDF]</a></p></li>
<li><p>Boisbunon, Canu, Fourdrinier, Strawderman, Wells. <strong>Akaike’s Information Criterion, Cp and estimators of loss for elliptically symmetric distributions</strong>, <em>International Statistical Review</em> (2014) 82 (3): 422-439.<br><a href="b.pdf">[PDF]</a></p></li>
<li><p>Kamalov, Boisbunon, Fanara, Grenet, Daeden. <strong>PaZoe: classifying time series with few labels</strong>, <em>European Signal Processing Conference (EUSIPCO)</em>, 23-27 août 2021.<br><a href="c.pdf">[Pre-print]</a></p></li>
<li><p>Avrachenkov, Boisbunon, Kamalov. <strong>Graph diffusion &amp; PCA framework for semi-supervised learning</strong>, <em>15th Learning and Intelligent OptimizatioN conference (LION15)</em>, 20-25 juin 2021.<br><a href="d.pdf">[PDF]</a></p></li>
</ul></main></body></html>`;

  it('two family names are two authors, not one inverted name', () => {
    const entries = read(html);
    expect(entries).toHaveLength(4);
    expect(entries[0]).toMatchObject({ authors: ['Boisbunon', 'Maruyama'], year: 2014, venue: 'Biometrika' });
  });
});

describe('a superscript in a linked title: "PAH<sup>enu2</sup> mouse model" (ticklab)', () => {
  const html = `<html><body><main><h2>Selected Publications</h2><ul>
<li><p>Thapa S, <strong>Zhang Y</strong> &amp; <strong>Allen MS</strong> (2019) <a href="https://doi.org/10.1186/s12866-019-1551-z">Bacterial microbiome of <em>Ixodes scapularis</em> ticks collected from Massachusetts and Texas, USA</a>. BMC Microbiology. 19, 1, 138</p></li>
<li><p>Durrer KE, <strong>Allen MS</strong> &amp; Von Herbing IH (2017) <a href="https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0176286">Genetically engineered probiotic for the treatment of phenylketonuria (PKU); Assessment of a novel treatment in vitro and in the PAH<sup>enu2</sup> mouse model of PKU</a> PloS ONE. 12, 5, e0176286</p></li>
<li><p>Thapa S, Zhang Y &amp; <strong>Allen MS</strong> (2019) <a href="https://doi.org/10.1111/1758-2229.12734">Effects of temperature on bacterial microbiome composition in <em>Ixodes scapularis</em> ticks</a>. MicrobiologyOpen. 8, 5, e00719</p></li>
</ul></main></body></html>`;

  it("is the title's text, not a footnote mark", () => {
    expect(read(html).map((e) => e.title)).toContain(
      'Genetically engineered probiotic for the treatment of phenylketonuria (PKU); Assessment of a novel treatment in vitro and in the PAHenu2 mouse model of PKU',
    );
  });
});

describe('"To appear in: <em>Journal</em>" in place of the year (andersson)', () => {
  const html = `<html><body><main><h2>Artigos publicados</h2><ol class="publications">
<li><strong>Non-uniformly hyperbolic endomorphisms</strong><br>With Pablo Carrasco and Radu Saghin<br><em>Ergodic Theory and Dynamical Systems</em>, 45:1-40, 2025<br><a href="https://doi.org/10.1017/etds.2024.1">DOI</a></li>
<li><strong>Statistical stability of mostly expanding diffeomorphisms</strong><br>With Carlos H. Vásquez<br><em>Annales de l'Institut Henri Poincaré C</em>, 37:1245-1270, 2020<br><a href="https://doi.org/10.1016/j.anihpc.2020.04.005">DOI</a></li>
<li><strong>On mostly expanding diffeomorphisms</strong><br>With Carlos H. Vásquez<br><em>Ergodic Theory and Dynamical Systems</em>, 38:2838-2859, 2018<br><a href="https://doi.org/10.1017/etds.2017.8">DOI</a></li>
<li><strong>Ergodic theory of generic continuous maps</strong><br><em>Communications in Mathematical Physics</em>, 317:1-32, 2013<br><a href="https://doi.org/10.1007/s00220-012-1625-1">DOI</a></li>
</ol><h2>Artigos aceitos para publicação</h2><ol class="publications">
<li><strong>Absolutely partially hyperbolic surface endomorphisms are dynamically coherent</strong><br>To appear in: <em>Proceedings of the American Mathematical Society</em>,<br><a href="https://arxiv.org/abs/2512.23831">arXiv</a></li>
</ol></main></body></html>`;

  it("a sole author's accepted paper with no year is an entry, its venue the journal", () => {
    expect(read(html).find((e) => e.title.startsWith('Absolutely'))).toMatchObject({
      title: 'Absolutely partially hyperbolic surface endomorphisms are dynamically coherent',
      venue: 'Proceedings of the American Mathematical Society',
    });
  });
});
