import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';

/** The generic reader on layouts of leftover dev pages (study14bk), from real entries of those pages. */
function read(html: string, url = 'https://lab.example.org/publications.html') {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

const page = (body: string, title = 'Publications') => `<html><head><title>${title}</title></head><body><main>${body}</main></body></html>`;

describe('a group’s papers, then its students’ theses "Title, Name, Year" under "Ph.D. Theses" (rsim)', () => {
  const papers = [
    '<a href="p/rtss02.pdf">Soft Real-Time Scheduling on a Simultaneous Multithreaded Processor</a>, R. Jain, C. J. Hughes, and S. V. Adve, <i>Proceedings of the 23rd IEEE International Real-Time Systems Symposium (RTSS-2002)</i>, December 2002.',
    '<a href="p/isca01.ps">Variability in the Execution of Multimedia Applications and Implications for Architecture</a>, C. J. Hughes, P. Kaul, S. V. Adve, R. Jain, C. Park, and J. Srinivasan, <i>Proceedings of the 28th International Symposium on Computer Architecture</i>, June 2001, 254-265.',
    '<a href="p/isca00.ps">Reconfigurable Caches and their Application to Media Processing</a>, P. Ranganathan, S. V.Adve, and N. P. Jouppi, <i>Proceedings of the 27th International Symposium on Computer Architecture</i>, June 2000, 214-224.',
  ];
  // The Word export's Symbol-font bullet, undecodable in the page's Latin-1 bytes.
  const thesis = (html: string) => `<p><span style='font-family:Symbol'>\uFFFD<span>&nbsp;&nbsp;&nbsp; </span></span>${html}</p>`;
  const html = page(
    `<table><tr><td><ul type=disc>${papers.map((p) => `<li>${p}</li>`).join('')}</ul>` +
      '<p>&nbsp;</p><p><b>Ph.D. Theses </b></p>' +
      thesis('General-Purpose Processors for Multimedia Applications: Predictability and Energy Efficiency, Christopher Hughes, 2003.') +
      thesis('<a href="t/vijay-pai.phd.ps">Exploiting Instruction-Level Parallelism for Memory System Performance</a>, Vijay Pai, 2000') +
      '<p>&nbsp;</p><p><b>M.S. Theses </b></p>' +
      thesis('<a href="t/rohit-jain.ms.ps">Soft Real-Time Scheduling on a Simultaneous Multithreaded Processor</a>, Rohit Jain, 2002') +
      thesis(
        '<a href="t/pkaulmsthesis.pdf">Variability in the Execution of Multimedia Applications and Implications for Architecture</a>, Praful Kaul, 2002',
      ) +
      '</td></tr></table>',
  );

  it('reads each thesis with its one author, and keeps a thesis that shares a paper’s title, after the papers', () => {
    expect(read(html).map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Soft Real-Time Scheduling on a Simultaneous Multithreaded Processor', ['R. Jain', 'C. J. Hughes', 'S. V. Adve'], 2002],
      [
        'Variability in the Execution of Multimedia Applications and Implications for Architecture',
        ['C. J. Hughes', 'P. Kaul', 'S. V. Adve', 'R. Jain', 'C. Park', 'J. Srinivasan'],
        2001,
      ],
      ['Reconfigurable Caches and their Application to Media Processing', ['P. Ranganathan', 'S. V.Adve', 'N. P. Jouppi'], 2000],
      ['General-Purpose Processors for Multimedia Applications: Predictability and Energy Efficiency', ['Christopher Hughes'], 2003],
      ['Exploiting Instruction-Level Parallelism for Memory System Performance', ['Vijay Pai'], 2000],
      ['Soft Real-Time Scheduling on a Simultaneous Multithreaded Processor', ['Rohit Jain'], 2002],
      ['Variability in the Execution of Multimedia Applications and Implications for Architecture', ['Praful Kaul'], 2002],
    ]);
  });

  it('not under a heading of another kind: "Title, Name, Year" names a journal as often as a person', () => {
    const titles = read(html.replaceAll('Theses', 'Notes')).map((e) => e.title);
    expect(titles).not.toContain('Exploiting Instruction-Level Parallelism for Memory System Performance');
  });
});

describe('cards "<a>Title</a>" over "Names, <span class=journal>Journal</span> (2023)." (smoothlab)', () => {
  const card = (slug: string, title: string, names: string, journal: string, year: string) =>
    `<td><div class="media"><a class="pull-left" href="/papers/${slug}"><img src="/assets/${slug}.png"></a><div class="media-body">` +
    `<div class="smallhead media-heading"><a href="/papers/${slug}" class="off">${title}</a></div>` +
    `<p></p><div class="note">${names}, <span class="journal">${journal}</span> ${year}.</div></div></div></td>`;
  const html = page(
    `<table><tr>` +
      card(
        'Colonizing-microbiota',
        'Colonizing microbiota is associated with clinical outcomes in diabetic wound healing',
        '<a class="on" href="/team/Gaofeng-Wang">Gaofeng Wang</a>, Zhen Lin, Yue Li, Lu Chen, Sashank K. Reddy, Zhiqi Hu, L.A. Garza',
        'Adv Drug Deliv Rev',
        '(2023)',
      ) +
      card(
        'Commensal-microbiome',
        'Commensal microbiome promotes hair follicle regeneration by inducing keratinocyte HIF-1α signaling and glutamine metabolism',
        '<a class="on" href="/team/Gaofeng-Wang">Gaofeng Wang</a>, Evan Sweren, William Andrews, Yue Li, Junjun Chen, Sashank K. Reddy, Zhiqi Hu, Luis A. Garza',
        'Science Advance',
        '144 :104971 (2023)',
      ) +
      `</tr><tr>` +
      card(
        'Immune-Cell-Infiltration-biomarker',
        'Immune cell infiltration as a biomarker for the diagnosis and prognosis of stage I-III colon cancer',
        'Rui Zhou, Jingwen Zhang, Dongqiang Zeng, Huiying Sun, Xiaoxiang Rong, Min Shi, Jianping Bin, Yulin Liao, Wangjun Liao',
        'Cancer Immunology and Immunotherapy',
        '(2018)',
      ) +
      `</tr></table>`,
  );

  it('ends the names where the journal’s element opens, whatever the journal’s words read as', () => {
    const entries = read(html);
    expect(entries.map((e) => [e.authors.at(-1), e.venue])).toEqual([
      ['L.A. Garza', 'Adv Drug Deliv Rev'],
      ['Luis A. Garza', 'Science Advance'],
      ['Wangjun Liao', 'Cancer Immunology and Immunotherapy'],
    ]);
  });
});

