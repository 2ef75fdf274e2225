import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/**
 * The generic reader on card layouts of the former heldout17 pages: each card's title is an element of its own (a
 * <summary>, a heading) and the card's other lines give year, venue and names. Snippets from the real pages, cut down,
 * plus variants; expected fields read off the markup by eye.
 */
function read(html: string, url: string) {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

describe('generic: closed <details> cards, the <summary> a title (guillaumesabiron.github.io)', () => {
  const card = (title: string, meta: string, doi: string) => `<li>
  <details class="reference-item">
    <summary class="reference-title">${title}</summary>
    <div class="description">
      <p class="publication-meta">${meta}</p>
      <p>A sentence or two about what the paper does, as the page writes it under each title.</p>
      <p><a href="https://doi.org/${doi}" target="_blank">Read online</a></p>
    </div>
  </details>
</li>`;
  const html = `<html><body><main><h1>Publications</h1><div class="subheading">Journal articles</div><ul>
${card('Two-directional 1-g visual motion sensor inspired by the fly&rsquo;s eye', '2013 &middot; IEEE Sensors Journal', '10.1109/JSEN.2012.2230622')}
${card('Suboptimal lunar landing GNC using nongimbaled optic-flow sensors', '2015 &middot; IEEE Transactions on Aerospace and Electronic Systems', '10.1109/TAES.2015.130573')}
${card('Data-driven fatigue-oriented MPC applied to wind turbines individual pitch control', '2021 &middot; Renewable Energy', '10.1016/j.renene.2021.02.052')}
</ul></main></body></html>`;

  it('each card is a paper: the summary its title, the hidden meta line its year and venue, the link its DOI', () => {
    expect(
      read(html, 'https://guillaumesabiron.github.io/publications/').map((e) => [e.title, e.authors, e.year, e.venue, e.ids.doi]),
    ).toEqual([
      ['Two-directional 1-g visual motion sensor inspired by the fly’s eye', [], 2013, 'IEEE Sensors Journal', '10.1109/jsen.2012.2230622'],
      [
        'Suboptimal lunar landing GNC using nongimbaled optic-flow sensors',
        [],
        2015,
        'IEEE Transactions on Aerospace and Electronic Systems',
        '10.1109/taes.2015.130573',
      ],
      [
        'Data-driven fatigue-oriented MPC applied to wind turbines individual pitch control',
        [],
        2021,
        'Renewable Energy',
        '10.1016/j.renene.2021.02.052',
      ],
    ]);
  });

  it('a card body with a names line gives the authors (variant)', () => {
    const named = (title: string, year: number) =>
      `<div class="pub"><details><summary>${title}</summary><p>Ana Lima, Jonas Berg and Mei Chen</p><p>${year} | Journal of Hydrology</p></details></div>`;
    const page = `<html><body><main><h2>Papers</h2><section>
${named('Groundwater recharge under shifting monsoon rainfall', 2020)}
${named('A lumped model of karst spring discharge', 2019)}
${named('Snowmelt timing and baseflow in alpine catchments', 2018)}
</section></main></body></html>`;
    expect(read(page, 'https://example.org/pubs/').map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      ['Groundwater recharge under shifting monsoon rainfall', ['Ana Lima', 'Jonas Berg', 'Mei Chen'], 2020, 'Journal of Hydrology'],
      ['A lumped model of karst spring discharge', ['Ana Lima', 'Jonas Berg', 'Mei Chen'], 2019, 'Journal of Hydrology'],
      ['Snowmelt timing and baseflow in alpine catchments', ['Ana Lima', 'Jonas Berg', 'Mei Chen'], 2018, 'Journal of Hydrology'],
    ]);
  });

  it('an FAQ of <details> (questions, no years) is no list of papers', () => {
    const faq = (q: string) => `<details><summary>${q}</summary><p>The answer is on the lab wiki under getting started.</p></details>`;
    const page = `<html><body><main><h2>Joining the lab</h2><div>${faq('How do I apply to the lab?')}${faq('Where is the lab located exactly?')}${faq('What do new students work on first?')}</div></main></body></html>`;
    expect(read(page, 'https://example.org/faq/')).toEqual([]);
  });
});

