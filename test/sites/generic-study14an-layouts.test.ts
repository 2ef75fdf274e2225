import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';
import { corpusHtml } from '../fixtures/corpus/corpus';

/**
 * The generic reader on economics, humanities and law pages outside the English-speaking world (study14an, the former
 * heldout61 set): snippets from the dev pages, cut down.
 */
function read(html: string, url: string) {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries.map((e) => [e.title, e.authors, e.year, e.venue]);
}

describe('a list of the owner\'s works with the year before the quoted title and no names: "2021, “<a>Title</a>”, <i>Journal</i>, 46, 4" (plutniak)', () => {
  const html = `<html><body><article><h2>Refereed journal publications</h2><ul>
<li><p>2021, “<a href="https://hal.archives-ouvertes.fr/hal-03379857">Assyrian Merchants meet Nuclear Physicists: History of the Early Contributions from Social Sciences to Computer Science</a>”, <i>Interdisciplinary Science Reviews</i>, 46, 4, p.&nbsp;547–568, issn: 0308-0188, DOI: <a href="https://doi.org/10.1080/03080188.2021.1877502">10.1080/03080188.2021.1877502</a>.</p>
<li><p>2020, “<a href="https://hal.archives-ouvertes.fr/hal-03252040">The Effects of Publishing Processes on Scientific Thought. Typography and Typology in Prehistoric Archaeology (1950s–1990s)</a>”, <i>Science in Context</i>, 33, 3, p.&nbsp;389–413, issn: 0269-8897, DOI: <a href="https://doi.org/10.1017/S0269889721000053">10.1017/S0269889721000053</a>.</p>
<li><p>2019, “<a href="http://hdl.handle.net/10670/1.bjzjf2">Les vertus des études des sciences&nbsp;: retour sur une réception française du postmodernisme en archéologie</a>”, <i>Les Nouvelles de l’archéologie</i>, 157–158, p.&nbsp;84-89, issn: 2425-1941., HDL: <a href="http://hdl.handle.net/10670/1.bjzjf2">10670/1.bjzjf2</a>.</p>
<li><p>2017, “Résumé de thèse : L’opération archéologique. Sociologie historique d’une discipline aux prises avec l’automatique et les mathématiques”, <i>Bulletin de la Société préhistorique française</i>, 114, 4, p.&nbsp;758-760, issn: 1760-7361.</p>
<li><p>Lamy, Jérôme and <b>Sébastien Plutniak</b>. 2013, “<a href="https://doi.org/10.4000/sds.318">Esquisse d’une réflexion sociologique sur le patrimoine scientifique et technique</a>”, <i>Sciences de la société</i>, 89, 1, p.&nbsp;140-150, issn: 2275-2145, DOI: <a href="https://doi.org/10.4000/sds.318">10.4000/sds.318</a>.</p>
</ul></article></body></html>`;

  it('reads each title and journal with no authors, the entry that names its authors as before', () => {
    const entries = read(html, 'https://sebastien-plutniak.github.io/pages/socialsciences/publications');
    expect(entries.map((e) => e.slice(0, 3))).toEqual([
      ['Assyrian Merchants meet Nuclear Physicists: History of the Early Contributions from Social Sciences to Computer Science', [], 2021],
      [
        'The Effects of Publishing Processes on Scientific Thought. Typography and Typology in Prehistoric Archaeology (1950s–1990s)',
        [],
        2020,
      ],
      ['Les vertus des études des sciences : retour sur une réception française du postmodernisme en archéologie', [], 2019],
      [
        'Résumé de thèse : L’opération archéologique. Sociologie historique d’une discipline aux prises avec l’automatique et les mathématiques',
        [],
        2017,
      ],
      ['Esquisse d’une réflexion sociologique sur le patrimoine scientifique et technique', ['Jérôme Lamy', 'Sébastien Plutniak'], 2013],
    ]);
    expect(entries[0]![3]).toBe('Interdisciplinary Science Reviews');
  });
});

