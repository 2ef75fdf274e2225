import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on layouts of the former heldout66 / heldout67 pages (study14av), from real entries of those pages. */
function read(html: string, url = 'https://lab.example.org/publications.html') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

describe('kind badges after a bold title (scheucher-publications)', () => {
  // Real items of the page: <strong>Title</strong> then <span class="badge badge--conference">conference</span> (one or two).
  const html = `<ol class="number" reversed>
  <li>
    <strong>Plane Hamiltonian Cycles in Convex Drawings</strong>
    <span class="badge badge--conference">conference</span><span class="badge badge--journal">journal</span>
    <div class="meta">
      with Helena Bergold, Stefan Felsner, Joachim Orthaber and Meghana M. Reddy.<br>
      In Proceedings of the 49th International Symposium on Computational Geometry (SoCG 2024), LIPIcs 293, 2024, pp. 18:1–18:16 ·
      <a href="https://doi.org/10.4230/LIPIcs.SoCG.2024.18" target="_blank" rel="noopener">doi</a><br>
      In Discrete &amp; Computational Geometry, 2025 ·
      <a href="http://doi.org/10.1007/s00454-025-00752-3" target="_blank" rel="noopener">doi</a> ·
      <a href="http://arxiv.org/abs/2403.12898" target="_blank" rel="noopener">arXiv:2403.12898</a>
    </div>
  </li>
  <li>
    <strong>Happy ending: An empty hexagon in every set of 30 points</strong>
    <span class="badge badge--conference">conference</span>
    <div class="meta">
      with Marijn J. H. Heule.<br>
      In Proceedings of the 30th International Conference on Tools and Algorithms for the Construction and Analysis of Systems (TACAS 2024), LNCS 14570, Springer, 2024, pp. 61–80 ·
      <a href="http://doi.org/10/mqjs" target="_blank" rel="noopener">doi</a> ·
      <a href="http://arxiv.org/abs/2403.00737" target="_blank" rel="noopener">arXiv:2403.00737</a>
    </div>
  </li>
  <li>
    <strong>On the Average Complexity of the k-Level</strong>
    <span class="badge badge--journal">journal</span>
    <div class="meta">
      with Man-Kwun Chiu, Stefan Felsner, Patrick Schnider, Raphael Steiner, and Pavel Valtr.<br>
      In Journal of Computational Geometry 11(1), 2020, pp. 493–506 ·
      <a href="http://doi.org/10.20382/jocg.v11i1a19" target="_blank" rel="noopener">doi</a> ·
      <a href="http://arxiv.org/abs/1911.02408" target="_blank" rel="noopener">arXiv:1911.02408</a>
    </div>
  </li>
</ol>`;

  it('reads the title without its badges, and no badge as the venue', () => {
    expect(read(html).map((e) => [e.title, e.authors.length, e.year, e.venue])).toEqual([
      [
        'Plane Hamiltonian Cycles in Convex Drawings',
        4,
        2024,
        'Proceedings of the 49th International Symposium on Computational Geometry (SoCG 2024)',
      ],
      [
        'Happy ending: An empty hexagon in every set of 30 points',
        1,
        2024,
        'Proceedings of the 30th International Conference on Tools and Algorithms for the Construction and Analysis of Systems (TACAS 2024)',
      ],
      ['On the Average Complexity of the k-Level', 5, 2020, 'Journal of Computational Geometry'],
    ]);
  });
});

