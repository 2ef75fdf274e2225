import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on lists it missed whole: the former heldout71–73 pages (study14bd). */
function read(html: string, url = 'https://owner.example.io/publications.html') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

describe('Hugo Academic (blogdown) sections of "<h4><a>Title</a></h4><p><em>APA names (2021). Journal, 118(16).</em></p>" (jodielord)', () => {
  const card = (title: string, citation: string) =>
    `<div class="section level4"><h4><a href="https://example.org/${title.length}">${title}</a></h4>\n<p><em>${citation}</em> <br></p>\n</div>\n`;
  const html =
    `<html><head><title>Papers</title></head><body><div class="article-style"><div class="section level2"><h2>Publications</h2>` +
    card(
      'Mendelian randomization identifies blood metabolites previously linked to midlife cognition as causal candidates in Alzheimer’s Disease',
      '<strong>Lord, J.,</strong> Jermy, B., Green, R., Wong, A., Xu, J., Legido-Quigley,\nC., … &amp; Proitsi, P. (2021). Proceedings of the National Academy of\nSciences, 118(16).',
    ) +
    card(
      'A genome-wide association study of plasma phosphorylated tau181',
      '<strong>Lord, J.,</strong> Zettergren, A., Ashton, N., Karikari, T.K., N. J.,\nBenedet, Simren, J., … &amp; Proitsi, P. (2021). Neurobiology of Aging.',
    ) +
    card(
      'Association between polygenic risk score of Alzheimer’s disease and plasma phosphorylated tau in individuals from the Alzheimer’s Disease Neuroimaging Initiative',
      'Zettergren, A., <strong>Lord, J.,</strong> Ashton, N. J., Benedet, A. L., Karikari,\nT. K., Rodriguez, J. L., … &amp; Blennow, K. (2021). Alzheimer’s Research\n&amp; Therapy, 13(1), 1-10.',
    ) +
    card(
      'Integrated lipidomics and proteomics network analysis highlights lipid and immunity pathways associated with Alzheimer’s disease',
      'Xu, J., Bankov, G., Kim, M., Wretlind, A., <strong>Lord, J.,</strong> Green, R., …\n&amp; Legido-Quigley, C. (2020). Translational Neurodegeneration. 9(1),\n1-15',
    ) +
    `</div></div></body></html>`;

  it('takes each heading for the title, not the journal the names paragraph ends with, and the journal for the venue', () => {
    // (The parser keeps the period after a venue that closes the citation, "Neurobiology of Aging.", as it does elsewhere.)
    expect(read(html).map((e) => [e.title.slice(0, 40), e.venue?.replace(/\.$/, ''), e.year])).toEqual([
      ['Mendelian randomization identifies blood', 'Proceedings of the National Academy of Sciences', 2021],
      ['A genome-wide association study of plasm', 'Neurobiology of Aging', 2021],
      ['Association between polygenic risk score', 'Alzheimer’s Research & Therapy', 2021],
      ['Integrated lipidomics and proteomics net', 'Translational Neurodegeneration', 2020],
    ]);
  });
});

describe('a list of titles alone, each after a pictograph: "<li>📰 <a download>Title</a></li>" (naranjo)', () => {
  const item = (icon: string, href: string, title: string) => `<li>${icon} <a href="${href}" download>${title}</a></li>\n`;
  const html =
    `<html><head><title>Publicações | Emiliano Naranjo</title></head><body><section><h1>PUBLICAÇÕES E ARTIGOS DE INTERESSE</h1>` +
    `<h3>Artigos</h3><ul class="publicaciones-list">` +
    item('📰', '../publicaciones/articulo_106_minutos_porno_inspirarnos.pdf', '106 minutos para nos inspirar com “porno”') +
    item('📰', '../publicaciones/articulo_la_transmision_cobra_kai.pdf', 'A transmissão (Cobra Kai)') +
    item('📰', '../publicaciones/articulo_educacion_bien_publico.pdf', 'A educação é um bem público, não um bem econômico') +
    item(
      '📰',
      '../publicaciones/articulo_educacion_fisica_practica_teorica.pdf',
      'A Educação Física é uma disciplina prática ou teórica?',
    ) +
    `</ul></section></body></html>`;

  it('reads each linked title as a paper', () => {
    expect(read(html).map((e) => e.title)).toEqual([
      '106 minutos para nos inspirar com “porno”',
      'A transmissão (Cobra Kai)',
      'A educação é um bem público, não um bem econômico',
      'A Educação Física é uma disciplina prática ou teórica?',
    ]);
  });
});

