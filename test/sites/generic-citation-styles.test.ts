import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';

/** The generic reader on citation styles and page builders that lab pages use (one list each, as served). */
const read = (html: string, url: string) => generic.extract(parseHtmlDocument(`<html><body>${html}</body></html>`), new URL(url));

describe('generic: Quarto "Names <em>Title.</em> Journal (Year)" with no separator before the title (jfeldhege)', () => {
  // Three of the page's items as Quarto renders them: each <p> followed by an empty <p>, a collapsed abstract
  // callout and another empty <p>.
  const callout = (abstract: string) =>
    `<p></p><div class="callout callout-tip"><div class="callout-header"><span class="screen-reader-only">Tip</span>Abstract</div><div class="callout-collapse collapse"><div class="callout-body"><p>${abstract}</p></div></div></div><p></p><br>`;
  const html = `<main><p><b>2023</b></p>
<p><strong>Johannes Feldhege</strong>, Markus Wolf, Markus Moessner, Stephanie Bauer <em>Psycholinguistic changes in the communication of adolescent users in a suicidal ideation online community during the COVID-19 pandemic.</em> European child &amp; adolescent psychiatry (2023). <a href="https://dx.doi.org/10.1007/s00787-022-02067-7" class="uri">https://dx.doi.org/10.1007/s00787-022-02067-7</a></p>
${callout('To prevent youth suicide, it is important to understand how adolescents communicate their suicidal ideation online.')}
<p><b>2021</b></p>
<p><strong>Johannes Feldhege</strong>, Markus Moessner, Stephanie Bauer <em>Detrimental Effects of Online Pro-Eating Disorder Communities on Weight Loss and Desired Weight: Longitudinal Observational Study.</em> Journal of medical Internet research (2021). <a href="https://dx.doi.org/10.2196/27153" class="uri">https://dx.doi.org/10.2196/27153</a></p>
${callout('Pro-eating disorder communities are online communities that discuss eating disorders in a positive way.')}
<p><b>2020</b></p>
<p><strong>Johannes Feldhege</strong>, Markus Moessner, Stephanie Bauer <em>Who says what? Content and participation characteristics in an online depression community.</em> Journal of affective disorders (2020). <a href="https://dx.doi.org/10.1016/j.jad.2019.11.007" class="uri">https://dx.doi.org/10.1016/j.jad.2019.11.007</a></p>
${callout('Online depression communities are popular among people with depression.')}
</main>`;

  it('reads the italic title after the names, the journal and year after it', () => {
    const scan = read(html, 'https://www.johannesfeldhege.de/publikationen.html');
    expect(scan.entries.map((e) => [e.title, e.authors, e.year, e.venue, e.ids.doi])).toEqual([
      [
        'Psycholinguistic changes in the communication of adolescent users in a suicidal ideation online community during the COVID-19 pandemic',
        ['Johannes Feldhege', 'Markus Wolf', 'Markus Moessner', 'Stephanie Bauer'],
        2023,
        'European child & adolescent psychiatry',
        '10.1007/s00787-022-02067-7',
      ],
      [
        'Detrimental Effects of Online Pro-Eating Disorder Communities on Weight Loss and Desired Weight: Longitudinal Observational Study',
        ['Johannes Feldhege', 'Markus Moessner', 'Stephanie Bauer'],
        2021,
        'Journal of medical Internet research',
        '10.2196/27153',
      ],
      [
        'Who says what? Content and participation characteristics in an online depression community',
        ['Johannes Feldhege', 'Markus Moessner', 'Stephanie Bauer'],
        2020,
        'Journal of affective disorders',
        '10.1016/j.jad.2019.11.007',
      ],
    ]);
  });
});

describe('generic: Next.js cards (title link / names / journal line / kind badge) in per-year sections (cognitionx)', () => {
  const card = (doi: string, title: string, names: string, venue: string, kind: string) =>
    `<article class="rounded-xl2 border p-4 bg-surface"><div class="flex items-start justify-between gap-3"><div class="min-w-0"><div class="font-medium"><a href="https://doi.org/${doi}" class="underline hover:text-primary break-words">${title}</a></div><div class="text-sm text-neutralMid mt-1 truncate">${names}</div><div class="text-sm mt-1">${venue}</div></div><span class="shrink-0 rounded-full border bg-panel px-3 py-1 text-xs font-medium text-neutralMid">${kind}</span></div><div class="flex flex-wrap gap-3 mt-3 text-sm"><a class="text-primary underline" href="https://doi.org/${doi}">Link</a></div></article>`;
  const html = `<main><section class="space-y-4"><h3 class="text-xl font-semibold">2026</h3><div class="space-y-4">
${card('10.1061/JCEMD4.COENG-17200', 'Analysis of Workflow Variability in Modular Integrated Construction Manufacturing Using Cooperative Game Theory', 'Zhongze Yang, Weisheng Lu, Liupengfei Wu, Jinying Xu', 'Journal of Construction Engineering and Management, 152(8), 04026115', 'Journal paper')}
${card('10.1016/j.scs.2026.107470', 'Reducing or transferring emissions? Quantifying city-scale embodied carbon flows and emission responsibility in the modular construction supply chain', 'Xinping Wen, Wei Pan, Yue Teng, Daniel WM Chan, Jinying Xu', 'Sustainable Cities and Society, 107470', 'Journal paper')}
</div></section><section class="space-y-4"><h3 class="text-xl font-semibold">2025</h3><div class="space-y-4">
${card('10.1016/j.autcon.2025.106019', 'Semantics-Based Connectivity Graph for Indoor Pathfinding Powered by Ifc-Graph', 'Junxiang Zhu, Mun On Wong, Nicholas Nisbet, Jinying Xu, Tom Kelly, Sisi Zlatanova, Ioannis Brilakis', 'Automation in Construction, 171, 106019', 'Journal paper')}
</div></section><section class="space-y-4"><h3 class="text-xl font-semibold">2020</h3><div class="space-y-4">
${card('10.1016/j.wasman.2020.01.025', 'An anatomy of waste generation flows in construction projects using passive bigger data', 'Jinying XU, Weisheng LU, Meng YE, Chris WEBSTER, Fan XUE', 'Waste Management, 105, 512-521', 'Journal paper')}
</div></section></main>`;

  it('each card is one entry, with the year of its section heading and the journal without volume and pages', () => {
    const scan = read(html, 'https://cognitionx-lab.github.io/publications/');
    expect(scan.entries.map((e) => [e.title.slice(0, 40), e.authors.length, e.authors[1], e.year, e.venue])).toEqual([
      ['Analysis of Workflow Variability in Modu', 4, 'Weisheng Lu', 2026, 'Journal of Construction Engineering and Management'],
      ['Reducing or transferring emissions? Quan', 5, 'Wei Pan', 2026, 'Sustainable Cities and Society'],
      ['Semantics-Based Connectivity Graph for I', 7, 'Mun On Wong', 2025, 'Automation in Construction'],
      ['An anatomy of waste generation flows in ', 5, 'Weisheng LU', 2020, 'Waste Management'],
    ]);
  });
});