describe('generic: post-list cards, a heading title and a meta line "Month Year · Names" (Hugo PaperMod, pascalmichaillat.org)', () => {
  const card = (title: string, summary: string, date: string, names: string) => `<article class="post-entry">
  <header class="entry-header"><h2 class="entry-hint-parent">${title}
    </h2></header>
  <div class="entry-content"><p>${summary}</p></div>
  <footer class="entry-footer"><span title='2024-10-01 00:00:00 +0000 UTC'>${date}</span>&nbsp;&middot;&nbsp;${names}</footer>
  <a class="entry-link" aria-label="post link to ${title}" href="https://pascalmichaillat.org/14/"></a>
</article>`;
  const page = (cards: string) =>
    `<html><body><main class="main"><header class="page-header"><h1>Papers</h1></header>${cards}</main><footer class="footer">© 2024</footer></body></html>`;

  it('each card is a paper: the heading its title (capitalised words too), the meta line its year and names', () => {
    const html = page(
      card(
        'Modeling Migration-Induced Unemployment',
        'This paper explains why a wave of in-migration reduces the employment rate of local workers, and why this reduction is larger in bad times.',
        'October 2024',
        'Pascal Michaillat',
      ) +
        card(
          'Has the Recession Started?',
          'This note combines unemployment and job vacancy data to build a new Sahm-type recession rule.',
          'September 2024',
          'Pascal Michaillat,&thinsp;Emmanuel Saez',
        ) +
        card(
          'Critical Values Robust to P-hacking',
          'P-hacking is prevalent in reality but absent from classical hypothesis-testing theory.',
          'May 2024',
          'Adam McCloskey,&thinsp;Pascal Michaillat',
        ),
    );
    expect(read(html, 'https://pascalmichaillat.org/papers/').map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Modeling Migration-Induced Unemployment', ['Pascal Michaillat'], 2024],
      ['Has the Recession Started?', ['Pascal Michaillat', 'Emmanuel Saez'], 2024],
      ['Critical Values Robust to P-hacking', ['Adam McCloskey', 'Pascal Michaillat'], 2024],
    ]);
  });

  it('a meta line with a venue part gives it too (variant: "2019 · Journal · Names")', () => {
    const html = page(
      card(
        'Tidal mixing in a shallow estuary',
        'We measure mixing over a spring-neap cycle.',
        '2019 &middot; Estuaries and Coasts',
        'Lena Vogt, Omar Haddad',
      ) +
        card(
          'Sediment plumes after dredging',
          'Plumes were tracked with drifters and gliders.',
          '2018 &middot; Marine Geology',
          'Omar Haddad',
        ) +
        card(
          'A budget of salt for the inner shelf',
          'A twelve-year record closes the salt budget.',
          '2017 &middot; Ocean Science',
          'Lena Vogt, Ruth Ochieng',
        ),
    );
    expect(read(html, 'https://example.org/papers/').map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      ['Tidal mixing in a shallow estuary', ['Lena Vogt', 'Omar Haddad'], 2019, 'Estuaries and Coasts'],
      ['Sediment plumes after dredging', ['Omar Haddad'], 2018, 'Marine Geology'],
      ['A budget of salt for the inner shelf', ['Lena Vogt', 'Ruth Ochieng'], 2017, 'Ocean Science'],
    ]);
  });

  it("a blog's post list (one author on every card, reading times) is no list of papers", () => {
    const html = page(
      card('Notes on moving the lab website', 'Why we left the old CMS.', 'March 2024 &middot; 4 min', 'Pascal Michaillat') +
        card('What I read this summer', 'Five books on labour markets.', 'August 2023 &middot; 6 min', 'Pascal Michaillat') +
        card('Teaching macro with simulations', 'A classroom experiment.', 'January 2023 &middot; 3 min', 'Pascal Michaillat'),
    );
    expect(read(html, 'https://example.org/posts/')).toEqual([]);
  });
});