describe('names between the bold title and the italic outlet: "<strong>Title</strong> A, B &amp; C <em>Series</em>, 2025" (gonon)', () => {
  const html = `<html><head><title>Working Papers</title></head><body><section><h2>Working Papers &amp; Preprints</h2>
<p><strong>Avenues for Exploring Nature Scenarios in Ecological Macroeconomic Models</strong> Katie Kedward &amp; Morgane Gonon <em>SSRN Preprint</em> 5200146, 2025 <a href="https://ssrn.com/abstract=5200146">[Preprint]</a></p>
<p><br></p>
<p><strong>Bridging the Gap in Biodiversity Financing: A Review of Assessments of Existing and Needed Financial Flows for Biodiversity</strong> Morgane Gonon, Romain Svartzman &amp; Jeffrey Althouse <em>UCL Institute for Innovation and Public Purpose</em>, 2024</p>
<p><br></p>
<p><strong>Stop à la neutralité carbone en trompe-l’œil : l’empreinte carbone au service d’une nouvelle stratégie industrielle</strong> Morgane Gonon <em>Institut Rousseau</em>, December 7, 2021</p>
<p><br></p>
<p><strong>Faire évoluer les outils comptables pour “réencastrer” l’activité économique dans son environnement</strong> Morgane Gonon &amp; B. Métadier <em>Institut Rousseau</em>, July 2, 2020 <a href="https://institut-rousseau.fr/faire-evoluer/">[Article]</a></p>
</section></body></html>`;

  it('reads the plain text between them as the names, one name too', () => {
    expect(read(html, 'https://mgonondufour.github.io/working-papers.html')).toEqual([
      [
        'Avenues for Exploring Nature Scenarios in Ecological Macroeconomic Models',
        ['Katie Kedward', 'Morgane Gonon'],
        2025,
        'SSRN Preprint',
      ],
      [
        'Bridging the Gap in Biodiversity Financing: A Review of Assessments of Existing and Needed Financial Flows for Biodiversity',
        ['Morgane Gonon', 'Romain Svartzman', 'Jeffrey Althouse'],
        2024,
        'UCL Institute for Innovation and Public Purpose',
      ],
      [
        'Stop à la neutralité carbone en trompe-l’œil : l’empreinte carbone au service d’une nouvelle stratégie industrielle',
        ['Morgane Gonon'],
        2021,
        'Institut Rousseau',
      ],
      [
        'Faire évoluer les outils comptables pour “réencastrer” l’activité économique dans son environnement',
        ['Morgane Gonon', 'B. Métadier'],
        2020,
        'Institut Rousseau',
      ],
    ]);
  });
});

describe('a card\'s call to follow its link, "Ver en C22 →", is no title (langb)', () => {
  const names = '<strong>Mascareño, A., Rozas, J., Lang, B., &amp; Henríquez, P.A.</strong>';
  const policy = (title: string, slug: string) => `<div class="pub-item">
<div class="pub-tipo pub-tipo-policy">Puntos de Referencia N°639 · CEP · 2022</div>
<p>
${names}
 (2022).
<em>"${title}". </em>
<a href="https://www.cepchile.cl/investigacion/${slug}/" class="pub-ver-link" target="_blank">Ver publicación →</a>
</p>
</div>`;
  const card = (title: string, slug: string) => `<div class="g-col-12 g-col-md-6">
<div class="tarjeta">
<div class="tarjeta-etiqueta pub-tipo-c22">Research Note C22 · 2022</div>
<h3 class="anchored">
<a href="https://c22cepchile.cl/publicaciones/${slug}/" target="_blank">${title}</a>
</h3>
<p>
${names}
 (2022).
<br>
<a href="https://c22cepchile.cl/publicaciones/${slug}/" class="pub-ver-link" target="_blank">Ver en C22 →</a>
</p>
</div>
</div>`;
  const html = `<html><head><title>Publicaciones</title></head><body><main>
<section id="policy-papers" class="level2 seccion-titulo"><h2 class="seccion-titulo anchored">Policy Papers — Centro de Estudios Públicos</h2>
<div class="cell"><div class="cell-output-display"><div class="publicaciones">
${policy('Polarización y fragmentación en la Cámara de Diputados. El escenario del Acuerdo por Chile', 'polarizacion')}
${policy('Partido de la Gente. La construcción del individualismo posdemocrático', 'partido-de-la-gente')}
${policy('Zona de curvas. La Convención y la Cámara en comparación', 'zona-de-curvas')}
</div></div></div>
<hr>
</section>
<section id="research-notes-c22-cep" class="level2 seccion-titulo"><h2 class="seccion-titulo anchored">Research Notes — C22 · CEP</h2>
<div class="cell"><div class="cell-output-display"><div class="grid">
${card('Nuevo estilo de baile: 4/7', 'nuevo-estilo-de-baile-4-7')}
${card('La prueba de ADN', 'la-prueba-de-adn')}
${card('La ley de los grandes números', 'la-ley-de-los-grandes-numeros')}
${card('Suma cero. Sentimientos convencionales', 'suma-cero')}
${card('La constitución de la Constitución', 'la-constitucion-de-la-constitucion')}
</div></div></div>
</section></main></body></html>`;

  it("reads each card's heading as its title", () => {
    const entries = read(html, 'https://example.cl/publicaciones.html');
    expect(entries.map((e) => e[0])).toEqual([
      'Polarización y fragmentación en la Cámara de Diputados. El escenario del Acuerdo por Chile',
      'Partido de la Gente. La construcción del individualismo posdemocrático',
      'Zona de curvas. La Convención y la Cámara en comparación',
      'Nuevo estilo de baile: 4/7',
      'La prueba de ADN',
      'La ley de los grandes números',
      'Suma cero. Sentimientos convencionales',
      'La constitución de la Constitución',
    ]);
    expect(entries[3]![1]).toEqual(['A. Mascareño', 'J. Rozas', 'B. Lang', 'P.A. Henríquez']);
  });

  it('on the saved page, no entry is titled with the label', () => {
    const titles = read(corpusHtml('langb-publicaciones'), 'https://example.cl/publicaciones.html').map((e) => e[0] as string);
    expect(titles.filter((t) => /→$/.test(t))).toEqual([]);
    expect(titles).toContain('La prueba de ADN');
  });
});