describe('generic: a "Talks & Workshops" section with a heading per year is not papers (moritzdier, German)', () => {
  const item = (icon: string, head: string, title: string, rest: string) =>
    `<li class="tw-flex tw-items-start tw-gap-2"><i class="bi ${icon}"></i><span><strong>${head}</strong> <em>${title}</em> ${rest}</span></li>`;
  const html = `<main>
<h3 class="tw-font-extrabold">Artikel und Bücher</h3>
<h3 class="tw-font-semibold">2025</h3>
<ul class="tw-space-y-3">${item('bi-journal-text', 'Moritz Dier (2025)', 'KI-Kompetenzprofile von Lehrkräften an beruflichen Schulen: Vom Wissen zum didaktischen Handeln.', '<span>Journal of Technical Education (JOTED), 13(2), 66–85.</span><br><span>DOI: <a href="https://doi.org/10.48513/joted.v13i2.328">https://doi.org/10.48513/joted.v13i2.328</a></span>')}</ul>
<h3 class="tw-font-semibold">2024</h3>
<ul class="tw-space-y-6">${item('bi-journal-text', 'Moritz Dier (2024)', 'Educational Digital Support Agent (DSA-E) zur Lehr-Lern-Begleitung in der Beruflichen Bildung.', '<span>Zeitschrift für Berufs- und Wirtschaftspädagogik, 120(3), 450–473.</span><br><span>DOI: <a href="https://doi.org/10.25162/zbw-2024-0018">https://doi.org/10.25162/zbw-2024-0018</a></span>')}
${item('bi-book', 'Moritz Dier (2024)', 'KI-unterstützte Aktivierung Subjektiver Theorien in der Lehrkräftebildung an der Universitätsberufsschule.', 'Dissertation, Universität Bayreuth. 350 S.<br><span>DOI: <a href="https://doi.org/10.15495/EPub_UBT_00007749">https://doi.org/10.15495/EPub_UBT_00007749</a></span>')}</ul>
<h3 class="tw-font-extrabold">Konferenzbeiträge, Vorträge &amp; Workshops</h3>
<h3 class="tw-font-semibold">2026</h3>
<ul class="tw-space-y-6">${item('bi-mic-fill', 'Moritz Dier (2026)', 'Qualitätsorientierte Schulentwicklung und Informationsmanagement in der Schule.', 'Workshop für stellvertretende Schulleitungen, 17. März 2026, Bad Alexandersbad.')}
${item('bi-mic-fill', 'Moritz Dier (2026)', 'KI Level 3 - Workshop für Lehrkräfte: KI-Assistenten für den Unterricht entwickeln.', 'Regierung von Oberfranken, 10. März 2026, Bayreuth.')}</ul>
<h3 class="tw-font-semibold">2025</h3>
<ul class="tw-space-y-6">${item('bi-mic-fill', 'Moritz Dier (2025)', 'Informationsmanagement bei Projekten und der Teamarbeit.', 'Workshop für den Führungskräftenachwuchs im Rahmen der Fortbildungsreihe "Schule verantwortlich Mitgestalten", 03. Dezember 2025, Bad Alexandersbad.')}
${item('bi-mic-fill', 'Moritz Dier (2025)', 'Unterrichtsentwicklung im Team und durch Didaktische Jahrespläne.', 'Hauptmodul für angehende Lehrkräfte im zweiten Jahr des Referendariats, 17. Oktober 2025, Bamberg')}</ul>
</main>`;

  it('reads the articles and leaves out the talks under the later year headings', () => {
    const scan = read(html, 'https://moritzdier.de/publikationen/');
    expect(scan.entries.map((e) => [e.title, e.year])).toEqual([
      ['KI-Kompetenzprofile von Lehrkräften an beruflichen Schulen: Vom Wissen zum didaktischen Handeln', 2025],
      ['Educational Digital Support Agent (DSA-E) zur Lehr-Lern-Begleitung in der Beruflichen Bildung', 2024],
      ['KI-unterstützte Aktivierung Subjektiver Theorien in der Lehrkräftebildung an der Universitätsberufsschule', 2024],
    ]);
  });
});