describe('numbered "<p>[1] <a>Title</a>.<br> The 42nd IEEE … Conference (IPCCC’23).</p>" without names or a full year (gavahi)', () => {
  const entry = (n: number, title: string, venue: string) =>
    `<p> [${n}] <a href="https://gavahi.github.io/webpage/publications.php_files/p${n}.pdf">${title}</a>.<br>&emsp;&emsp;&emsp; ${venue}</p>\n<br>\n`;
  const html =
    `<html><head><title>Mohsen Gavahi</title></head><body><h1>Publications</h1><div>` +
    entry(
      1,
      'Performance of Software-based Encrypted MPI Communication over Container Clusters',
      'The 42nd IEEE International Performance Computing and Communications Conference (IPCCC’23).',
    ) +
    entry(
      2,
      'Encrypted All-reduce on Multi-core Clusters',
      'The 40th IEEE International Performance Computing and Communications Conference (IPCCC’21).',
    ) +
    entry(
      3,
      'Efficient Algorithms for Encrypted All-gather Operation',
      "The 35th IEEE International Parallel and Distributed Processing Symposium (IPDPS'21).",
    ) +
    entry(
      4,
      'Efficient Continuous Skyline Computation on Multi-Core Processors Based on Manhattan Distance',
      'The 13th ACM-IEEE International Conference on Formal Methods and Models for System Design (MEMOCODE’15).',
    ) +
    `</div></body></html>`;

  it('reads the title, the meeting for the venue and the year its acronym abbreviates', () => {
    expect(read(html).map((e) => [e.title, e.year, e.venue?.slice(-18)])).toEqual([
      ['Performance of Software-based Encrypted MPI Communication over Container Clusters', 2023, 'Conference (IPCCC’23)'.slice(-18)],
      ['Encrypted All-reduce on Multi-core Clusters', 2021, 'Conference (IPCCC’21)'.slice(-18)],
      ['Efficient Algorithms for Encrypted All-gather Operation', 2021, "Symposium (IPDPS'21)".slice(-18)],
      [
        'Efficient Continuous Skyline Computation on Multi-Core Processors Based on Manhattan Distance',
        2015,
        'Design (MEMOCODE’15)'.slice(-18),
      ],
    ]);
  });
});

describe('Hugo PaperMod post cards "<h2>Title</h2><p>summary</p><footer>📅 1 février 2024 · 👤 par A et B</footer>" (ragot)', () => {
  const card = (title: string, summary: string, date: string, names: string) =>
    `<article class="post-entry"><header class="entry-header"><h2>${title}\n</h2></header><div class="entry-content"><p>${summary}</p></div>` +
    `<footer class="entry-footer"><span title='2024-02-01 00:00:00 +0000 UTC'>📅 ${date}</span>\n&nbsp;·&nbsp;👤 par ${names}\n</footer>` +
    `<a class="entry-link" aria-label="post link to ${title}" href="https://lionel-ragot.github.io/${date.length}/"></a></article>\n`;
  const html =
    `<html><head><title>Publications | Lionel Ragot</title></head><body><main class="main"><header class="page-header"><h1>Publications</h1></header>` +
    card(
      'The Fiscal Impact of 30 Years of Immigration in France: An Accounting Approach',
      'This article examines the net contribution of immigration to public finances in France since the late 1970s.',
      '1 décembre 2022',
      'Xavier Chojnicki, Lionel Ragot et Ndeye-Penda Sokhna',
    ) +
    card(
      'Pollution effects on labor supply and growth',
      'Dans cet article, nous étudions les effets à court et à long terme de la pollution dans un modèle à la Ramsey.',
      '1 octobre 2015',
      'Stefano Bosi, David Desmarchelier et Lionel Ragot',
    ) +
    card(
      'Time Representation in Economics',
      'Dans cet article, nous étudions les discrétisations polynomiales générales backward et forward looking.',
      '1 février 2012',
      'Stefano Bosi et Lionel Ragot',
    ) +
    `</main></body></html>`;

  it('reads the names after "par", joined by "et", and the year of the date', () => {
    expect(read(html).map((e) => [e.title, e.authors, e.year])).toEqual([
      [
        'The Fiscal Impact of 30 Years of Immigration in France: An Accounting Approach',
        ['Xavier Chojnicki', 'Lionel Ragot', 'Ndeye-Penda Sokhna'],
        2022,
      ],
      ['Pollution effects on labor supply and growth', ['Stefano Bosi', 'David Desmarchelier', 'Lionel Ragot'], 2015],
      ['Time Representation in Economics', ['Stefano Bosi', 'Lionel Ragot'], 2012],
    ]);
  });
});