describe('post cards with a byline "By Names in Category" (cserc-research, Hugo Apéro)', () => {
  // Real cards of the page (abstracts shortened): <h1> title link, abstract, date line, byline, Download and DOI buttons.
  const card = (slug: string, title: string, date: string, names: string, category: string, doi: string) => `<article class="pt4 w-100">
  <div class="flex flex-column flex-row-ns mb3 mb4-l">
    <figure class="mr3-ns ma0 mb2 mb0-l w-100 w-30-ns"><a href="/research/${slug}/" class="db"></a></figure>
    <div class="flex flex-column w-100 w-70-ns pl3-ns">
      <header class="w-100"><h1 class="f4 mv1 lh-title underline"><a href="/research/${slug}/" class="db">${title}</a></h1></header>
      <p class="f6 lh-copy mv2 flex-auto measure-wide">Abstract     Background We examined associations between the measures and the outcomes over the period.</p>
      <footer class="w-100">
      <p class="f7 dib mv1">
  ${date}
</p>
      <br />
        <p class="f7 dib mv1">By ${names} in <a href="https://criticalsocialepi.org/categories/${category.toLowerCase().replaceAll(' ', '-')}">${category}</a> </p>
        <p class="db pt1">
  <a class="btn-links mr2 ba dib" href="/pdf/${slug}.pdf" ><i class="fas fa-file-pdf fa-lg fa-fw mr2"></i>Download</a>
  <a class="btn-links mr2 ba dib" href="https://doi.org/${doi}" target="_blank" rel="noopener"><i class="fas fa-external-link-alt fa-lg fa-fw mr2"></i>DOI</a>
        </p>
    </footer>
    </div>
  </div>
</article>`;
  const html = `<html><head><title>Peer-Reviewed Research</title></head><body><main class="page-main pa4" role="main">
  <section class="blog-intro mw7 center mb5"><h2 class="f2 f1-ns lh-solid tc center fw4">Peer-Reviewed Research</h2></section>
  <section class="blog-content mw7 center"><section class="group-content pb3 pb4-ns bt"><h5 class="f4 fw7 tracked ttu lh-title mv3">2022</h5>
  ${card('eisenberg-guyot-wage-2022', 'Wage theft and life expectancy inequities in the United States: A simulation study', 'April 1, 2022', 'Jerzy Eisenberg-Guyot, Katherine M. Keyes, Seth J. Prins, Sarah McKetta, Stephen J. Mooney, Lisa M. Bates, Melanie M. Wall, Jonathan M. Platt', 'Class conflict and public health', '10.1016/j.ypmed.2022.107068')}
  ${card('mcketta-structural-sexism-2022', 'Structural sexism and Women&rsquo;s alcohol use in the United States, 1988–2016', 'March 1, 2022', 'Sarah McKetta, Seth J. Prins, Deborah Hasin, Megan E. Patrick, Katherine M. Keyes', 'Gender and public health', '10.1016/j.socscimed.2022.114976')}
  ${card('gimbrone-politics-2022', 'The politics of depression: Diverging trends in internalizing symptoms among US adolescents by political beliefs', 'January 1, 2022', 'Catherine Gimbrone, Lisa M. Bates, Seth J. Prins, Katherine M. Keyes', 'Politics and public health', '10.1016/j.ssmmh.2021.100043')}
  </section></section></main></body></html>`;

  it('reads the byline as the names, not the category after "in"', () => {
    expect(read(html, 'https://criticalsocialepi.org/research/').map((e) => [e.title.slice(0, 20), e.authors, e.year, e.ids.doi])).toEqual([
      [
        'Wage theft and life ',
        [
          'Jerzy Eisenberg-Guyot',
          'Katherine M. Keyes',
          'Seth J. Prins',
          'Sarah McKetta',
          'Stephen J. Mooney',
          'Lisa M. Bates',
          'Melanie M. Wall',
          'Jonathan M. Platt',
        ],
        2022,
        '10.1016/j.ypmed.2022.107068',
      ],
      [
        'Structural sexism an',
        ['Sarah McKetta', 'Seth J. Prins', 'Deborah Hasin', 'Megan E. Patrick', 'Katherine M. Keyes'],
        2022,
        '10.1016/j.socscimed.2022.114976',
      ],
      [
        'The politics of depr',
        ['Catherine Gimbrone', 'Lisa M. Bates', 'Seth J. Prins', 'Katherine M. Keyes'],
        2022,
        '10.1016/j.ssmmh.2021.100043',
      ],
    ]);
  });
});

describe('a linked title that opens with a quotation, a number after it (labhdufba-publications, ABNT)', () => {
  const entry = (names: string, href: string, title: string, venue: string) =>
    `<p>${names} <a href="${href}"\n\n target="_blank"\n\n>${title}</a>. ${venue}</p>\n<hr>`;
  const html = `<html><head><title>Publicações</title></head><body><div class="content">
<h5 id="2018">2018</h5>
${entry('NASCIMENTO, L.; ALECRIM, M.; OLIVEIRA, J.; OLIVEIRA, M.; COSTA, S.', 'https://www.revistas.usp.br/plural/article/view/149019/146180', '“Não falo o que o povo quer, sou o que o povo quer”: 30 anos (1987-2017) de pautas políticas de Jair Bolsonaro nos jornais brasileiros', '<strong>Plural</strong>: Revista De Ciências Sociais, 25(1), 135-171, 2018.')}
<h5 id="2016">2016</h5>
${entry('NASCIMENTO, L.', 'https://www.scielo.br/j/soc/a/y9gtcQSrjjXVyRfryrKpXBk/?format=pdf&amp;lang=pt', 'A Sociologia Digital: um desafio para o século XXI', 'Sociologias (UFRGS), v. 18, p. 216-241, 2016.')}
${entry('NASCIMENTO, L.', 'https://journals.sub.uni-hamburg.de/hup2/crolar/article/view/1181', 'O caso Uber no Brasil: um ensaio de sociologia digital', 'CROLAR: Crticial Reviews in Latin American Research, v. 5, p. 1, 2016.')}
</div></body></html>`;

  it('keeps the opening quote the title closes before going on', () => {
    expect(read(html, 'https://labhd.ufba.br/pt/publications/')[0]?.title).toBe(
      '“Não falo o que o povo quer, sou o que o povo quer”: 30 anos (1987-2017) de pautas políticas de Jair Bolsonaro nos jornais brasileiros',
    );
  });
});