describe('generic: Bootstrap div.media cards "<h4>Title<br><small>Names</small></h4>" + "Accepted by <strong>CVPR 2024</strong>" (4dvlab)', () => {
  const card = (title: string, names: string, venue: string, arxiv: string) => `<div class="media">
    <div class="media-left"><img src="imgs/paper_fig/x.png"></div>
    <div class="media-body">
      <h4 class="media-heading" style="color: white;">
        ${title}<br>
        <small>${names}</small>
      </h4>
      <small><font color="white">Accepted by</font>
        <strong><font color="red">${venue}</font></strong><br>
        <a href="https://arxiv.org/abs/${arxiv}" target="_blank">[Paper]</a>
      </small>
    </div>
  </div>`;
  const html = `<div class="container"><h2>Selected Papers</h2>
${card('LiveHPS: LiDAR-based Scene-level Human Pose and Shape Estimation in Free Environment', 'Yiming Ren, Xiao Han, Chengfeng Zhao, Jingya Wang, Lan Xu, Jingyi Yu, Yuexin Ma', 'CVPR 2024', '2402.17171')}
${card('See More and Know More: Zero-shot Point Cloud Segmentation via Multi-modal Visual Data', 'Yuhang Lu, Qi Jiang, Runnan Chen, Yuenan Hou, Xinge Zhu, Yuexin Ma', 'ICCV 2023', '2307.10782')}
${card('Input-Output Balanced Framework for Long-tailed LiDAR Semantic Segmentation', 'Peishan Cong, Xinge Zhu, Yuexin Ma', 'ICME 2021', '2103.14269')}
</div>`;

  it('the heading\'s first line is the title (its last word "Data" too), the names under it the authors, the venue after "Accepted by"', () => {
    const scan = read(html, 'https://4dvlab.github.io/publication.html');
    expect(scan.entries.map((e) => [e.title, e.authors, e.year, e.venue, e.ids.arxiv])).toEqual([
      [
        'LiveHPS: LiDAR-based Scene-level Human Pose and Shape Estimation in Free Environment',
        ['Yiming Ren', 'Xiao Han', 'Chengfeng Zhao', 'Jingya Wang', 'Lan Xu', 'Jingyi Yu', 'Yuexin Ma'],
        2024,
        'CVPR',
        '2402.17171',
      ],
      [
        'See More and Know More: Zero-shot Point Cloud Segmentation via Multi-modal Visual Data',
        ['Yuhang Lu', 'Qi Jiang', 'Runnan Chen', 'Yuenan Hou', 'Xinge Zhu', 'Yuexin Ma'],
        2023,
        'ICCV',
        '2307.10782',
      ],
      [
        'Input-Output Balanced Framework for Long-tailed LiDAR Semantic Segmentation',
        ['Peishan Cong', 'Xinge Zhu', 'Yuexin Ma'],
        2021,
        'ICME',
        '2103.14269',
      ],
    ]);
  });
});

describe('generic: AIP/ACS <p>s with the quoted title first, the journal in <em> (hineslab)', () => {
  const html = `<div id="researchDesc">
<p>“Selective Bond Breaking with Splat Chemistry,” M. A. Hines, <em>Physics</em> <strong>14,</strong> 13 (2021).</p>
<p>“A blackboard for the 21<sup>st</sup> century: An inexpensive light board projection system for classroom use,” E. S. Skibinski, W. J. I. DeBenedetti, A. G. Ortoll-Bloch, and M. A. Hines,<em> J. Chem. Ed. </em><strong>92, </strong>1754 (2015).</p>
<p>“Kinetic Monte Carlo simulations of anisotropic Si(100) etching: Modeling the chemical origins of characteristic etch morphologies,” A. Gupta, B. S. Aldinger, M. F. Faggin, and M. A. Hines<em>, J. Chem. Phys. </em><strong>133, </strong>044710 (2010).</p>
<p>“Extracting site-specific reaction rates from steady state surface morphologies: Kinetic Monte Carlo simulations of aqueous Si(111) etching,” J. Flidr, Y.-C. Huang, T. A. Newton and M. A. Hines, <em>J. Chem. Phys. </em><strong>108, </strong>5542 (1998).</p>
</div>`;

  it("the ordinal's superscript stays in the title; the italic journal is the venue without the comma it holds", () => {
    const scan = read(html, 'https://mahines.github.io/HinesLab/pubs.html');
    expect(scan.entries.map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      ['Selective Bond Breaking with Splat Chemistry', ['M. A. Hines'], 2021, 'Physics'],
      [
        'A blackboard for the 21st century: An inexpensive light board projection system for classroom use',
        ['E. S. Skibinski', 'W. J. I. DeBenedetti', 'A. G. Ortoll-Bloch', 'M. A. Hines'],
        2015,
        'J. Chem. Ed.',
      ],
      [
        'Kinetic Monte Carlo simulations of anisotropic Si(100) etching: Modeling the chemical origins of characteristic etch morphologies',
        ['A. Gupta', 'B. S. Aldinger', 'M. F. Faggin', 'M. A. Hines'],
        2010,
        'J. Chem. Phys.',
      ],
      [
        'Extracting site-specific reaction rates from steady state surface morphologies: Kinetic Monte Carlo simulations of aqueous Si(111) etching',
        ['J. Flidr', 'Y.-C. Huang', 'T. A. Newton', 'M. A. Hines'],
        1998,
        'J. Chem. Phys.',
      ],
    ]);
  });
});