describe('generic: <h3> title, a bold byline, a bold venue line, <hr> between (Jekyll post layout, analuisasilva90.github.io)', () => {
  const entry = (title: string, byline: string, venue: string, about: string) => `<h3>${title}</h3>
<p>${byline}</p>
<p>${venue}</p>
<div style="text-align: justify">${about}</div>
<p><br style="clear:both;" /></p>
<hr />`;
  const html = `<html><body><main><article class="page"><h1>Publications</h1>
${entry('Muscle pain in the elderly: two cases of polymyalgia rheumatica', '<strong>Ana Silva</strong>', '<strong>Medical Journal MGF &amp; Ciência</strong>, December 2020', 'A clinical case report describing two cases of polymyalgia rheumatica in elderly patients.')}
${entry('The importance of social determinants and health literacy', '<strong>Ana Silva</strong>', '<strong>Jornal Médico</strong>, January 2020 (Published online)', 'An article discussing the critical role of social determinants of health.')}
${entry('Use of Melatonin in Migraine: What is the evidence?', '<strong>Ana Silva</strong>', '<strong>III Jornadas Camilo Castelo Branco</strong>, September 2019 — <em>Poster Presentation</em>', 'A poster reviewing the current evidence for the use of melatonin in migraine prevention.')}
${entry('Acromegaly — A Case Report', '<strong>Ana Silva</strong>', '<strong>Medical Academy</strong>, June 2017 — <em>Poster Presentation</em>', 'A poster case report on acromegaly.')}
</article></main></body></html>`;

  it('the bold name under each heading is a byline, not the title of another entry: one entry per heading', () => {
    expect(read(html, 'https://analuisasilva90.github.io/publications/').map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Muscle pain in the elderly: two cases of polymyalgia rheumatica', ['Ana Silva'], 2020],
      ['The importance of social determinants and health literacy', ['Ana Silva'], 2020],
      ['Use of Melatonin in Migraine: What is the evidence?', ['Ana Silva'], 2019],
      ['Acromegaly — A Case Report', ['Ana Silva'], 2017],
    ]);
  });
});

describe('generic: one <span class="author"> per author with nothing between (Docusaurus blog list, wong-lab.github.io)', () => {
  const orcid = (id: string) => `<a href="http://orcid.org/${id}"><img src="/img/orcid.svg" alt="orcid" height="12" width="12"></a>`;
  const author = (name: string, last = false) =>
    `<span class="author_zTzN${last ? ' author-last_R2KS' : ''}">${orcid('0000-0001-5321-1694')}<span>${name}</span></span>`;
  const post = (slug: string, title: string, names: string[], year: number, journal: string) =>
    `<article class="margin-bottom--xl"><header><h2 class="blogPostTitle_nmLu"><a href="/publications/${slug}">${title}</a></h2><div>${names
      .map((n, i) => author(n, i === names.length - 1))
      .join(
        '',
      )}</div><div class="blogPostData_3WzT margin-vert--md"><time datetime="${year}-07-01T00:00:00.000Z">Published on ${year}</time> · <a href="http://dx.doi.org/10.1016/${slug}">${journal}</a> · <a href="/pdfs/${slug}.pdf">PDF</a></div></header><div class="markdown"></div></article>`;
  const html = `<html><body><div class="main-wrapper"><main class="col col--7">
${post('j.jbc.2021.100828', 'Sequence determinants in the cathelicidin LL-37 that promote inflammation via presentation of RNA to scavenger receptors', ['Nikhil N. Kulkarni', 'Alan M. O’Neill', 'Tatsuya Dokoshi', 'Gerard C.L. Wong'], 2021, 'Journal of Biological Chemistry')}
${post('j.bpj.2020.01.001', 'Membrane curvature sensing by antimicrobial peptides', ['Ernest Y. Lee', 'Gerard C.L. Wong'], 2020, 'Biophysical Journal')}
${post('j.cell.2019.02.002', 'Surface sensing in early biofilm formation', ['Calvin K. Lee', 'William C. Schmidt', 'Gerard C. L. Wong'], 2019, 'Cell')}
</main></div></body></html>`;

  it('each span is one author', () => {
    expect(read(html, 'https://wong-lab.github.io/publications/').map((e) => e.authors)).toEqual([
      ['Nikhil N. Kulkarni', 'Alan M. O’Neill', 'Tatsuya Dokoshi', 'Gerard C.L. Wong'],
      ['Ernest Y. Lee', 'Gerard C.L. Wong'],
      ['Calvin K. Lee', 'William C. Schmidt', 'Gerard C. L. Wong'],
    ]);
  });
});