describe('R Markdown sections of "<h4><a>Title</a></h4><p><em>APA names (2021)</em></p>" preprints (jodielord)', () => {
  const section = (href: string, title: string, names: string) =>
    `<div class="section level4"><h4><a href="${href}">${title}</a></h4><p><em>${names}</em> <br></p></div>`;
  const html = page(
    `<div class="section level2"><h2>Open Access Pre-prints</h2><hr />` +
      section(
        'https://www.medrxiv.org/content/10.1101/2021.02.12.21251409v1.full-text',
        'Disentangling independent and mediated causal relationships between blood metabolites, cognitive factors, and Alzheimer’s Disease',
        '<strong>Lord, J.,</strong> Green, R., Choi S.W., Hubel, C., Aarsland, D., … &amp;\nProitsi, P. (2021)',
      ) +
      section(
        'https://www.medrxiv.org/content/10.1101/2021.04.21.21255751v1.full-text',
        'Assessing genetic overlap and causality between blood plasma proteins and Alzheimer’s Disease',
        'Handy, A., <strong>Lord, J.,</strong> Green, R., Xu, J., Aarsland, D., Velayudhan,\nL., … &amp; GERAD1 Consortium. (2021)',
      ) +
      section(
        'https://www.medrxiv.org/content/10.1101/2020.04.28.20083253v1',
        'Deciphering the causal relationship between blood metabolites and Alzheimers Disease: a Mendelian Randomization study',
        '<strong>Lord, J.,</strong> Jermy, B., Green, R., Wong, A., Xu, J., Legido-Quigley,\nC., … &amp; Proitsi, P. (2020)',
      ) +
      `</div>`,
  );

  it('reads the names that a consortium named with digits closes ("… & GERAD1 Consortium")', () => {
    const entry = read(html).find((e) => e.title.startsWith('Assessing genetic overlap'));
    expect(entry?.authors).toEqual(['A. Handy', 'J. Lord', 'R. Green', 'J. Xu', 'D. Aarsland', 'L. Velayudhan', 'GERAD1 Consortium']);
  });
});

describe('"<a>Title</a>,<br> 2016, <em>Journal</em> (pdf)" entries naming no one, the year opening the venue line (bega)', () => {
  const entry = (title: string, rest: string, about = '') => `<li><p>${title}\n<br /> ${rest}${about ? `\n<br /> ${about}` : ''}</p></li>`;
  const pdf = '(<a href="/content/papers/paper.pdf">pdf</a>)';
  const html = page(
    '<h2>Articles, technical reports</h2><ol>' +
      entry(
        '<a href="http://www.sciencedirect.com/science/article/pii/S0169207015000485">Irregular Leadership Changes in 2014: Forecasts using ensemble, split-population duration models</a>,',
        `2016, <em>International Journal of Forecasting</em> (<a href="/content/papers/ijf.pdf">pdf</a>, <a href="https://github.com/x/ijf">replication</a>)`,
      ) +
      entry(
        '<a href="http://rap.sagepub.com/content/1/3/2053168014557511">Ensemble Forecasting of Irregular Leadership Changes</a>,',
        `2014, <em>Research &amp; Politics</em> ${pdf}`,
      ) +
      '</ol><h2>Other papers</h2><ol>' +
      entry(
        '<a href="http://ssrn.com/abstract=2765419">Precision-recall curves</a>',
        `2016, <em>on SSRN</em> ${pdf}`,
        'For rare outcomes ROC curves are not a great measure of model fit.',
      ) +
      entry(
        '<strong>Using front lines to predict deaths in the Bosnian civil war</strong>',
        `2012, ${pdf}`,
        'One of the dissertation papers.',
      ) +
      entry('<strong>Simulating the Effects of Selection Bias in the Minorities at Risk Project.</strong>', `2008, ${pdf}`) +
      '</ol>',
    'Papers',
  );

  it('reads the title line, the year and the italic venue after it', () => {
    expect(read(html).map((e) => [e.title, e.year, e.venue])).toEqual([
      [
        'Irregular Leadership Changes in 2014: Forecasts using ensemble, split-population duration models',
        2016,
        'International Journal of Forecasting',
      ],
      ['Ensemble Forecasting of Irregular Leadership Changes', 2014, 'Research & Politics'],
      ['Precision-recall curves', 2016, 'on SSRN'],
      ['Using front lines to predict deaths in the Bosnian civil war', 2012, undefined],
      ['Simulating the Effects of Selection Bias in the Minorities at Risk Project', 2008, undefined],
    ]);
  });

  it('not where the line after the title goes on past its year in plain words (a talk’s place, a news teaser)', () => {
    const talks = html.replace(/<em>[^<]*<\/em>/g, 'Berlin, Germany').replace(/2012, \(|2008, \(/g, '2012, Paris (');
    expect(read(talks)).toEqual([]);
  });
});