describe('generic: cards of labelled fields "<dt>Authors:</dt><dd>Metger & Toscani</dd>" / "Journal:" / "Citation:" (perceptionlab)', () => {
  const card = (href: string, title: string, authors: string, journal: string, citation: string) => `<li>
    <h2><a href="${href}" target="_blank">
      ${title}
    </a></h2>
    <div class="pic"><img src="images/x.png" width="100" height="100"/></div>
    <dl>
      <dt class="authors">Authors:</dt><dd>${authors}</dd>
      <dt class="journal">Journal:</dt><dd>${journal}</dd>
      <dt class="summary">Summary:</dt><dd class="summary">
        A short summary of the paper.
      <dt class="citation">Citation:</dt><dd class="citation"><cite>
        ${citation}
      </cite></dd>
    </dl>
    <br class="clear" />
  </li>`;
  const html = `<div class="publications"><h1>2022</h1><ul>
${card('https://elifesciences.org/articles/64876', 'Unsupervised learning of haptic material properties', 'Metger & Toscani', 'eLife', 'Metzger A., & Toscani, M. (2022). Unsupervised learning of haptic material properties. eLife, 11, e64876.')}
</ul><h1>2020</h1><ul>
${card('papers/newdresses_manu_R_clean.pdf', 'How to make a #theDress', 'Witzel, Toscani ', 'JOSA A', 'Witzel, C., & Toscani, M. (2020). How to make a# theDress. JOSA A, 37(4), A202-A211.')}
</ul><h1>2017</h1><ul>
${card('https://jov.arvojournals.org/article.aspx?articleid=2650297', 'Differences in illumination estimation in #thedress', 'Toscani, Gegenfurtner, Doerschner', 'Journal of Vision', 'Toscani, M., Gegenfurtner, K. R., & Doerschner, K. (2017). Differences in illumination estimation in# thedress. Journal of Vision, 17(1), 22-22.')}
</ul></div>`;

  it('the labelled names are the authors as shown (surnames alone), the labelled journal the venue; a hashtag stays in the title', () => {
    const scan = read(html, 'https://bournemouthperceptionlab.co.uk/publications.html');
    expect(scan.entries.map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      ['Unsupervised learning of haptic material properties', ['Metger', 'Toscani'], 2022, 'eLife'],
      ['How to make a #theDress', ['Witzel', 'Toscani'], 2020, 'JOSA A'],
      ['Differences in illumination estimation in #thedress', ['Toscani', 'Gegenfurtner', 'Doerschner'], 2017, 'Journal of Vision'],
    ]);
  });
});

describe("generic: a Japanese CV's 学位論文 / 卒業研究 (own theses) sections are not papers (unuma)", () => {
  const html = `<div id="main_content"><b>学術論文 [査読無し, 和文]</b><br><ol reversed>
<li>
<u>鵜沼昂</u>, 水野裕之, 肆矢朗久, 直江成夫, 太田弘彦, 2017: 
下層東風による2011年9月25日三重県南部の局地的な大雨 (JMANHMによる再現実験), 
<i>東京管区調査研究会誌</i>, 49. 
</li> 
<li> 
肆矢朗久, <u>鵜沼昂</u>, 2017: 
三重県における光化学オキシダント濃度の特徴, 
<i>東京管区調査研究会誌</i>, 49. 
</li> 
<li>
佐伯知哉, <u>鵜沼昂</u>, 水野裕之, 早川宏明, 直江成夫, 2018: 
北中部の線状降水帯による大雨について 〜概念モデルの検討〜, 
<i>東京管区調査研究会誌</i>, 50. 
</li>
</ol>
<b>学位論文 (博士後期課程)</b><br>
<ul>
<li>
<u>鵜沼昂</u>, 2017: 
日本の暖候期に発生する準停滞性降水系の特徴・形態と環境条件に関する統計的研究. 
京都大学大学院 理学研究科 地球惑星科学専攻 博士論文, 118 pp. 
</li>
</ul>
<b>学位論文 (修士課程)</b><br>
<ul>
<li>
<u>鵜沼昂</u>, 2012: 
四国における停滞性線状降水帯の発生環境場に関する研究. 
高知大学大学院 総合人間自然科学研究科 理学専攻 修士論文, 107 pp. 
</li>
</ul>
</div>`;

  it('reads the papers, the title up to the italic journal before its volume, and leaves out the theses', () => {
    const scan = read(html, 'https://takashiunuma.github.io/publist.html');
    expect(scan.entries.map((e) => [e.title, e.year, e.venue])).toEqual([
      ['下層東風による2011年9月25日三重県南部の局地的な大雨 (JMANHMによる再現実験)', 2017, '東京管区調査研究会誌'],
      ['三重県における光化学オキシダント濃度の特徴', 2017, '東京管区調査研究会誌'],
      ['北中部の線状降水帯による大雨について 〜概念モデルの検討〜', 2018, '東京管区調査研究会誌'],
    ]);
  });
});