describe('generic: NCBI-ordered items "<em>Title.</em> <strong>Journal</strong>. Date. Names. PMID" with a link row (lotempio, React)', () => {
  const item = (title: string, journal: string, rest: string, href: string) =>
    `<li><div class="ant-typography"><em>${title}.</em> <strong>${journal}</strong>. ${rest}</div><div class="ant-typography"><a href="${href}">${href}</a></div></li>`;
  const html = `<html><body><main><h2>Publications</h2><ol>
${item('Impact of the 23andMe bankruptcy on preserving the public benefit of scientific data', 'Nature Genetics', '2025. LoTempio J, Donohue C, Moreno J, Santos Rutschman A, Contreras JL.', 'https://doi.org/10.1038/s41588-025-02423-8')}
${item('Ethics choices during the Human Genome Project reflected their policy world, not ours', 'Cell Genomics', '2025 May 14; 5(5):100841. LoTempio JE, Donohue CR, Moreno JD, Cook-Deegan R. PMID: 40373741.', 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC12143320')}
${item('Overcoming challenges associated with broad sharing of human genomic data', 'Nature Genetics', '2025 Feb; 57(2):287–294. LoTempio JE, Moreno JD. PMID: 39843657.', 'https://doi.org/10.1038/s41588-024-02049-2')}
</ol></main></body></html>`;

  it("the names closing each item are its authors (not the journal read as one name); the item's link row gives its DOI", () => {
    expect(read(html, 'https://lotempio-lab.org/publications').map((e) => [e.title, e.authors, e.year, e.venue, e.ids.doi])).toEqual([
      [
        'Impact of the 23andMe bankruptcy on preserving the public benefit of scientific data',
        ['J LoTempio', 'C Donohue', 'J Moreno', 'A Santos Rutschman', 'JL Contreras'],
        2025,
        'Nature Genetics',
        '10.1038/s41588-025-02423-8',
      ],
      [
        'Ethics choices during the Human Genome Project reflected their policy world, not ours',
        ['JE LoTempio', 'CR Donohue', 'JD Moreno', 'R Cook-Deegan'],
        2025,
        'Cell Genomics',
        undefined,
      ],
      [
        'Overcoming challenges associated with broad sharing of human genomic data',
        ['JE LoTempio', 'JD Moreno'],
        2025,
        'Nature Genetics',
        '10.1038/s41588-024-02049-2',
      ],
    ]);
  });
});

describe('generic: a Quarto grid listing of cards with a title and a date only (pabsantos)', () => {
  const card = (href: string, title: string, date: string) =>
    `<div class="g-col-1"><a href="${href}" class="quarto-grid-link"><div class="quarto-grid-item card h-100 card-left">
<p class="card-img-top"><img src="img/x.png" class="thumbnail-image card-img"></p>
<div class="card-body post-contents"><h5 class="no-anchor card-title listing-title">${title}</h5>
<div class="card-attribution card-text-small end"><div class="listing-date">${date}</div></div></div></div></a></div>`;
  const page = (heading: string) => `<html><head><title>${heading} – Pedro Borges</title></head><body><main>
<h1 class="title">${heading}</h1>
<div class="quarto-listing quarto-listing-container-grid"><div class="list grid quarto-listing-cols-3">
${card('https://proceedings.science/anpet-2024/trabalhos/velocidades-inseguras', 'Velocidades inseguras em Curitiba-PR', '6 de nov. de 2024')}
${card('https://proceedings.science/anpet-2024/trabalhos/time-savings', 'Estimation of time savings during speeding', '6 de nov. de 2024')}
${card('https://www.onsv.org.br/source/files/originals/VELOCIDADES.pdf', 'Velocidades inseguras no entorno de unidades de saúde e escolas', '16 de out. de 2024')}
${card('https://doi.org/10.1000/renaest', 'Análise da completude dos dados no Registro Nacional de Acidentes', 'Dec 4, 2023')}
</div></div></main></body></html>`;

  it('on a publications page each card is a paper: its title and the year of its date, no names', () => {
    expect(
      read(page('Publicações'), 'https://pabsantos.github.io/homepage/publicacoes.html').map((e) => [e.title, e.authors, e.year]),
    ).toEqual([
      ['Velocidades inseguras em Curitiba-PR', [], 2024],
      ['Estimation of time savings during speeding', [], 2024],
      ['Velocidades inseguras no entorno de unidades de saúde e escolas', [], 2024],
      ['Análise da completude dos dados no Registro Nacional de Acidentes', [], 2023],
    ]);
  });
  it("a blog's post listing of the same shape is no list of papers", () => {
    expect(read(page('Blog'), 'https://pabsantos.github.io/homepage/blog.html')).toEqual([]);
  });
});
