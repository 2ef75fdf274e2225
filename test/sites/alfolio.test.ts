import { describe, expect, it } from 'vitest';
import { alfolio } from '../../lib/sites/alfolio';
import { fixtureDocument, fixtureText } from '../helpers';
import { parseHtmlDocument } from '../../lib/cli/dom';

const scanOf = (file: string, url: string) => alfolio.extract(fixtureDocument(`pages/${file}`), new URL(url));

describe('al-folio adapter', () => {
  it('2023 demo build: year groups, hidden "2 more authors" names, DOI from the BibTeX block', () => {
    const scan = scanOf('alfolio-demo-publications-2023-09.html', 'https://alshedivat.github.io/al-folio/publications/');
    expect(scan.kind).toBe('lab');
    expect(scan.entries).toHaveLength(7);
    // Page: "Albert Einstein, Erwin Schrödinger, Max Planck, and 2 more authors" (onclick: 'Hendrik Antoon Lorentz, Karl Przibram'), under "1967".
    expect(scan.entries[0]).toMatchObject({
      title: 'Letters on wave mechanics',
      authors: ['Albert Einstein', 'Erwin Schrödinger', 'Max Planck', 'Hendrik Antoon Lorentz', 'Karl Przibram'],
      authorsTruncated: false,
      year: 1967,
      type: 'book',
    });
    const epr = scan.entries.find((e) => e.title.startsWith('Can Quantum-Mechanical Description'))!;
    expect(epr).toMatchObject({
      authors: ['A. Einstein', 'B. Podolsky', 'N. Rosen'],
      venue: 'Phys. Rev.',
      year: 1935,
      ids: { doi: '10.1103/physrev.47.777' },
    });
    expect(epr.abstract).toMatch(/^In a complete theory there is an element corresponding to each element of reality/);
  });

  it('2024 minified build: arXiv ids from links, venue without "In", month, abstract, code', () => {
    const scan = scanOf('alfolio-594zyc-publications-2024-09.html', 'https://594zyc.github.io/publications/');
    expect(scan.entries).toHaveLength(13);
    expect(scan.entries[0]).toMatchObject({
      title: 'GROUNDHOG: Grounding Large Language Models to Holistic Segmentation',
      authors: ['Yichi Zhang', 'Ziqiao Ma', 'Xiaofeng Gao', 'Suhaila Shakiah', 'Qiaozi Gao', 'Joyce Chai'],
      venue: 'Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)',
      date: '2024-06',
      ids: { arxiv: '2402.16846' },
      pdf: 'https://594zyc.github.io/assets/pdf/cvpr24_groundhog.pdf',
      type: 'inproceedings',
    });
    expect(scan.entries[0]!.abstract).toMatch(/^Most multimodal large language models \(MLLMs\)/);
    expect(scan.entries[0]!.code).toBeUndefined(); // "Code (coming soon)" has no link
  });

  it('2025 build grouped by category: year from the periodical, LaTeX names decoded from BibTeX', () => {
    const scan = scanOf('alfolio-adrientaylor-publications-2025-06.html', 'https://adrientaylor.github.io/publications/');
    expect(scan.entries).toHaveLength(45);
    expect(scan.entries[0]).toMatchObject({
      title: 'A constructive approach to strengthen algebraic descriptions of function and operator classes',
      authors: ['Anne Rubbens', 'Julien M. Hendrickx', 'Adrien B. Taylor'],
      year: 2025,
      ids: { arxiv: '2504.14377' },
      type: 'preprint',
      code: 'https://github.com/AnneRubbens/Constraints_Strengthening/',
    });
    const moucer = scan.entries.find((e) => e.title.startsWith('Geometry-dependent matching pursuit'))!;
    expect(moucer.authors[0]).toBe('Céline Moucer');
    expect(scan.entries.every((e) => e.authors.length > 0 && e.year !== undefined)).toBe(true);
  });

  it('a truncated list without hidden names is flagged, with the total', () => {
    const doc =
      parseHtmlDocument(`<div class="publications"><h2 class="bibliography">2024</h2><ol class="bibliography"><li><div class="row"><div id="k" class="col-sm-8">
      <div class="title">A Paper</div><div class="author"><em>Ann Lee</em><sup>*</sup>, Bo Chen†, and <span class="more-authors" title="click to view 3 more authors">3 more authors</span></div>
      <div class="periodical"><em>NeurIPS</em>, Dec 2024</div></div></div></li></ol></div>`);
    const [entry] = alfolio.extract(doc, new URL('https://lab.example.edu/publications/')).entries;
    expect(entry).toMatchObject({
      title: 'A Paper',
      authors: ['Ann Lee', 'Bo Chen'],
      authorsTruncated: true,
      authorCount: 5,
      venue: 'NeurIPS',
      date: '2024-12',
    });
  });

  it('the About page of the same 2023 demo build: only the "selected publications" block, not news or posts', () => {
    // real excerpt (test/fixtures/excerpts/alfolio-demo-about-2023-09.html), checked by eye against its markup:
    // div.title, div.author "A. Einstein, B. Podolsky, and N. Rosen", div.periodical "<em>Phys. Rev.</em>, May 1935",
    // span.altmetric-embed[data-doi="10.1103/PhysRev.47.777"], the HTML and PDF buttons, the hidden abstract.
    const url = new URL('https://alshedivat.github.io/al-folio/');
    const scan = alfolio.extract(fixtureDocument('excerpts/alfolio-demo-about-2023-09.html'), url);
    expect(scan.kind).toBe('lab');
    expect(scan.entries).toHaveLength(1);
    expect(scan.entries[0]).toMatchObject({
      title: 'Can Quantum-Mechanical Description of Physical Reality Be Considered Complete?',
      authors: ['A. Einstein', 'B. Podolsky', 'N. Rosen'],
      authorsTruncated: false,
      year: 1935,
      date: '1935-05',
      venue: 'Phys. Rev.',
      ids: { doi: '10.1103/physrev.47.777' },
      url: 'https://journals.aps.org/pr/abstract/10.1103/PhysRev.47.777',
      pdf: 'https://alshedivat.github.io/al-folio/assets/pdf/example_pdf.pdf',
    });
    expect(scan.entries[0]!.abstract).toMatch(/^In a complete theory there is an element .* a wave function is not complete\.$/);
  });

  it('hidden names that hold markup or entities are reduced to text', () => {
    // The real 2023 demo page with its onclick names as jekyll-scholar writes names that carry LaTeX markup (the
    // issue's "Shane Arora<sup><sup> </sup></sup>") and HTML entities: raw markup and an entity inside the JS string.
    const html = fixtureText('pages/alfolio-demo-publications-2023-09.html').replace(
      "? 'Hendrik Antoon Lorentz, Karl Przibram' :",
      () => "? 'Hendrik Antoon Lorentz<sup><sup> </sup></sup>, Karl Prz&amp;#237;bram&lt;sup&gt;&amp;#8224;&lt;/sup&gt;' :",
    );
    expect(html).toContain('Lorentz<sup><sup> </sup></sup>');
    const scan = alfolio.extract(parseHtmlDocument(html), new URL('https://alshedivat.github.io/al-folio/publications/'));
    expect(scan.entries[0]!.authors).toEqual([
      'Albert Einstein',
      'Erwin Schrödinger',
      'Max Planck',
      'Hendrik Antoon Lorentz',
      'Karl Przíbram',
    ]);
    expect(scan.entries[0]!.authors.join()).not.toMatch(/[<>&]|sup/);
  });

  it('hidden names kept in a data-more attribute (forks that replaced the onclick)', () => {
    const doc = parseHtmlDocument(`<ol class="bibliography"><li><div class="row"><div id="k" class="col-sm-8">
      <div class="title">A Paper</div><div class="author">Ann Lee, Bo Chen, and <button type="button" class="more-authors" data-more="Cy D&amp;apos;Ark&lt;sup&gt;*&lt;/sup&gt;, Di Ng" onclick="this.replaceWith(document.createTextNode(this.dataset.more))">2 more authors</button></div>
      <div class="periodical"><em>NeurIPS</em>, Dec 2024</div></div></div></li></ol>`);
    const [entry] = alfolio.extract(doc, new URL('https://lab.example.edu/publications/')).entries;
    expect(entry).toMatchObject({ authors: ['Ann Lee', 'Bo Chen', "Cy D'Ark", 'Di Ng'], authorsTruncated: false });
  });

  it('names the template joins with ",&nbsp;", each inverted as its BibTeX writes it (taniguti-publications, dev)', () => {
    // The page's author line as served: "Family, Given" names joined by ",&nbsp;", the last after "and".
    const doc = parseHtmlDocument(`<ol class="bibliography"><li><div class="row"><div id="k" class="col-sm-8">
      <div class="title">Meta-Analysis of Rose Rosette Disease-Resistant Quantitative Trait Loci and a Search for Candidate Genes</div>
      <div class="author">Hochhaus, Tessa,&nbsp;Lau, Jeekin,&nbsp;Taniguti, Cristiane H.,&nbsp;Young, Ellen L.,&nbsp;Byrne, David H.,&nbsp;and Riera-Lizarazu, Oscar
      </div><div class="periodical"><em>Pathogens</em>, 2023</div></div></div></li></ol>`);
    const [entry] = alfolio.extract(doc, new URL('https://lab.example.edu/publications/')).entries;
    expect(entry!.authors).toEqual([
      'Tessa Hochhaus',
      'Jeekin Lau',
      'Cristiane H. Taniguti',
      'Ellen L. Young',
      'David H. Byrne',
      'Oscar Riera-Lizarazu',
    ]);
    // Not names written given first that the template joins so.
    const given = parseHtmlDocument(`<ol class="bibliography"><li><div class="row"><div id="k" class="col-sm-8">
      <div class="title">A Paper</div><div class="author">Ann Lee,&nbsp;Bo Chen,&nbsp;and Cy Ng</div>
      <div class="periodical"><em>NeurIPS</em>, 2024</div></div></div></li></ol>`);
    expect(alfolio.extract(given, new URL('https://lab.example.edu/publications/')).entries[0]!.authors).toEqual([
      'Ann Lee',
      'Bo Chen',
      'Cy Ng',
    ]);
  });

  it('a chapter\'s book introduced by Spanish "En" (lopezsastre-publicaciones, dev): the venue without it', () => {
    const doc = parseHtmlDocument(
      `<ol class="bibliography"><li> <div class="row publication-item"> <div class="col col-sm-2 abbr"> <abbr class="badge rounded w-100 type-badge is-incollection">Capítulo</abbr> </div> <div id="LopezSastre2023ActualidadProgreso" class="col-sm-10"> <div class="title">La actualidad del «progreso» ilustrado</div> <div class="author"> Gerardo López Sastre </div> <div class="periodical"> <em>En Las luces del progreso y la conciencia de la Modernidad</em> , eds. Gerardo López Sastre, Francisco José Martínez Mesa, Margarita Eva Rodríguez García, y María Luisa Sánchez-Mejía Rodríguez , Tecnos , Madrid , pp. 19–53 , 2023 </div> <div class="periodical"> </div> <div class="links"> </div> </div> </div> </li></ol>`,
    );
    const [entry] = alfolio.extract(doc, new URL('https://gerardolopezsastre.github.io/publicaciones/')).entries;
    expect(entry).toMatchObject({ venue: 'Las luces del progreso y la conciencia de la Modernidad', year: 2023 });
  });

  it('a title typeset by MathJax 3: the TeX the background recovered, else the MathML text once', () => {
    // The first formula of test/fixtures/math/mathjax3-chtml.html (mathjax@3.2.2 output for "$H_0$"), put in a title
    // of the real demo page where its served text had "$H_0$".
    const container = /<mjx-container[\s\S]*?<\/mjx-container>/.exec(fixtureText('math/mathjax3-chtml.html'))![0];
    const page = (mjx: string) =>
      parseHtmlDocument(
        fixtureText('pages/alfolio-demo-publications-2023-09.html').replace(
          'Letters on wave mechanics',
          () => `Letters on ${mjx} mechanics`,
        ),
      );
    const url = new URL('https://alshedivat.github.io/al-folio/publications/');
    expect(alfolio.extract(page('$H_0$'), url).entries[0]!.title).toBe('Letters on $H_0$ mechanics');
    const withTex = container.replace('<mjx-container ', () => '<mjx-container data-papershelf-tex="$H_0$" ');
    expect(alfolio.extract(page(withTex), url).entries[0]!.title).toBe('Letters on $H_0$ mechanics');
    expect(alfolio.extract(page(container), url).entries[0]!.title).toBe('Letters on H0 mechanics');
  });

  it('does not claim pages without an al-folio bibliography', () => {
    expect(alfolio.detect(parseHtmlDocument('<ol class="bibliography"><li>plain</li></ol>'), new URL('https://x.org/'))).toBeNull();
  });
});