describe('generic: Org-mode "Names. <i>Title</i> in <i>Journal</i> 9(3):169-203 (2015)" with ePrint report numbers (malb)', () => {
  // Four of the page's items as Org-mode exports them (ul.org-ul under outline sections).
  const html = `<div class="outline-2"><h2>Journal articles</h2><div class="outline-text-2"><ul class="org-ul">
<li>Martin R. Albrecht, Rachel Player and Sam Scott. <i>On the concrete hardness of Learning with Errors</i> in <i>Journal of Mathematical Cryptology</i> 9(3):169-203 (2015), DOI: <a href="http://dx.doi.org/10.1515/jmc-2015-0016">10.1515/jmc-2015-0016</a>. pre-print available as <a href="http://ia.cr/2015/046">Cryptology ePrint Archive: Report 2015/046</a>.</li>
<li>Martin R. Albrecht, Jean-Charles Faugère, Pooya Farshim, Gottfried Herold, and Ludovic Perret. <i>Polly Cracker, revisited</i> in <i>Designs, Codes and Cryptography</i> (2015), pp. 1–42. DOI: <a href="http://dx.doi.org/10.1007/s10623-015-0048-8">10.1007/s10623-015-0048-8</a>. pre-print available as <a href="http://ia.cr/2011/289">Cryptology ePrint Archive: Report 2011/289</a>.</li>
<li>Martin R. Albrecht, Carlos Cid, Jean-Charles Faugère, Robert Fitzpatrick and Ludovic Perret. <i>On the complexity of the BKW algorithm on LWE</i> in <i>Designs, Codes and Cryptography</i>, Volume 74, <a href="http://link.springer.com/journal/10623/74/2/page/1">Issue 2</a>, pages 325-354. 2015. pre-print available as <a href="http://ia.cr/2012/636">Cryptology ePrint Archive: Report 2012/636</a>.</li>
<li>Martin Albrecht, Gregory Bard and Bill Hart. <i>Efficient Multiplication of Dense Matrices over GF(2)</i> in <i>ACM Transactions on Mathematical Software</i>. pre-print available on the <a href="http://arxiv.org/abs/0811.1714">arXiv</a>. 2008.</li>
</ul></div></div>`;

  it('the first italic is the title, the italic after "in" the venue; the year is not a report number\'s', () => {
    const scan = read(html, 'https://malb.io/publications.html');
    expect(scan.entries.map((e) => [e.title, e.authors.length, e.year, e.venue])).toEqual([
      ['On the concrete hardness of Learning with Errors', 3, 2015, 'Journal of Mathematical Cryptology'],
      ['Polly Cracker, revisited', 5, 2015, 'Designs, Codes and Cryptography'],
      ['On the complexity of the BKW algorithm on LWE', 5, 2015, 'Designs, Codes and Cryptography'],
      ['Efficient Multiplication of Dense Matrices over GF(2)', 3, 2008, 'ACM Transactions on Mathematical Software'],
    ]);
  });
});

describe('generic: an "Authorized Patent" section of <li><p> items after the papers is not papers (ipcalab, jemdoc)', () => {
  const html = `<h2>Journal Papers</h2><div class="infoblock"><div class="blockcontent"><ol>
<li><p>Yao-Wei Wang, Andong Liu, Wen-An Zhang†, Min Wu. Synchronization tracking control of networked multi-axis motion systems: A cooperative distributed model predictive control approach. Control Engineering Practice, 2022, 124: 105233. doi: 10.1016/j.conengprac.2022.105233.</p></li>
<li><p>Dajian Huang, Xiufang Shi, Wen-An Zhang†. False data injection attack detection for industrial control systems based on both time- and frequency-domain analysis of sensor data. IEEE Internet of Things Journal, 2021, 8(1): 585-595. doi: 10.1109/JIOT.2020.3007155.</p></li>
<li><p>Yao-Wei Wang, Wen-An Zhang†, Li Yu. A LADRC based fuzzy PID approach to contour error control of NMCS with time‐varying delays. Asian Journal of Control. 22 (5): 1973-1985, 2020, doi:10.1002/asjc.2080</p></li>
</ol></div></div>
<h2>Authorized Patent</h2><div class="infoblock"><div class="blockcontent"><ol>
<li><p>A wind turbine gearbox fault diagnosis method based on wavelet packet decomposition and convolutional neural network. Zhang Wen'an, Huang Dazhuang, Guo Fenghong. ZL 2020 1 0216372.3</li>
<li><p>Method for locating gearbox faults in wind turbine generator sets based on big data from the CMS system, combined with standard deviation and wavelet entropy. Zhang Wen'an, Huang Dazhuang, Gu Caoyuan, Xu Bowen, Guo Fenghong, Zhu Junwei, Liu Weijiang and Shi Xiaoming. ZL 2020 1 0419452.9</li>
<li><p>A method for detecting man-in-the-middle attacks in networked CNC systems based on a Gaussian Radial Basis Function classifier.Wu Qi, Zhang Wen'an, Miao Yinfeng, Cheng Jiangxu, Shi Xiufang, Hong Bang and Yu Li. ZL 2019 1 0511008.7.</li>
</ol></div></div>`;

  it('reads the three papers and none of the patents', () => {
    const scan = read(html, 'https://ipca-lab.github.io/publications.html');
    expect(scan.entries.map((e) => e.year)).toEqual([2022, 2021, 2020]);
  });
});

describe('generic: superscripts in physics titles, "<sup>12</sup>C(K<sup>-</sup>, K<sup>+</sup>)" (ichikawa)', () => {
  const item = (title: string, year: number) =>
    `<li class="news-item"><div><p><strong>Yudai Ichikawa</strong> 他, “${title}”, <em>PTEP</em>, <strong>${year}</strong>, 091D01 (${year}).</p><a href="https://doi.org/10.1093/ptep/ptae133">[DOI]</a></div></li>`;
  const html = `<section class="publications"><h2>主要論文</h2><div class="card"><ul class="news-list">
${item('Missing-Mass Measurement of the <sup>12</sup>C(K<sup>-</sup>, K<sup>+</sup>) Reaction at 1.8 GeV/c with the Superconducting Kaon Spectrometer', 2024)}
${item('An event excess observed in the deeply bound region of the <sup>12</sup>C(K<sup>−</sup>, p) missing-mass spectrum', 2020)}
${item('Inclusive spectrum of the d(π<sup>+</sup>, K<sup>+</sup>) reaction at 1.69 GeV/c', 2014)}
</ul></div></section>`;

  it('a mass number before an element and a charge after a letter stay in the title', () => {
    expect(read(html, 'https://hyptpc.github.io/ichikawa-website/gyoseki.html').entries.map((e) => e.title)).toEqual([
      'Missing-Mass Measurement of the 12C(K-, K+) Reaction at 1.8 GeV/c with the Superconducting Kaon Spectrometer',
      'An event excess observed in the deeply bound region of the 12C(K−, p) missing-mass spectrum',
      'Inclusive spectrum of the d(π+, K+) reaction at 1.69 GeV/c',
    ]);
  });
});