describe("APA with a report's title in italics after the date, in a list whose articles set their journals in italics (contreras)", () => {
  const html = `<html><head><title>Publicaciones</title></head><body><h1>Publicaciones</h1>
<section class="cv-section"><h2>Artículos dictaminados</h2><ul class="citation-list">
<li><strong>Contreras, G.,</strong> &amp; Arellano, M.I. (2022). "Notes on the lives of intersectionality within institutions". <em>About Gender -- International Journal of Gender Studies</em>, 11(22), pp. 187-220. DOI: 10.15167/2279-5057/AG2022.11.22.2025.</li>
<li><strong>Contreras Ruvalcaba, G.</strong> (2020). "El dilema del cuerpo penitenciario: Corporalidad trans en el sistema carcelario colombiano". <em>Isonomía. Revista de Filosofía y Teoría del Derecho</em>, (52), pp. 63-92.</li>
<li><strong>Contreras Ruvalcaba, G.,</strong> &amp; Rozo, M. (2018). "¿Igualdad a través de los números? Replantear la incorporación femenina dentro de la Policía Nacional de Colombia". <em>Horizonte Histórico</em>, (17), pp. 46 -- 64.</li>
<li><strong>Contreras Ruvalcaba, G.</strong> (2017). "La chica moderna, precursora de la liberación femenina: (De)construcción de la identidad femenina en el México de 1924 a 1936". <em>Horizonte Histórico</em>, (14), pp. 33-42.</li>
</ul></section>
<section class="cv-section"><h2>Reportes de sociedad civil</h2><ul class="citation-list">
<li>Juárez, B., Palacios Reckziegel, C., Alcalá, E., Ini, F., <strong>Contreras, G.</strong>, &amp; Hinestroza, W. (2025). <em>Interseccionalidad y protesta. Una revisión de los estándares de Naciones Unidas</em>. Buenos Aires: CELS. <a href="https://www.cels.org.ar/web/">Ver reporte</a></li>
<li>Ramos, A. &amp; <strong>Contreras, G.</strong> (2020). <em>Violencia en espera de atención. Los Centros de Justicia para las Mujeres frente a la crisis por COVID-19</em>. México: Equis Justicia para las Mujeres. <a href="https://equis.org.mx/">Ver reporte</a></li>
<li>Erreguerena, I., López, M., Ramos, A., &amp; <strong>Contreras, G.</strong> (2020). <em>¿Derechos aplazables? El Poder Judicial frente a la población penitenciaria durante la pandemia por COVID-19</em>. México: Equis Justicia para las Mujeres. <a href="https://equis.org.mx/">Ver reporte</a></li>
<li>Alfonsin, J., <strong>Contreras, G.,</strong> Cuevas, K., García Castro, T., Santos, M., &amp; Morales, A. (2020). <em>Mujeres trans privadas de la libertad: La invisibilidad tras los muros</em>. WOLA. <a href="https://equis.org.mx/">Ver reporte</a></li>
</ul></section>
</body></html>`;

  it('reads the whole italic title, not its first sentence', () => {
    const entries = read(html, 'https://example.org/publicaciones/');
    expect(entries.slice(4).map((e) => e.slice(0, 3))).toEqual([
      [
        'Interseccionalidad y protesta. Una revisión de los estándares de Naciones Unidas',
        ['B. Juárez', 'C. Palacios Reckziegel', 'E. Alcalá', 'F. Ini', 'G. Contreras', 'W. Hinestroza'],
        2025,
      ],
      [
        'Violencia en espera de atención. Los Centros de Justicia para las Mujeres frente a la crisis por COVID-19',
        ['A. Ramos', 'G. Contreras'],
        2020,
      ],
      [
        '¿Derechos aplazables? El Poder Judicial frente a la población penitenciaria durante la pandemia por COVID-19',
        ['I. Erreguerena', 'M. López', 'A. Ramos', 'G. Contreras'],
        2020,
      ],
      [
        'Mujeres trans privadas de la libertad: La invisibilidad tras los muros',
        ['J. Alfonsin', 'G. Contreras', 'K. Cuevas', 'T. García Castro', 'M. Santos', 'A. Morales'],
        2020,
      ],
    ]);
  });

  it('on the saved page too, where the list is one with the articles of the other sections', () => {
    const titles = read(corpusHtml('contreras-publicaciones'), 'https://example.org/publicaciones/').map((e) => e[0]);
    expect(titles).toContain('Interseccionalidad y protesta. Una revisión de los estándares de Naciones Unidas');
    expect(titles).toContain(
      '¿Derechos aplazables? El Poder Judicial frente a la población penitenciaria durante la pandemia por COVID-19',
    );
  });
});

