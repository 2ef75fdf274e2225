import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on layouts of the former heldout77 pages (study14bo), from real entries of those pages. */
function read(html: string, url = 'https://lab.example.org/publications.html') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

describe('a bare list of linked titles, places and years in the titles (arbodiagen-publishedarticles)', () => {
  const li = (href: string, title: string) => `<li><p><a href="${href}">${title}</a></p></li>`;
  const page = (items: string[]) =>
    `<html><head><title>Publications</title></head><body><main><h1 class="title">List of publications Updates 06/08/2024</h1>
    <ol type="1">${items.join('\n')}</ol></main></body></html>`;
  it('reads each link as a title', () => {
    const entries = read(
      page([
        li('https://www.mdpi.com/2076-393X/11/10/1537', 'Molecular Evolution of Dengue Virus 3 in Senegal between 2009 and 2022'),
        li('https://www.mdpi.com/2414-6366/7/12/420', 'Analysis of a Dengue Virus Outbreak in Rosso, Senegal 2021'),
        li(
          'https://wwwnc.cdc.gov/eid/article/30/4/23-1301_article',
          'Reemergence of Sylvatic Dengue Virus Serotype 2 in Kedougou, Senegal, 2020',
        ),
        li('https://www.mdpi.com/1999-4915/13/1/57', 'Origin and Spread of the Dengue Virus Type 1, Genotype V in Senegal, 2015-2019'),
        li(
          'https://www.ajtmh.org/view/journals/tpmd/104/4/article-p1335.xml',
          'Identification of Pathogens Potentially Associated with Non-Malarial Fever in Children',
        ),
      ]),
    );
    expect(entries.map((e) => e.title)).toEqual([
      'Molecular Evolution of Dengue Virus 3 in Senegal between 2009 and 2022',
      'Analysis of a Dengue Virus Outbreak in Rosso, Senegal 2021',
      'Reemergence of Sylvatic Dengue Virus Serotype 2 in Kedougou, Senegal, 2020',
      'Origin and Spread of the Dengue Virus Type 1, Genotype V in Senegal, 2015-2019',
      'Identification of Pathogens Potentially Associated with Non-Malarial Fever in Children',
    ]);
  });
  it('reads no titles from links a year in brackets dates', () => {
    const entries = read(
      page([
        li('https://www.mdpi.com/2076-393X/11/10/1537', 'Our new paper in Vaccines (2023)'),
        li('https://www.mdpi.com/2414-6366/7/12/420', 'Our outbreak report in Tropical Medicine (2022)'),
        li('https://www.mdpi.com/1999-4915/13/1/57', 'Our genomics paper in Viruses (2021)'),
      ]),
    );
    expect(entries.map((e) => e.title)).not.toContain('Our new paper in Vaccines (2023)');
  });
  it('reads no titles from a listing’s date and journal links (admirjr-publications)', () => {
    const entries = read(
      page([
        li('https://doi.org/10.1038/s41559-026-03123-0', 'Jun 1, 2026 Nature Ecology and Evolution'),
        li('https://doi.org/10.4257/oeco.2026.3002.01', 'Jun 1, 2026 Oecologia Australis'),
        li('https://doi.org/10.1016/j.jnc.2025.127120', 'Jan 1, 2026 Journal for Nature Conservation'),
      ]),
    );
    expect(entries).toEqual([]);
  });
});