describe('generic: Org-mode <h4> headings that are the references, "2.0.2. S. Halbig and T. Zorman. <a>Title</a>. Journal (2023).", each over its abstract (halbig)', () => {
  const entry = (id: string, number: string, heading: string, abstract: string) =>
    `<div id="outline-container-${id}" class="outline-4"><h4 id="${id}"><span class="section-number-4">${number}</span> ${heading}</h4><div class="outline-text-4" id="text-${id}"><p>${abstract}</p></div></div>`;
  const html = `<section id="outline-container-a" class="outline-2"><h2 id="a"><span class="section-number-2">2.</span> Articles</h2><div class="outline-text-2" id="text-2"></div>
${entry('o1', '2.0.2.', 'S. Halbig and T. Zorman. <a href="https://link.springer.com/article/10.1007/s10485-024-09778-9">Diagrammatics for Comodule Monads</a>. Appl. Categ. Struct. (2023).', 'We extend Willerton’s graphical calculus for bimonads to comodule monads, a monadic interpretation of module categories over a monoidal category.')}
${entry('o2', '2.0.3.', 'S. Halbig and T. Zorman. <a href="http://www.tac.mta.ca/tac/volumes/41/4/41-04abs.html">Pivotality, twisted centres and the anti-double of a Hopf monad</a>. Theory Appl. Categ. (2024).', 'Pivotal structures are a key feature of many monoidal categories and a precursor of spherical structures.')}
${entry('o3', '2.0.4.', 'S. Halbig. <a href="https://www.tandfonline.com/doi/full/10.1080/00927872.2021.1939043">Generalized Taft algebras and pairs in involution</a>. Commun. Algebra. (2021).', 'We prove that the generalized Taft algebras have a modular pair in involution exactly when they are pivotal.')}
</section>`;

  it('each heading is an entry without its outline number; the abstracts are not', () => {
    const scan = read(html, 'https://sebastianhalbig.github.io/publications.html');
    expect(scan.entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      ['Diagrammatics for Comodule Monads', ['S. Halbig', 'T. Zorman'], 2023],
      ['Pivotality, twisted centres and the anti-double of a Hopf monad', ['S. Halbig', 'T. Zorman'], 2024],
      ['Generalized Taft algebras and pairs in involution', ['S. Halbig'], 2021],
    ]);
  });
});

describe('generic: "Conference presentations" after the papers are talks, not papers (nicoschmid)', () => {
  const html = `<h3>Peer-reviewed conference publications</h3><ul>
<li>Adenipekun, E. O., Limère, V., Schmid, N. A. 2020. Modelling transportation mode selection and route building in the assembly line feeding problem. Proceedings of the 34th annual European Simulation and Modelling Conference 2020, pp. 197-201.</li>
<li>Wijnant, H., Schmid, N. A., Limère, V., Raa, B. 2018. The influence of line balancing on line feeding for mixed-model assembly lines. Proceedings of the 32nd annual European Simulation and Modelling Conference 2018, pp. 106-110.</li>
<li>Schmid, N. A., Limère, V., Raa, B. 2018. <a href="https://doi.org/10.1016/j.ifacol.2018.08.252">Modeling variable space in assembly line feeding.</a> IFAC-PapersOnLine, 51(11), pp. 164-169.</li>
</ul>
<h3>Conference presentations</h3><ul>
<li>Schmid, N. A., Limère, V., 2019. Improving the solvability of time and space constrained assembly line balancing problems type E, at: Canadian Operational Research Society 61st Annual Conference, May, 27-29, 2019, Saskatoon (Canada).</li>
<li>Schmid, N. A., Limère, V., 2018. Optimizing line feeding under consideration of variable space constraints, at Thirty-second Annual Conference of the Belgian Operations Research Society (ORBEL 32), February 1-2, 2018, Liege (Belgium).</li>
<li>Schmid, N. A., Limère, V., 2017. Line feeding with variable space constraints for mixed-model assembly lines, at XLVII Annual Meeting of the Italian Operations Research Society, September 4-7, 2017, Sorrento (Italy).</li>
</ul>`;

  it('reads the three papers and none of the presentations', () => {
    const scan = read(html, 'https://www.nicoschmid.info/publications.htm');
    expect(scan.entries.map((e) => e.title)).toEqual([
      'Modelling transportation mode selection and route building in the assembly line feeding problem',
      'The influence of line balancing on line feeding for mixed-model assembly lines',
      'Modeling variable space in assembly line feeding',
    ]);
  });
});