describe('cards that show their title in a <details> summary and carry a BibTeX record (granieri)', () => {
  const card = (summary: string, names: string, bib: string) => `<details>
<summary>${summary}</summary>
<div class="Pub-Hidden" id="content">
<h4>Autori</h4>
<p>${names}</p>
<h4>Abstract</h4>
<p>This poster focuses on the comparative user testing conducted to evaluate Reach, a gesture recognition system for live piano sound modulation.</p>
<h4>BibTex</h4>
<div class="BibTex-Box">
<pre><code id="BibTex-Code">${bib}</code></pre>
</div>
</div>
</details>`;
  const html = `<html><head><title>Pubblicazioni</title></head><body><main><h1>Pubblicazioni</h1>
<h2>2018</h2>
${card(
  'Reach – Designing Keyboard Instruments with pianists in mind <span class="publication-tag type-poster">(Poster)</span>',
  'Niccolò Granieri',
  `@inproceedings{Granieri:2018,
    author = {Granieri, Niccolò},
    title = {Reach – Designing Keyboard Instruments with pianists in mind.},
    booktitle = {Sound, Image and Interaction Design Symposium},
    year = {2018},
    address = {Madeira, Portugal}
}`,
)}
${card(
  'Improvising through the senses: a performance approach with the indirect use of technology <span class="publication-tag type-article">(Articolo / Pubblicazione)</span>',
  'Tychonas Michailidis, James Dooley, Niccolò Granieri and Balandino Di Donato',
  `@article{MichailidisEtAl:2018,
    author = {Michailidis, Tychonas and Dooley, James and Granieri, Niccolò and Di Donato, Balandino},
    title = {Improvising through the senses: a performance approach with the indirect use of technology},
    journal = {Digital Creativity},
    volume = {29},
    pages = {149-164},
    year  = {2018},
    doi = {10.1080/14626268.2018.1511600}
}`,
)}
<h2>2017</h2>
${card(
  'From piano, to piano <span class="publication-tag type-poster">(Poster)</span>',
  'Niccolò Granieri',
  `@unpublished{Granieri:2017,
    author = {Granieri, Niccolò},
    title = {From piano, to piano},
    booktitle = {Birmingham City University's Research Conference (RESCON17)},
    year = {2017}
}`,
)}
</main></body></html>`;

  it('reads each card from its record', () => {
    expect(read(html, 'https://www.niccologranieri.com/pubblicazioni.html')).toEqual([
      [
        'Reach – Designing Keyboard Instruments with pianists in mind',
        ['Niccolò Granieri'],
        2018,
        'Sound, Image and Interaction Design Symposium',
      ],
      [
        'Improvising through the senses: a performance approach with the indirect use of technology',
        ['Tychonas Michailidis', 'James Dooley', 'Niccolò Granieri', 'Balandino Di Donato'],
        2018,
        'Digital Creativity',
      ],
      ['From piano, to piano', ['Niccolò Granieri'], 2017, "Birmingham City University's Research Conference (RESCON17)"],
    ]);
  });
});
