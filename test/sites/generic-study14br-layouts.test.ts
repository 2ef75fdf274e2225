import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on layouts of the former heldout81 pages (study14br), from real entries of those pages. */
function read(html: string, url = 'https://lab.example.org/publications.html') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

describe('a year | title | journal table naming no one (akaishilab-publications)', () => {
  const row = (year: string, title: string, venue: string, doi?: string) =>
    `<tr><td style="text-align: center;">${year}</td><td style="text-align: left;">${
      doi ? `<a href="https://doi.org/${doi}" target="_blank">${title}</a>` : title
    }</td><td style="text-align: left;">${venue}</td></tr>`;
  const rows = [
    row(
      '2024',
      'Citizen‐participatory nationwide survey of mountain streamwater chemistry in Japan in 2022: Comparison of nitrate concentrations with the 2003 survey',
      'Ecological Research',
      '10.1111/1440-1703.12465',
    ),
    row('2023', '芦生研究林のきのこ相: 過去の文献調査と2019-2021の現地調査から', '森林研究', '10.60409/forestresearch.82.0_1'),
    row('2022', '自然保護活動等に関する世代間の参加意識の差とその要因', '地域自然史と保全'),
    row('2013', '過疎高齢化地域の老朽化・放棄ため池の新たな利活用創造に向けた取り組み．', '農業農村工学会誌'),
  ].join('\n');
  const table = (header: string) =>
    `<h2>論文等（一部）</h2><table class="table table-sm"><thead><tr class="header">${header}</tr></thead><tbody>${rows}</tbody></table>`;

  it('reads each row as its title, year and journal cells, with no names', () => {
    const entries = read(table('<th>年</th><th>タイトル</th><th>誌名</th>'));
    expect(entries.map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      [
        'Citizen‐participatory nationwide survey of mountain streamwater chemistry in Japan in 2022: Comparison of nitrate concentrations with the 2003 survey',
        [],
        2024,
        'Ecological Research',
      ],
      ['芦生研究林のきのこ相: 過去の文献調査と2019-2021の現地調査から', [], 2023, '森林研究'],
      ['自然保護活動等に関する世代間の参加意識の差とその要因', [], 2022, '地域自然史と保全'],
      ['過疎高齢化地域の老朽化・放棄ため池の新たな利活用創造に向けた取り組み', [], 2013, '農業農村工学会誌'],
    ]);
    expect(entries[1]!.ids.doi).toBe('10.60409/forestresearch.82.0_1');
  });

  it('reads an English header the same way', () => {
    const entries = read(table('<th>Year</th><th>Title</th><th>Journal</th>'));
    expect(entries.map((e) => [e.authors.length, e.year, e.venue])).toEqual([
      [0, 2024, 'Ecological Research'],
      [0, 2023, '森林研究'],
      [0, 2022, '地域自然史と保全'],
      [0, 2013, '農業農村工学会誌'],
    ]);
  });

  it('leaves a table whose header labels a names column to the names rule', () => {
    const named = `<h2>Publications</h2><table><thead><tr><th>Year</th><th>Title</th><th>Authors</th></tr></thead><tbody>
<tr><td>2024</td><td>Streamwater chemistry of mountain catchments in Japan</td><td>Akaishi D, Ishihara M, Tokuchi N</td></tr>
<tr><td>2023</td><td>Macrofungal fruiting bodies in central and northern Japan</td><td>Akaishi D, Nakamura K</td></tr>
<tr><td>2022</td><td>Participation in nature conservation across generations</td><td>Ishihara M, Akaishi D</td></tr>
</tbody></table>`;
    expect(read(named).map((e) => e.authors.length)).toEqual([3, 2, 2]);
    // A names column under a label of another spelling (JabRef's table export: "Author(s) | Title | Year").
    const jabref = named.replace('<th>Year</th><th>Title</th><th>Authors</th>', '<th>Year</th><th>Title</th><th>Author(s)</th>');
    expect(read(jabref).every((e) => e.authors.length >= 2)).toBe(true);
  });
});

describe('a status badge before the names (fsolt-research, a Quarto listing)', () => {
  const item = (status: string, names: string, rest: string) => `<li class="project">${status}${names}. ${rest}</li>`;
  const badge = (cls: string, text: string) => `<span class="status ${cls}"><i class="fa-solid fa-glasses"></i> ${text}</span> `;
  const html = `<h1>Research</h1><h2>Working Papers</h2><ul>
${item(badge('btn-success', 'Under Review'), '<a href="https://cassyuehtai.netlify.app">Tai, Yuehong Cassandra</a>, and <strong>Frederick Solt</strong>', '2024. “Trust in Civil Servants: A Cross-National Dataset for Public Policy Research, 1986–2022.” <em>SocArXiv</em>.')}
${item(badge('btn-success', 'Under Review'), '<a href="https://haofengma.org/">Ma, Haofeng</a>, <a href="https://jeongho-choi.github.io/">Jeongho Choi</a>, and <strong>Frederick Solt</strong>', '2024. “Macrodiscontent Across Countries.” <em>SocArXiv</em>.')}
${item('', '<strong>Solt, Frederick</strong>', '2025. “Facing Change Again: Meta-Analyses of Gender and Climate Change Attitudes Worldwide.” <em>SocArXiv</em>.')}
${item('', '<a href="https://sammo3182.github.io">Hu, Yue</a>, and <strong>Frederick Solt</strong>', '2024. “Measuring Public Opinion with Surveys.” <em>Annual Review of Political Science</em> 27:1-19.')}
</ul>`;

  it('reads the names without the badge', () => {
    expect(read(html).map((e) => [e.title, e.authors])).toEqual([
      [
        'Trust in Civil Servants: A Cross-National Dataset for Public Policy Research, 1986–2022',
        ['Yuehong Cassandra Tai', 'Frederick Solt'],
      ],
      ['Macrodiscontent Across Countries', ['Haofeng Ma', 'Jeongho Choi', 'Frederick Solt']],
      ['Facing Change Again: Meta-Analyses of Gender and Climate Change Attitudes Worldwide', ['Frederick Solt']],
      ['Measuring Public Opinion with Surveys', ['Yue Hu', 'Frederick Solt']],
    ]);
  });

  it('keeps a status span that says more than a status', () => {
    const more = html.replace('> Under Review</span>', '> Under Review at the APSR</span>');
    expect(read(more).map((e) => e.title)).not.toContain(
      'Trust in Civil Servants: A Cross-National Dataset for Public Policy Research, 1986–2022',
    );
  });
});