describe('"Family, Given" names, "(in prep)" in the year’s place (kerr-pubs)', () => {
  it('reads the manuscripts in preparation in a list with a comma typed before a middle initial', () => {
    const p = (names: string, when: string, rest: string) => `<p>${names} (${when}) ${rest}</p>`;
    const kerr = '<strong>Kerr, Natalie Z.</strong>';
    const entries = read(`<html><body><h2>Publications</h2><div id="content">
      ${p(`${kerr}, Wepprich, Tyson, Grevstad, Fritzi S., Dopman, Erik B., Chew, Frances S., and Crone, Elizabeth E.`, '2020', 'Developmental trap or demographic bonanza? Opposing consequences of earlier phenology in a changing climate for a multivoltine butterfly. <em>Global Change Biology</em>, 00:1-14. [<a href="https://onlinelibrary.wiley.com/doi/10.1111/gcb.14959">Link here</a>]')}
      ${p(`${kerr}, Crone, Elizabeth E., and Chew, Frances S.`, '2020', 'Life history trade-offs are more pronounced for native butterfly species compared to invasive congener (Pieris spp.). <em>Population Ecology</em>, 62:119-133.')}
      ${p(`Iles, David T., Pugesek, Genevieve, ${kerr}, Dorian, Nicholas, N., and Crone, Elizabeth E.`, '2019', 'Accounting for imperfect detection in studies of sessile life cycle stages: a case study of bumble bee colonies. <em>J Insect Conserv</em>, 23:945-955.')}
      ${p(`${kerr}, Malfi, Rosemary L., Williams, Neal M., and Crone, Elizabeth E.`, 'in review', 'Larger workers outperform smaller workers across resource environments: an evaluation of demographic data using functional linear models.')}
      ${p(`Ramula, Satu, ${kerr}, and Crone, Elizabeth E.`, 'in prep', 'Stochastic population dynamics and temporal autocorrelation: insights from a 27-year study of a long-lived plant.')}
      ${p(`${kerr}, Williams, Neal M., and Crone, Elizabeth E.`, 'in prep', 'Transient dynamics of bumblebee colony growth and optimal size distributions.')}
      ${p(`${kerr}, Louthan, Allison, Walters, Jeff, and Morris, William F.`, 'in prep', 'Consequences of sex-based sociality on the reproductive success in the cooperative breeding red-cockaded woodpecker.')}
    </div></body></html>`);
    expect(entries.find((e) => e.title.startsWith('Accounting for imperfect detection'))?.authors).toEqual([
      'David T. Iles',
      'Genevieve Pugesek',
      'Natalie Z. Kerr',
      'Nicholas N. Dorian',
      'Elizabeth E. Crone',
    ]);
    expect(entries.find((e) => e.title.startsWith('Transient dynamics'))?.authors).toEqual([
      'Natalie Z. Kerr',
      'Neal M. Williams',
      'Elizabeth E. Crone',
    ]);
    expect(entries).toHaveLength(7);
  });
});

describe('a hand-written GB/T 7714 page: linked titles over "Names.Journal,Year" paragraphs (rejubio-publications)', () => {
  const item = (title: string, cite: string, stray = false) =>
    `<div class="views-field views-field-title"><span class="field-content"><a href="PDF/x.pdf">${title}${stray ? '</div>' : ''}</a></span>
    <p class="publication-authors and publication-journal">${cite}</p>${stray ? '' : '</div>'}`;
  const html = `<html><body><section id="publications"><h1>发表文章</h1><div class="publication-section 1"><h2>衰老理论</h2><div>
    ${item('细胞衰老的端粒DNA和核糖体DNA共调控假说[J]', '黄必录.医学争鸣,2021,12(03):9-15.DOI:10.13276/j.issn.1674-8913.2021.03.003.')}
    ${item('衰老的生命周期程序驱动学说[J]', '黄必录.中国老年病杂志,2011,8(03):167-185')}
    ${item('个体发育和端粒的关系[J]', '黄必录.中国老年病杂志,2008,3(05):57-58')}
    ${item('端粒衰老学说具有普适性[J]', '黄必录.中国老年病杂志,2006,6(03):101')}
    ${item('去衰老的几个技术构想. 修复干细胞端粒的技术构想. 个体衰老的原因', '黄必录.02第一届国际老年医药学术会议,2002(10):71-72', true)}
    </div></div></section></body></html>`;
  const entries = read(html);
  it('gives the journal alone as the venue, not the paragraph that also holds the names', () => {
    expect(entries.find((e) => e.title === '衰老的生命周期程序驱动学说')).toMatchObject({
      authors: ['黄必录'],
      venue: '中国老年病杂志',
      year: 2011,
    });
  });
  it('reads a title whose stray end tag put its paragraph after its block', () => {
    expect(entries.find((e) => e.title.startsWith('去衰老的几个技术构想'))).toMatchObject({ authors: ['黄必录'], year: 2002 });
  });
});

