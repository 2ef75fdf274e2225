import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/**
 * The generic reader on entries of a publication page that are no papers of its own (study14bu): amicus briefs
 * (contreras), a "Highlighted" repeat of the full list's cards (dnareplication). Snippets from the dev pages, cut down.
 */
function titles(html: string, url: string) {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries.map((e) => e.title);
}

const papers = `<section class="cv-section"><h2>Artículos dictaminados</h2><ul class="citation-list">
<li><strong>Contreras, G.</strong> (2023). "La tortura que (no) existe: estudio exploratorio de sentencias penales". <em>Colección ReMJI MMXXIII</em>.</li>
<li><strong>Contreras, G.</strong> &amp; Rozo, M. (2018). "Notes on the lives of intersectionality within institutions". <em>Revista de Derecho</em>, (17), pp. 46 -- 64.</li>
<li>Ramos, A. &amp; <strong>Contreras, G.</strong> (2020). "Violencia en espera de atención en los Centros de Justicia". <em>Revista Mexicana de Derecho</em>, 3(2), pp. 1 -- 20.</li>
</ul></section>`;

const filings = (heading: string) => `<section class="cv-section"><h2>${heading}</h2><ul class="citation-list">
<li><strong>Contreras, G.</strong> (2024). <em>Inputs para el OHCHR</em>, en el marco de la resolución 56/6 del Consejo de Derechos Humanos. (Firmada con Women, Drug Policy and Incarceration Working Group).</li>
<li><strong>Contreras, G.</strong> (2023). <em>Solicitud de Opinión Consultiva 02/2023</em>, Corte Interamericana de Derechos Humanos. (Firmada con Women, Drug Policy and Incarceration Working Group).</li>
<li><strong>Contreras, G.</strong> (2022). <em>Amparo directo 14/2020 ante la Suprema Corte</em>, Suprema Corte de Justicia de la Nación. (Firmada con Equis Justicia para las Mujeres).</li>
<li><strong>Contreras, G.</strong> (2020). <em>Caso Vicky Hernández y otras vs. Honduras</em>, Corte Interamericana de Derechos Humanos. (Firmada a favor de la parte quejosa).</li>
</ul></section>`;

describe('a section of amicus briefs after the papers, its entries written like the papers (contreras)', () => {
  const url = 'https://contreras.example.mx/publicaciones/';

  it('does not read the briefs, which its heading names', () => {
    for (const heading of ['Amicus curiae y notas técnicas', 'Amicus briefs']) {
      const got = titles(`<html><body><h1>Publicaciones</h1>${papers}${filings(heading)}</body></html>`, url);
      expect(got).toHaveLength(3);
      expect(got).not.toContain('Inputs para el OHCHR');
    }
  });

  it('still reads the section when its heading names papers of a kind ("Reportes de sociedad civil")', () => {
    const got = titles(`<html><body><h1>Publicaciones</h1>${papers}${filings('Reportes de sociedad civil')}</body></html>`, url);
    expect(got).toContain('Inputs para el OHCHR');
    expect(got).toHaveLength(7);
  });
});

describe('a "Highlighted" section of cards that the "All" section shows again, each card in its own container (lab-website-template)', () => {
  const card = (title: string, authors: string, venue: string) => `<div class="citation">
  <a href="https://doi.org/x" class="citation-image" aria-label="${title}"><img src="/images/x.png" alt="${title}"></a>
  <div class="citation-text">
    <a href="https://doi.org/x" class="citation-title">${title}</a>
    <div class="citation-authors">${authors}</div>
    <div class="citation-details"><span class="citation-publisher">${venue}</span> · <span>14 Aug 2025</span></div>
  </div>
</div>`;
  const a = card(
    'Single-molecule landscape of DNA replication pausing',
    'Sathish Thiyagarajan, Anna M. Rogers, Carolin A. Müller, Conrad A. Nieduszynski',
    'bioRxiv',
  );
  const b = card(
    'Design, construction, and functional characterization of a tRNA neochromosome in yeast',
    'Daniel Schindler, Roy S.K. Walker, Shuangying Jiang, Aaron N. Brooks',
    'Cell',
  );
  const c = card(
    'Most human DNA replication initiation is dispersed throughout the genome',
    'Jamie T. Carrington, Rosemary H. C. Wilson, Eduardo de La Vega',
    'Nature Communications',
  );
  const d = card(
    'Replication timing of the yeast genome measured by nanopore sequencing',
    'Carolin A. Müller, Michael A. Boemo, Conrad A. Nieduszynski',
    'Nature Methods',
  );
  const url = 'https://lab.example.org/publications/';

  it('reads each paper once', () => {
    const html = `<html><body><section><h2 id="highlighted">Highlighted</h2>${a}${b}</section>
<section><h2 id="all">All</h2><h3 id="2025">2025</h3>${a}${c}${b}<h3 id="2024">2024</h3>${d}</section></body></html>`;
    expect(titles(html, url)).toHaveLength(4);
  });

  it('keeps a paper that two topic sections list, each with papers of its own', () => {
    const html = `<html><body><section><h2>Genome replication</h2>${a}${c}</section>
<section><h2>Synthetic chromosomes</h2>${a}${b}${d}</section></body></html>`;
    expect(titles(html, url)).toHaveLength(5);
  });
});