describe('generic: jemdoc "<li><p>Title<br />Names<br />VLDB 2020 | <a>Paper PDF</a> | …" items (adalab)', () => {
  const html = `<ul>
<li><p>Panorama: A Data System for Unbounded Vocabulary Querying over Video<br />
Yuhao Zhang and Arun Kumar<br />
VLDB 2020 | <a href="http://www.vldb.org/pvldb/vol13/p477-zhang.pdf">Paper PDF</a> and <a href="papers/2019_Panorama_VLDB.txt">BibTeX</a>|
<a href="papers/TR_2019_Panorama.pdf">TechReport</a>
| <a href="https://docs.google.com/presentation/d/x">Talk slides</a> | Talk videos: <a href="https://www.youtube.com/watch?v=gAGOp0fbUcU">Youtube</a></p></li>
<li><p>SpeakQL: Towards Speech-driven Multimodal Querying of Structured Data<br />
Vraj Shah, Side Li, Arun Kumar, and Lawrence Saul<br />
ACM SIGMOD 2020 | <a href="papers/2020_SpeakQL_SIGMOD.pdf">Paper PDF</a> and <a href="papers/2020_SpeakQL_SIGMOD.txt">BibTeX</a> | <a href="papers/TR_2020_SpeakQL.pdf">TechReport</a></p></li>
<li><p>Towards an Optimized GROUP BY Abstraction for Large-Scale Machine Learning<br />
Side Li and Arun Kumar<br />
VLDB 2021 | <a href="papers/2021_GROUPBY_VLDB.pdf">Paper PDF</a> | <a href="papers/TR_2021_GROUPBY.pdf">TechReport</a></p></li>
</ul>`;

  it('a title ending with a word that can label a link ("Video", "Data") keeps it; the venue ends before the links', () => {
    const scan = read(html, 'https://adalabucsd.github.io/publications.html');
    expect(scan.entries.map((e) => [e.title, e.authors.length, e.year, e.venue])).toEqual([
      ['Panorama: A Data System for Unbounded Vocabulary Querying over Video', 2, 2020, 'VLDB'],
      ['SpeakQL: Towards Speech-driven Multimodal Querying of Structured Data', 4, 2020, 'ACM SIGMOD'],
      ['Towards an Optimized GROUP BY Abstraction for Large-Scale Machine Learning', 2, 2021, 'VLDB'],
    ]);
  });
});

describe('generic: "Names. <em>Title</em>.<br /> In <em>Journal <strong>2</strong>(6)</em>, pages. Publisher, Year." (hmuehle, German page)', () => {
  const html = `<h2>Zeitschriften</h2><ul>
<li>H. Mühle, P. Nadeau. <em>A Poset Structure on the Alternating Group Generated by 3-Cycles</em>.<br />
In <em>Algebraic Combinatorics <strong>2</strong>(6)</em>, 1285–1310. Centre Mersenne, 2019. (<a href="https://doi.org/10.5802/alco.83" target="blank">pdf</a>, <a href="https://arxiv.org/abs/1803.00540" target="blank">arXiv</a>)</li>
<li>H. Mühle. <em>The Core Label Order of a Congruence-Uniform Lattice</em>.<br />
In <em>Algebra Universalis <strong>80</strong>:10</em>. Springer, 2019. (<a href="https://doi.org/10.1007/s00012-019-0585-5" target="blank">pdf</a>, <a href="https://arxiv.org/abs/1708.02104" target="blank">arXiv</a>)</li>
<li>H. Mühle. <em>Two Posets of Noncrossing Partitions Coming From Undesired Parking Spaces</em>.<br />
In <em>Revista Colombiana de Matemáticas <strong>52</strong>(1)</em>, 65–86. 2018. (<a href="https://doi.org/10.15446/recolma.v1n52.74562" target="blank">pdf</a>, <a href="http://arxiv.org/abs/1701.02109" target="blank">arXiv</a>)</li>
</ul>`;

  it('the italic journal is the venue without the bold volume and its issue or article number', () => {
    expect(read(html, 'https://hmuehle.github.io/publikationen.html').entries.map((e) => e.venue)).toEqual([
      'Algebraic Combinatorics',
      'Algebra Universalis',
      'Revista Colombiana de Matemáticas',
    ]);
  });
});

describe('generic: two whole references in one <li> split by <br /> (aiotlab)', () => {
  const html = `<h1>2020</h1><ul>
<li>Nhat Nguyen, Trung Nguyen, Tuan Tran, An Mai., Shrinkage Model Selection for Portfolio Optimization on Vietnam Stock Market., The Journal of Asian Finance, Economics, and Business, 135 &ndash; 145, 2020.</li>
<li>Quan Dang, An Mai, Man Ngo, Thanh Bui., Rotat3D: A Knowledge Graph Embedding using Relational Rotation in 3D Vector Space., Knowledge and Systems Engineering., 2020.</li>
<li>Man Ngo, An Mai, Thanh Bui., On an improvement of Graph Convolutional Network in semi-supervised learning., NICS., 2020.<br />An Mai, Loc Tran, Linh Tran, Nguyen Trinh., VGG deep neural network compression via SVD and CUR decomposition techniques., NICS., 2020.</li>
</ul>`;

  it('each line that is a whole reference is an entry', () => {
    expect(read(html, 'https://aiotlab.vn/publication.html').entries.map((e) => [e.title, e.authors.length])).toEqual([
      ['Shrinkage Model Selection for Portfolio Optimization on Vietnam Stock Market', 4],
      ['Rotat3D: A Knowledge Graph Embedding using Relational Rotation in 3D Vector Space', 4],
      ['On an improvement of Graph Convolutional Network in semi-supervised learning', 3],
      ['VGG deep neural network compression via SVD and CUR decomposition techniques', 4],
    ]);
  });
});