describe('undated cards "<p><em>Names</em></p><pubtit>Title</pubtit><p>abstract</p><a>[pdf]</a>" (multiscin)', () => {
  const card = (names: string, title: string, abstract: string, link: string) =>
    `<div class="well"><p><em>${names}</em></p>\n<pubtit>${title}</pubtit>\n<p><img src="pic.png" class="img-responsive" width="30%" style="float: left" /></p>\n<p>${abstract}</p>\n` +
    `<p><strong><a href="">${link}</a></strong></p>\n<p class="text-danger"><strong> </strong></p><p> </p></div>\n`;
  const html =
    `<html><head><title>ANR - Highlights</title></head><body><div class="container"><h1 id="publications">Publications</h1><h2>Group highlights</h2><div class="row">` +
    card(
      'Hoang Trieu Vy Le, Marion Foare, Nelly Pustelnik',
      'Proximal based strategies for solving discrete Mumford-Shah with Ambrosio-Tortorelli penalization on edges',
      'This work is dedicated to joint image restoration and contour detection considering the Ambrosio-Tortorelli functional. Two proximal alternating minimization schemes with convergence guarantees are provided.',
      '[pdf]',
    ) +
    card(
      'C.G. Lucas, B. Pascal, N. Pustelnik, and P. Abry',
      'Hyperparameter selection for the Discrete Mumford-Shah functional',
      'This work focuses on a parameter-free joint piecewise smooth image denoising and contour detection, formulated as the minimization of a discrete Mumford-Shah functional.',
      'Signal, Image and Video Processing, pp.1-8, Dec. 2022.',
    ) +
    card(
      'M. Jiu and N. Pustelnik',
      'A deep primal-dual proximal network for image restoration',
      'Image restoration remains a challenging task in image processing. Numerous methods tackle this problem, often solved by minimizing a non-smooth penalized co-log-likelihood function.',
      '',
    ) +
    `</div></div></body></html>`;

  it('reads the names line and the title line of every card, dated or not', () => {
    expect(read(html).map((e) => [e.title, e.authors, e.year])).toEqual([
      [
        'Proximal based strategies for solving discrete Mumford-Shah with Ambrosio-Tortorelli penalization on edges',
        ['Hoang Trieu Vy Le', 'Marion Foare', 'Nelly Pustelnik'],
        undefined,
      ],
      ['Hyperparameter selection for the Discrete Mumford-Shah functional', ['C.G. Lucas', 'B. Pascal', 'N. Pustelnik', 'P. Abry'], 2022],
      ['A deep primal-dual proximal network for image restoration', ['M. Jiu', 'N. Pustelnik'], undefined],
    ]);
  });
});