describe('Greene lab-website-template cards (feglab-research, auxierlab-research, dnareplication-publications)', () => {
  const card = (title: string, authors: string, publisher: string, date: string, id: string) => `<div class="citation-container">
  <div class="citation"><a href="https://doi.org/${id}" class="citation-image" aria-label="${title}"><img src="" alt="${title}"></a>
    <div class="citation-text"><a href="https://doi.org/${id}" class="citation-title">${title}</a>
      <div class="citation-authors" tabindex="0">${authors}</div>
      <div class="citation-details"><span class="citation-publisher">${publisher}</span> · <span class="citation-date">${date}</span> · <span class="citation-id">doi:${id}</span></div>
    </div></div></div>`;
  const highlighted = card(
    'A complex mechanism translating variation of a simple genetic architecture into alternative life histories',
    'Jukka-Pekka Verta, Jacqueline E. Moustakas-Verho, Iikki Donner, Craig R. Primmer',
    'Proceedings of the National Academy of Sciences',
    '19 Nov 2024',
    '10.1073/pnas.2402386121',
  );
  const html = `<html><head><title>Research</title></head><body><main>
  <section><h2 id="highlighted">Highlighted</h2>${highlighted}</section>
  <section><h2 id="all">All</h2>
  <h3 id="2025">2025</h3>
  ${card('Testicular heterochrony in <i>vgll3</i> -mediated maturation age in Atlantic salmon', 'Ehsan Pashay Ahi, Jukka-Pekka Verta, Johanna Kurko, Craig R Primmer', 'G3: Genes, Genomes, Genetics', '01 Aug 2025', '10.1093/g3journal/jkaf196')}
  ${card('Brain-associated alterations of Hippo pathway transcription factors in Atlantic salmon', 'Ehsan Pashay Ahi, Craig R Primmer', 'Genes', '14 Mar 2025', '10.3390/genes16030335')}
  <h3 id="2024">2024</h3>
  ${highlighted}
  ${card('Sex-, development-, and nutrition-dependent expression of a major age at maturity gene', 'Ehsan Pashay Ahi, Marion Sinclair-Waters, Craig R Primmer', 'Molecular Ecology', '02 Feb 2024', '10.1111/mec.17289')}
  <h3></h3>
  ${card('Evolutionary genetics of nonself recognition regarding social and sexual interactions of fungi', 'Ben Auxier', 'Wageningen University and Research', '[no date info]', '10.18174/587592')}
  </section></main></body></html>`;
  const entries = read(html, 'https://lab.example.org/research/');
  it('gives the publisher span as the venue', () => {
    expect(entries.find((e) => e.title.startsWith('Testicular heterochrony'))?.venue).toBe('G3: Genes, Genomes, Genetics');
  });
  it('dates nothing under the empty heading after the year headings', () => {
    const undated = entries.find((e) => e.title.startsWith('Evolutionary genetics of nonself'));
    expect(undated?.year).toBeUndefined();
    expect(undated?.venue).toBe('Wageningen University and Research');
    expect(entries.find((e) => e.title.startsWith('Sex-, development-'))?.year).toBe(2024);
  });
});

describe('an empty heading of another level is a spacer', () => {
  it('keeps the year of the heading above it', () => {
    const p = (t: string) =>
      `<p>Ahi, E. P., &amp; Primmer, C. R. ${t}. <em>Molecular Ecology</em>, 33(4), e17289. https://doi.org/10.1111/mec.17289</p>`;
    const entries = read(
      `<html><body><h2>Publications</h2><h3>2020</h3><h4></h4>${p('First title of a paper on salmon maturation')}<h4></h4>${p('Second title of a paper on salmon maturation')}<h4></h4>${p('Third title of a paper on salmon maturation')}</body></html>`,
    );
    expect(entries.map((e) => e.year)).toEqual([2020, 2020, 2020]);
  });
});