describe('title cards with a labelled names line under them (truthmarket-publication)', () => {
  const card = (title: string, names: string, abstract: string) => `<li class="publication-entry">
    <div class="publication-content"><div class="publication-info">${title}</div><button class="toggle-btn">+</button></div>
    <div class="description"><p><strong>Authors:</strong> ${names}</p><p><strong>Abstract:</strong> ${abstract}</p></div>
  </li>`;
  const html = `<h1>Publications</h1><div class="publications-list"><h2>Research Papers</h2><ul>
${card('<a href="https://papers.ssrn.com/sol3/papers.cfm?abstract_id=4414261">Free Speech &amp; the Fake News Problem</a>', 'Marshall W. Van Alstyne', 'This paper explores the intersection of free speech and the rise of fake news.')}
${card('<a href="https://cacm.acm.org/opinion/improving-section-230/">Improving §230, Preserving Democracy &amp; Protecting Free Speech</a>', 'Marshall Van Alstyne, Michael D. Smith, and Herbert Lin', 'Proposing a framework for a decentralized market.')}
${card('<a href="https://www.dropbox.com/scl/fi/Certifiably_True.pdf">Truth is Warranted: The Impact of Self-Certification on Misinformation</a>', 'Aaron D. Nichols, Nina Mazar, Tejovan Parker, Gordon Pennycook, David Rand, and Marshall Van Alstyne', 'Research of certifications and their utilization in the marketplace.')}
${card('<h3>"Improving the Governance of Digital Platforms with Interactive Marketplace Experiments", Intl. Conference on Computational Social Science, 2024.</h3>', 'Swapneel Mehta', 'TBD')}
</ul></div>`;

  it('reads six names as long as a sentence, a section sign in a title, and a quoted title citing its venue', () => {
    const entries = read(html);
    expect(entries.map((e) => [e.title, e.authors.length, e.year])).toEqual([
      ['Free Speech & the Fake News Problem', 1, undefined],
      ['Improving §230, Preserving Democracy & Protecting Free Speech', 3, undefined],
      ['Truth is Warranted: The Impact of Self-Certification on Misinformation', 6, undefined],
      ['Improving the Governance of Digital Platforms with Interactive Marketplace Experiments', 1, 2024],
    ]);
    expect(entries[3]!.venue).toBe('Intl. Conference on Computational Social Science');
  });
});

describe('"Family I., year, Title, <i>Journal</i>, vol, Publisher, City, pp." (transmondyn-articles, a Google Sites export)', () => {
  const li = (text: string) => `<ul><li><span lang="EN-US" style="font-family:Lucida Sans Unicode,sans-serif">${text}</span></li></ul>`;
  const html = `<h2>Articles</h2>${[
    li(
      'Cockburn D., Crabtree S.A., Kohler T.A., Bocinsky R.K., 2013, Simulating Social and Economic Specialization in Small-scale Agricultural Societies,<i> Journal of Archaeological Method and Theory</i>, 16(5), <a href="http://jasss.soc.surrey.ac.uk/16/4/4.html" rel="nofollow">http://jasss.soc.surrey.ac.uk/16/4/4.html</a>',
    ),
    li(
      'Kohler T., Bocinsky K., Cockburn D., Crabtree S., Varien M., Kolm K., Smith S., Ortman S., Kobti Z., 2012, Modelling Prehispanic Pueblo Societies in their Ecosystems, <i>Ecological Modelling</i>, 241, Elsevier, Amsterdam, pp. 30-41, <a href="http://www.sciencedirect.com/science/article/pii/S0304380012000038" rel="nofollow">http://www.sciencedirect.com/science/article/pii/S0304380012000038</a>',
    ),
    li(
      'Favory F.,Nuninger L., Sanders L., 2012, Intégration de concepts de géographie etd’archéologie spatiale pour l’étude des systèmes de peuplement, <i>l’EspaceGéographique</i>, 41(4), Belin, Paris, pp. 295-309',
    ),
    li(
      'Kintigh K., Altschul J., Beaudry M., Drennan R., Kinzig A., Kohler T., 2014, Forum: Grand Challenges for Archaeology, <i>American Antiquity</i>, 79(1), Society for Amercican Archaeology, Menasha Wis., pp. 5-24',
    ),
  ].join('')}`;

  it('ends the title before the italic journal, whatever publisher and place follow the volume', () => {
    expect(read(html).map((e) => [e.title, e.venue, e.year])).toEqual([
      [
        'Simulating Social and Economic Specialization in Small-scale Agricultural Societies',
        'Journal of Archaeological Method and Theory',
        2013,
      ],
      ['Modelling Prehispanic Pueblo Societies in their Ecosystems', 'Ecological Modelling', 2012],
      [
        'Intégration de concepts de géographie etd’archéologie spatiale pour l’étude des systèmes de peuplement',
        'l’EspaceGéographique',
        2012,
      ],
      ['Forum: Grand Challenges for Archaeology', 'American Antiquity', 2014],
    ]);
  });
});