describe('"<li><span class=year>2025</span><div><h3><a>Title</a></h3><p><em>Journal</em>, 2, pp. 857–921.</p></div></li>" naming the owner nowhere (cirillo)', () => {
  const item = (year: number, title: string, rest: string) =>
    `<li class="publication"><span class="year">${year}</span><div><h3><a href="works/${title.length}.html">${title}</a></h3><p>${rest}</p></div></li>\n`;
  const html =
    `<html lang="it"><head><title>Pubblicazioni — Francesco Cirillo</title></head><body><main><h1>Pubblicazioni</h1>` +
    `<h2>Articoli scientifici</h2><ol class="publication-list">` +
    item(2025, 'La finzione della forma. Il primo Kelsen tra teoria e dogmatica', '<em>Consulta Online</em>, 2, pp. 857–921.') +
    item(
      2024,
      'Neurolaw, Neurorights and Neuroprivacy: Theoretical and Constitutional Issues',
      '<em>MediaLaws</em>, N.S., I, pp. 212–234.',
    ) +
    item(2021, 'Sull’inutilità del mito dell’occidente', '<em>Diritto e Religioni</em>, 1, pp. 835–842.') +
    `</ol><h2>Contributi in volume</h2><ol class="publication-list">` +
    item(
      2024,
      'Neurodiritti: prospettive critiche e questioni dogmatiche',
      'Con G. D’Alessandro, in R. Torino, S. Zorzetto (a cura di), <em>La trasformazione digitale in Europa</em>, Giappichelli, pp. 93–130.',
    ) +
    `</ol></main></body></html>`;

  it('reads the heading for the title, the classed year, the italics for the venue and the coauthors after "Con"', () => {
    expect(read(html).map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      ['La finzione della forma. Il primo Kelsen tra teoria e dogmatica', [], 2025, 'Consulta Online'],
      ['Neurolaw, Neurorights and Neuroprivacy: Theoretical and Constitutional Issues', [], 2024, 'MediaLaws'],
      ['Sull’inutilità del mito dell’occidente', [], 2021, 'Diritto e Religioni'],
      ['Neurodiritti: prospettive critiche e questioni dogmatiche', ['G. D’Alessandro'], 2024, 'La trasformazione digitale in Europa'],
    ]);
  });
});

describe('a reader’s selection of showcase cards "<div class=pub-title>Title</div><div class=pub-desc>…</div>" (bbiox)', () => {
  const card = (title: string, description: string, label: string) =>
    `<div class="pub-card"><div class="pub-image"><img src="images/${title.length}.png" alt=""></div><div class="pub-content">` +
    `<div class="pub-title">${title}</div><div class="pub-desc">${description}</div>` +
    `<div class="pub-links"><a class="pub-link" href="https://example.org/${title.length}">${label}</a></div></div></div>\n`;
  const selection =
    `<html><head></head><body>` +
    card(
      'PedVision: A Manual-Annotation-Free and Age Scalable Segmentation Pipeline for Bone Analysis in Hand X-Ray Images',
      'Our latest open-access paper presents a segmentation pipeline for bone analysis in hand X-ray images. <br>A <b>GitHub link</b> to the open model is available below.',
      'GitHub Code',
    ) +
    card(
      'Shape modeling of longitudinal medical images: from diffeomorphic metric mapping to deep learning',
      'A recent review article covering current methodologies, emerging approaches, and future directions for modeling complex, nonlinear shape changes in biological tissues over time.',
      'arXiv Paper',
    ) +
    card(
      'Towards growth-accommodating deep learning-based semantic segmentation of pediatric hand phalanges',
      'A deep learning approach for semantic segmentation of pediatric hand phalanges, accommodating growth and anatomical variation.',
      'ScienceDirect',
    ) +
    `</body></html>`;

  it('reads the cards as the page would, with no heading or title to say they are publications', () => {
    expect(read(selection, 'https://bbiox.github.io/publications.html').map((e) => e.title)).toEqual([
      'PedVision: A Manual-Annotation-Free and Age Scalable Segmentation Pipeline for Bone Analysis in Hand X-Ray Images',
      'Shape modeling of longitudinal medical images: from diffeomorphic metric mapping to deep learning',
      'Towards growth-accommodating deep learning-based semantic segmentation of pediatric hand phalanges',
    ]);
  });
});

describe('a Jekyll Minimal Mistakes page wrapped as one schema.org CreativeWork headed "Papers" (bega)', () => {
  const html =
    `<html><head><title>Papers - Andreas Beger</title></head><body>` +
    `<article class="page" itemscope itemtype="http://schema.org/CreativeWork"><meta itemprop="headline" content="Papers">` +
    `<div class="page__inner-wrap"><header><h1 class="page__title" itemprop="headline">Papers</h1></header>` +
    `<section class="page__content" itemprop="text"><h2>Other papers</h2><ol><li><p><strong>Using front lines to predict deaths in the Bosnian civil war</strong>\n` +
    `<br /> 2012, (<a href="http://localhost:4000/content/papers/Beger_2012_Bosnia.pdf">pdf</a>)</p></li></ol></section></div></article></body></html>`;

  it('is not read as one paper titled "Papers"', () => {
    expect(read(html, 'https://andybega.github.io/papers/').map((e) => e.title)).not.toContain('Papers');
  });
});