describe('generic: <font> titles under "---2022---" year headings, IEEE names without "and" (cuglirui)', () => {
  // Two of the page's year sections as served (a blue <font> title, a red <font> around the italic journal).
  const html = `<div id="main"><h2>Journal Publications</h2>
<h3>---2024---</h3>
<ol reversed>
<li><b>R. Li</b>, L. Wang*, W. Gong*, F. Ming, <font color=#0000ff>An Evolutionary Multitasking Memetic Algorithm for Multi-objective Distributed Heterogeneous Welding Shop Scheduling</font>, <font color="red"><em>IEEE Transactions on Evolutionary Computation</em></font>. Accept.(IF=14.4, T1 top) [<A href="https://ieeexplore.ieee.org/document/10508554">paper</A>]</li>
</ol>
<h3>---2022---</h3>
<ol reversed>
<li><b>R. Li</b>, W. Gong*, C. Lu*, <font color=#0000ff>Two-stage knowledge-driven evolutionary algorithm for distributed flexible job shop scheduling problem with type-2 fuzzy processing time</font>, <em>Swarm and Evolutionary Computation</em>. 2022,74,101139.(IF=10, T1).[<A href="https://www.sciencedirect.com/science/article/pii/S2210650222001092?via%3Dihub">paper</A>]</li>
<li><b>R. Li</b>, W. Gong*, C. Lu, <font color=#0000ff>A reinforcement learning based RMOEA/D for bi-objective fuzzy flexible job shop scheduling</font>, <em>Expert System With Application</em>. 2022, 203, 117380 (IF=8.7, T2). [<A href="https://www.sciencedirect.com/science/article/pii/S0957417422007291">paper</A>]</li>
</ol></div>`;

  it('the <font> is the title, the heading the year of an entry whose text shows none', () => {
    expect(read(html, 'https://cuglirui.github.io/pubs.htm').entries.map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      [
        'An Evolutionary Multitasking Memetic Algorithm for Multi-objective Distributed Heterogeneous Welding Shop Scheduling',
        ['R. Li', 'L. Wang', 'W. Gong', 'F. Ming'],
        2024,
        'IEEE Transactions on Evolutionary Computation',
      ],
      [
        'Two-stage knowledge-driven evolutionary algorithm for distributed flexible job shop scheduling problem with type-2 fuzzy processing time',
        ['R. Li', 'W. Gong', 'C. Lu'],
        2022,
        'Swarm and Evolutionary Computation',
      ],
      [
        'A reinforcement learning based RMOEA/D for bi-objective fuzzy flexible job shop scheduling',
        ['R. Li', 'W. Gong', 'C. Lu'],
        2022,
        'Expert System With Application',
      ],
    ]);
  });
});

describe('generic: "Names, Title, <em>Venue</em> Year" with commas inside the title (jplalor, Pelican)', () => {
  const html = `<h2>Journal Articles</h2><ul>
<li>J.P. Lalor, H. Wu, L. Chen, K. Mazor, H. Yu, ComprehENotes, an Instrument for Assessing Patient Electronic Health Record Note Reading Comprehension: Development and Validation, <em>J Med Internet Res</em> 2018;20(4):e139. [<a href="https://www.jmir.org/2018/4/e139/">paper</a>, <a href="http://jplalor.github.io/ehr.html">project page</a>]</li>
<li>J.P. Lalor, H. Wu, H. Yu. Learning Latent Parameters without Human Response Patterns: Item Response Theory with Artificial Crowds. <em>EMNLP 2019</em>. [<a href="https://arxiv.org/abs/1908.11421">paper</a>]</li>
<li>A. Settle, J.P. Lalor, T. Steinbach. Reconsidering the Impact of CS1 on Novice Attitudes. <em>SIGCSE 2015</em>. [<a href="http://dl.acm.org/citation.cfm?id=2677235">paper</a>]</li>
<li>C. Miller, A. Settle, and J.P. Lalor. Learning Object-Oriented Programming in Python: Towards an Inventory of Difficulties and Testing Pitfalls, <em>SIGITE 2015</em>. [<a href="http://dl.acm.org/citation.cfm?id=2808017">paper</a>]</li>
<li>E. Cho, H. Xie, J.P. Lalor, V. Kumar, W.M. Campbell. Efficient Semi-Supervised Learning for Natural Language Understanding by Optimizing Diversity. <em>ASRU 2019</em>. [<a href="https://arxiv.org/abs/1910.04196">paper</a>]</li>
<li>J.P. Lalor, H. Wu, H. Yu. Building an Evaluation Scale using Item Response Theory. <em>EMNLP 2016</em>. [<a href="https://arxiv.org/abs/1605.08889">paper</a>]</li>
<li>M. Osei, R. Tan. Sparse attention, revisited: where, when, and why it helps, <em>Findings of ACL 2022</em>.</li>
</ul>`;

  it('the title runs from the names to the italic venue, its own commas included', () => {
    const scan = read(html, 'https://jplalor.github.io/publications.html');
    expect(scan.entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      [
        'ComprehENotes, an Instrument for Assessing Patient Electronic Health Record Note Reading Comprehension: Development and Validation',
        ['J.P. Lalor', 'H. Wu', 'L. Chen', 'K. Mazor', 'H. Yu'],
        2018,
      ],
      [
        'Learning Latent Parameters without Human Response Patterns: Item Response Theory with Artificial Crowds',
        ['J.P. Lalor', 'H. Wu', 'H. Yu'],
        2019,
      ],
      ['Reconsidering the Impact of CS1 on Novice Attitudes', ['A. Settle', 'J.P. Lalor', 'T. Steinbach'], 2015],
      [
        'Learning Object-Oriented Programming in Python: Towards an Inventory of Difficulties and Testing Pitfalls',
        ['C. Miller', 'A. Settle', 'J.P. Lalor'],
        2015,
      ],
      [
        'Efficient Semi-Supervised Learning for Natural Language Understanding by Optimizing Diversity',
        ['E. Cho', 'H. Xie', 'J.P. Lalor', 'V. Kumar', 'W.M. Campbell'],
        2019,
      ],
      ['Building an Evaluation Scale using Item Response Theory', ['J.P. Lalor', 'H. Wu', 'H. Yu'], 2016],
      ['Sparse attention, revisited: where, when, and why it helps', ['M. Osei', 'R. Tan'], 2022],
    ]);
  });
});