describe('cards of a title over a names line: "<h4><a>Title</a></h4><p><a>Profesör Öner Günçavdı</a></p>" (guncavdi), "Autores: A y B" (faus)', () => {
  const item = (title: string) =>
    `<li><h4><a href="https://guncavdi.com/pdfs/${title.length}.pdf"> ${title}  </a></h4>\n<p><a href="https://guncavdi.com/pdfs/${title.length}.pdf"> <i class="fas fa-university"></i> Profesör Öner Günçavdı  </a></p></li>\n`;
  const turkish =
    `<html><head><title>Profesör Öner Günçavdı</title></head><body><div class="c-section-heading"><h2>Tüm Yayınlar.</h2></div><ul class="c-tabs__list">` +
    item('2020 Bütçe Öngörüleri Işığında En Son Büyüme Rakamları') +
    item('Covid-19 ve Müesses Nizam') +
    item('Economic Populism and Structural Transformation') +
    item('Demand Pressure and Export Performance in Turkey') +
    `</ul></body></html>`;

  it('reads the title and the owner after the honorific, under a heading that says "publications" in Turkish', () => {
    expect(read(turkish, 'https://guncavdi.com/yayinlar.html').map((e) => [e.title, e.authors])).toEqual([
      ['2020 Bütçe Öngörüleri Işığında En Son Büyüme Rakamları', ['Öner Günçavdı']],
      ['Covid-19 ve Müesses Nizam', ['Öner Günçavdı']],
      ['Economic Populism and Structural Transformation', ['Öner Günçavdı']],
      ['Demand Pressure and Export Performance in Turkey', ['Öner Günçavdı']],
    ]);
  });

  const row = (title: string, names: string, about: string) =>
    `<tr><td width="34%"><p><img border="0" src="images/${title.length}.jpg"></p></td><td width="66%" valign="top">` +
    `<p>&nbsp;</p><p><u><b>${title}</b></u></p><p><b>Autores</b>: \n${names}</p><p>&nbsp;</p><p>${about}</p></td></tr>\n` +
    `<tr><td width="34%">&nbsp;</td><td width="66%">&nbsp;</td></tr>\n`;
  const spanish =
    `<html><head><title>Libros publicados</title></head><body><table><tr><td><table>` +
    row(
      'LA TROMPETA. Volumen 1 (Primero LOGSE)',
      'Luis Andr&eacute;s Faus y Vicente Alberola.',
      'Este fue el primer libro que Luis Andrés realizó y fue enfocado a los alumnos de trompeta de décimo curso de Grado Elemental LOGSE.',
    ) +
    row(
      'LA TROMPETA, SU T&Eacute;CNICA ACTUAL',
      'Luis Andr&eacute;s Faus y Vicente Alberola.',
      'La pretensión de este libro es ni mas ni menos que darle a los alumnos una alternativa nueva, completa e innovadora para estudiar.',
    ) +
    row(
      'EL PICADO EN LA TROMPETA',
      'Luis Andr&eacute;s Faus.',
      'Durante muchos años he estado realizando un sinfín de ejercicios que ayudarán a mejorar la calidad y precisión del picado.',
    ) +
    `</table></td></tr></table></body></html>`;

  it('reads the labelled authors under each book’s title, though the page never says "publications"', () => {
    expect(read(spanish, 'https://dvalcar.github.io/LuisAndresFaus/publicaciones.htm').map((e) => [e.title, e.authors])).toEqual([
      ['LA TROMPETA. Volumen 1 (Primero LOGSE)', ['Luis Andrés Faus', 'Vicente Alberola']],
      ['LA TROMPETA, SU TÉCNICA ACTUAL', ['Luis Andrés Faus', 'Vicente Alberola']],
      ['EL PICADO EN LA TROMPETA', ['Luis Andrés Faus']],
    ]);
  });
});
