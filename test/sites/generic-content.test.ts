import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { parseHtmlDocument } from '../../lib/cli/dom';
import { PageScan } from '../../lib/model';
import { corpusHtml } from '../fixtures/corpus/corpus';

/**
 * The generic reader's fallback (issue 14): when the page's markup shows no list it can read, or only a sidebar's,
 * the page's main content is read as a selection of it would be, through the text readers. Snippets from real
 * dev-corpus pages (test/fixtures/corpus), cut down to a few entries.
 */
function read(html: string, url: string) {
  const scan = generic.extract(parseHtmlDocument(html), new URL(url));
  PageScan.parse(scan);
  return scan.entries;
}

describe('generic: a list only its text shows (MkDocs Material, mmelab)', () => {
  // Each <li>: names with <sup>* marks, <br>, the title ending in a comma, <br>, <em>Journal</em> volume, pages (Year);
  // the site's navigation sits in the <main> beside the <article>.
  const li = (names: string, title: string, journal: string, tail: string, link: string) =>
    `<li>\n    ${names},<br>\n    ${title},<br>\n    <em>${journal}</em> ${tail}\n    ${link}\n  </li>`;
  const html = `<html><body><header class="md-header"><nav class="md-header__inner">Home Members Publications</nav></header>
<div class="md-container"><main class="md-main"><div class="md-sidebar md-sidebar--primary"><nav class="md-nav"><ul>
<li><a href="/">Home</a></li><li><a href="/members/">Members</a></li><li><a href="/publications/">Publications</a></li></ul></nav></div>
<div class="md-content"><article class="md-content__inner md-typeset">
<h1 id="publications">Publications<a class="headerlink" href="#publications">&para;</a></h1>
<h2 id="refereed-papers">Refereed Papers<a class="headerlink" href="#refereed-papers">&para;</a></h2>
<ol reversed class="pubs">
${li('Poonam Rani, Yuto Watanabe, <u>Takuma Shiga</u>, Yuya Sakuraba, and Yoshikazu Mizuguchi<sup>&ast;</sup>', 'Huge anisotropic magneto-thermal switching in high-purity polycrystalline compensated metals', 'Materials Today Electronics', '<strong>13</strong>, 100165 (2025).', '<a href="https://doi.org/10.1016/j.mtelec.2025.100165">[link]</a>')}
${li('<u>Takuma Shiga</u><sup>&ast;</sup>, Takashi Yagi, and Hiroshi Fujihisa', 'Intrinsic thermal conductivity of Mg<sub>2</sub>NiH<sub>4</sub> at high pressures: A first-principles study', 'International Journal of Thermophysics', '<strong>46</strong>(8), 115 (2025).', '<a href="https://doi.org/10.1007/s10765-025-03587-5">https://doi.org/10.1007/s10765-025-03587-5</a>')}
${li('Masahiro Nomura<sup>&ast;</sup>, Junichiro Shiomi<sup>&ast;</sup>, <u>Takuma Shiga</u>, and Roman Anufriev', 'Thermal phonon engineering by tailored nanostructures', 'Japanese Journal of Applied Physics', '<strong>57</strong>, 080101(1-11) (2018).', '')}
</ol></article></div></main></div><footer class="md-footer">Copyright &copy; 2025 MME Lab</footer></body></html>`;

  it('reads every entry from the content’s text, with the DOI its link gives', () => {
    const entries = read(html, 'https://mmelab.github.io/publications/');
    expect(entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      [
        'Huge anisotropic magneto-thermal switching in high-purity polycrystalline compensated metals',
        ['Poonam Rani', 'Yuto Watanabe', 'Takuma Shiga', 'Yuya Sakuraba', 'Yoshikazu Mizuguchi'],
        2025,
      ],
      [
        'Intrinsic thermal conductivity of Mg2NiH4 at high pressures: A first-principles study',
        ['Takuma Shiga', 'Takashi Yagi', 'Hiroshi Fujihisa'],
        2025,
      ],
      [
        'Thermal phonon engineering by tailored nanostructures',
        ['Masahiro Nomura', 'Junichiro Shiomi', 'Takuma Shiga', 'Roman Anufriev'],
        2018,
      ],
    ]);
    // "[link]" shows no DOI: it comes from the link of the entry's own <li>, and no other entry takes it.
    expect(entries.map((e) => e.ids.doi)).toEqual(['10.1016/j.mtelec.2025.100165', '10.1007/s10765-025-03587-5', undefined]);
  });
});

describe('generic: a sidebar of links beside the list (hand-made page, harlim)', () => {
  // The real page's lines: its "Other Links" box beside #content, whose books, chapters and papers are <p>s the
  // source never closes; the markup's reading takes the box and the books' link lines for three entries.
  const lines = corpusHtml('harlim-publications').split('\n');
  const html = [...lines.slice(45, 124), ...lines.slice(409, 434), '</div></div></div></body></html>'].join('\n');

  it('reads the papers of the content, not the sidebar', () => {
    const entries = read(html, 'https://www.personal.psu.edu/jzh13/publications.htm');
    expect(entries.some((e) => /Other Links/.test(e.title))).toBe(false);
    const journal = entries.slice(-4);
    expect(journal.map((e) => [e.title, e.authors, e.year])).toEqual([
      [
        'Regression models with memory for the linear response of turbulent dynamical systems',
        ['E.L. Kang', 'J. Harlim', 'A.J. Majda'],
        2013,
      ],
      ['Test models for filtering and prediction of moisture-coupled tropical waves', ['J. Harlim', 'A.J. Majda'], 2013],
      ['Filtering nonlinear spatio-temporal chaos with autoregressive linear stochastic models', ['E.L. Kang', 'J. Harlim'], 2012],
      [
        'Filtering partially observed multiscale systems with heterogeneous multiscale methods-based reduced climate models',
        ['E.L. Kang', 'J. Harlim'],
        2012,
      ],
    ]);
    expect(journal[0]!.ids.doi).toBe('10.4310/cms.2013.v11.n2.a8');
  });
});

describe('generic: a page whose markup opens a second <head> (Bristol page, damen)', () => {
  // Scripts between </head> and a second <head>; linkedom then leaves the document's <body> empty. Every reference
  // is one <p>, "Surname, Given and Surname, Given (Year). Title. Venue."; no paper links.
  const html = `<html>
<head>
<title>Computer Vision - University of Bristol - Publications</title>
</head>
<script type="text/javascript">var pageTracker = 1;</script>
<head>
<body>
<p><b>Can also be found on <a href="http://scholar.google.co.uk/citations?user=x">Google Scholar</a></b></p>
<p><b> Journal Papers</b></p>
<p>Bleser, Gabi and Damen, Dima and Behera, Ardhendu et al (2015). Cognitive Learning, Monitoring and Assistance of Industrial Workflows Using Egocentric Sensor Networks. PLOS ONE, 30 June 2015. <a href="http://journals.plos.org/plosone/article?id=10.1371/journal.pone.0127769">pdf</a></p>
<p>Damen, Dima and Hogg, David (2012). Detecting Carried Objects from Sequences of Walking Pedestrians. IEEE Transactions on Pattern Analysis and Machine Intelligence (TPAMI) vol 34 (6) pp 1056-1067 <a href="./Carried.pdf">pdf</a></p>
<p><b> Conference Papers</b></p>
<p>Leelasawassuk, Teesid and Damen, Dima and Mayol-Cuevas, Walterio (2015). Estimating Visual Attention from a Head Mounted IMU. International Symposium on Wearable Computers (ISWC).</p>
<p>Xu, Yangdi and Bull, David and Damen, Dima (2015). Unsupervised Daily Routine Modelling from a Depth Sensor using Bottom-Up and Top-Down Hierarchies. Asian Conference on Pattern Recognition (ACPR).</p>
</body>
</html>`;

  it('reads the references from the page’s text', () => {
    const entries = read(html, 'https://people.cs.bris.ac.uk/~damen/publications.html');
    expect(entries.map((e) => [e.title, e.authors, e.year])).toEqual([
      [
        'Cognitive Learning, Monitoring and Assistance of Industrial Workflows Using Egocentric Sensor Networks',
        ['Gabi Bleser', 'Dima Damen', 'Ardhendu Behera'],
        2015,
      ],
      ['Detecting Carried Objects from Sequences of Walking Pedestrians', ['Dima Damen', 'David Hogg'], 2012],
      ['Estimating Visual Attention from a Head Mounted IMU', ['Teesid Leelasawassuk', 'Dima Damen', 'Walterio Mayol-Cuevas'], 2015],
      [
        'Unsupervised Daily Routine Modelling from a Depth Sensor using Bottom-Up and Top-Down Hierarchies',
        ['Yangdi Xu', 'David Bull', 'Dima Damen'],
        2015,
      ],
    ]);
    expect(entries[1]!.pdf).toBe('https://people.cs.bris.ac.uk/~damen/Carried.pdf');
  });
});

describe('generic: one <p> of numbered references split by <br><br> (Pelican researcher page, poduska)', () => {
  // "61. Names and <b>Self</b>. <a>Title</a> <i>Journal</i> <b>vol</b> pages (Year)." with no period after the
  // linked title; the list's links mark the titles. "Erika F. Merschrod S." is one name.
  const html = `<html><body><h2>Recent</h2>
<p><i>Looking for full text versions of these articles?</i> Some are freely available.
<br>
<br>
61.  Boyang Gao and <b>Kristin M. Poduska</B>. <a href="http://dx.doi.org/10.3390/min13010110">Tracking Amorphous Calcium Carbonate Crystallization Products with Far-Infrared Spectroscopy</a> <i>Minerals</i> <b>13</b> 110 (2023).  (Open access)<br>
<br>
60. Alison E. Malcolm, Lauren Coates, Kamal Moravej, Andrey Melnikov, Steve Butt,  and <b>Kristin M. Poduska</B>. <a href="https://doi.org/10.1017/exp.2022.24">Experimental Monitoring of Nonlinear Wave Interactions in Crab Orchard Sandstone Under Uniaxial Load</a> <i>Experimental Results</i> <b></b> in press (2023). (Open access)<br>
<br>
59.  Boyang Gao and <b>Kristin M. Poduska</B>. <a href="http://dx.doi.org/10.3390/solids3040042">Comparing polyphosphate and orthophosphate treatments of solution-precipitated aragonite powders</a> <i>Solids</i> <b>3</b> 684-696 (2022).  (Open access)<br>
<br>
58. Andrey Melnikov,  Alison E. Malcolm, and <b>Kristin M. Poduska</B>. <a href="https://doi.org/10.1088/1402-4896/ac9be1">Analysis of Landau–Lifshitz and neo-Hookean models for static and dynamic acoustoelastic testing</a> <i>Phys. Scr.</i> <b>97</b> 125012 (2022). (Open access)<br>
<br>
32.  Csaba E. Szakacs, Erika F. Merschrod S. and <b>Kristin M. Poduska</B>. <a href="http://dx.doi.org/10.3390/computation1010016">Structural features that stabilize ZnO clusters: an electronic structure approach.</a> <i>Computation</i> <b>1</b> (1) 16-26 (2013). (Open access.)<br>
<br>
</p></body></html>`;

  it('reads each linked title, not the sentence that runs into the journal, and no names as a title', () => {
    const entries = read(html, 'https://shivanisemwal.github.io/PoduskaLab_md/pages/publications.html');
    expect(entries.map((e) => [e.title, e.authors, e.year, e.venue])).toEqual([
      [
        'Tracking Amorphous Calcium Carbonate Crystallization Products with Far-Infrared Spectroscopy',
        ['Boyang Gao', 'Kristin M. Poduska'],
        2023,
        'Minerals',
      ],
      [
        'Experimental Monitoring of Nonlinear Wave Interactions in Crab Orchard Sandstone Under Uniaxial Load',
        ['Alison E. Malcolm', 'Lauren Coates', 'Kamal Moravej', 'Andrey Melnikov', 'Steve Butt', 'Kristin M. Poduska'],
        2023,
        'Experimental Results',
      ],
      [
        'Comparing polyphosphate and orthophosphate treatments of solution-precipitated aragonite powders',
        ['Boyang Gao', 'Kristin M. Poduska'],
        2022,
        'Solids',
      ],
      [
        'Analysis of Landau–Lifshitz and neo-Hookean models for static and dynamic acoustoelastic testing',
        ['Andrey Melnikov', 'Alison E. Malcolm', 'Kristin M. Poduska'],
        2022,
        'Phys. Scr.',
      ],
      [
        'Structural features that stabilize ZnO clusters: an electronic structure approach',
        ['Csaba E. Szakacs', 'Erika F. Merschrod S.', 'Kristin M. Poduska'],
        2013,
        'Computation',
      ],
    ]);
    expect(entries.map((e) => e.title)).not.toContain('Merschrod S. and Kristin M. Poduska');
  });
});

describe('generic: the fallback chooses the reading with whole names and venues (Pelican lab page, gilmore)', () => {
  // The start of gilmore's content: APA paragraphs ("Gilmore, R.O., Thomas, A.L., & Fesi, J.D (2016). Title. <em>Journal</em>"),
  // then Invited Talks, whose dated lines make the markup's reading look partial, so the content's readings compete.
  const html = `<html><body><section id="content" class="body">    
    <h2 class="content-title">
        <!-- publications -->
    </h2>
    <h1>Publications</h1>
<h2>Books</h2>
<p>Johnson, M.H., Munakata, Y., &amp; Gilmore, R.O. (2002). <em>Brain development and cognition: A reader</em>, <em>2nd Ed</em>. Cambridge: Blackwell.</p>
<h2>Peer-reviewed Articles</h2>
<p>Gilmore, R.O., Adolph, K.E., &amp; Millman, D.S. (2016). Curating identifiable data for sharing: The Databrary project. In Proceedings of the 2016 New York Scientific Data Summit. <a href="https://github.com/databrary/presentations/blob/master/nysds-2016/gilmore-adolph-millman-nysds-2016.pdf">PDF of paper</a>.</p>
<p>Gilmore, R.O., Thomas, A.L., &amp; Fesi, J.D (2016). Children's brain responses to optic flow vary by pattern type and motion speed. <em>PLoS ONE</em>. <a href="http://doi.org/10.1371/journal.pone.0157911">doi: 10.1371/journal.pone.0157911</a>. Materials on Databrary at <a href="http://doi.org/10.17910/B7QG6W">http://doi.org/10.17910/B7QG6W</a>.</p>
<p>Gilmore, R.O., Adolph, K.E., &amp; Millman, D.S. (2016). Transforming education research through open video data sharing. <em>Advances in Engineering Education</em>, <em>5</em>(2). <a href="http://advances.asee.org/publication/transforming-education-research-through-open-video-data-sharing/">HTML</a>.</p>
<p>Gilmore, R.O. (2016). From big data to deep insight in developmental science. <em>Wiley Interdisciplinary Reviews Cognitive Science, 7</em>(2), 112-126. <a href="http://doi.org/10.1002/wcs.1379">doi: 10.1002/wcs.1379</a>.</p>
<p>Gordon, A., Millman, D.S., Steiger, L., Adolph, K.E., &amp; Gilmore, R.O. (2015). Researcher-library collaborations: Data repositories as a service for researchers. <em>Journal of Librarianship and Scholarly Communication</em>. <a href="http://dx.doi.org/10.7710/2162-3309.1238">doi:10.7710/2162-3309.1238</a>.</p>
<p>Gilmore, R.O., Raudies, F., &amp; Jayaraman, S. (2015). What Accounts for Developmental Shifts in Optic Flow Sensitivity? <em>Proceedings of the IEEE International Conference on Development and Learning and Epigenetic Robotics</em>. <a href="http:/doi.org/10.1109/DEVLRN.2015.7345450">doi:10.1109/DEVLRN.2015.7345450</a>. Materials on Databrary at <a href="http://dx.doi.org/10.17910/B7988V">doi:10.17910/B7988V</a>.</p>
<p>Ely, A.L., Weinstein, J.M., Price, J.M., Gillon, J.T., Boltz, M.E., Mowery, S.F., Aminlari, A., Gilmore, R.O., &amp; Cheung, A.Y., (2014). Degradation of swept parameter VEP responses by neutral density filters in amblyopic and
normal subjects. <em>Investigative Ophthalmology and Visual Science</em>, <em>55</em>(13), 7248-7255. <a href="http://dx.doi.org/10.1167/iovs.14-15052">doi:10.1167/iovs.14-15052</a>.</p>
<p>Raudies, F. &amp; Gilmore, R.O. (2014). Visual motion priors differ for
infants and mothers. <em>Neural Computation</em>, <em>26</em>(11), 2652-2668. <a href="http://dx.doi.org/10.1162/NECO_a_00645">doi:10.1162/NECO_a_00645</a>.</p>
<p>Fesi, J.F., Thomas, A.L., &amp; Gilmore, R.O. (2014). Cortical responses to optic flow and motion contrast across patterns and speeds. <em>Vision Research</em>, 100, 56–71. <a href="http://dx.doi.org/10.1016/j.visres.2014.04.004">doi:10.1016/j.visres.2014.04.004</a>. <a href="https://databrary.org/volume/49">Materials on Databrary</a>.</p>
<h1>Invited Talks</h1>
<p>Gilmore, R.O. (2015, September). Experience matters: Measuring the microstructure of visual experience to better understand perceptual development. PSU Developmental Area Proseminar. <a href="https://rawgit.com/psu-psychology/developmental/master/prosem/2015-09-16-gilmore/dev-prosem-2015-09-16.html">HTML</a>. <a href="https://github.com/psu-psychology/developmental/blob/master/prosem/2015-09-16-gilmore/dev-prosem-2015-09-16.Rmd">Markdown</a>.</p>
<p>Gilmore, R.O. (2015, September). Open science practices have made my research better. PSU Cognitive Psychology Area Brown Bag. <a href="https://rawgit.com/psu-psychology/cognitive/master/brown-bag/2015-09-09-gilmore/cog-bbag-2015-09-09.html">HTML</a>. <a href="https://github.com/psu-psychology/cognitive/blob/master/brown-bag/2015-09-09-gilmore/cog-bbag-2015-09-09.Rmd">Markdown</a>.</p>
<p>Gilmore, R.O. (2015, September). Managing Your Brand. Penn State AXONS graduate student group. <a href="http://cdn.rawgit.com/psu-psychology/scan/master/axons-2015-09-04-gilmore/gilmore.html">HTML</a></p>
<p>Gilmore, R.O. (2015, June). Workshop on Data-intensive Research in Education, National Science Foundation, Arlington, VA.</p>
<p>Gilmore, R.O. (2015, April). Workshop on using and sharing video, American Educational Research Association, Chicago, IL.</p>
<p>Gilmore, R.O. (2015, February). Sharing identifiable research data with Databrary, Penn State Child Study Center.</p>
<p>Gilmore, R.O. (2014, November). Northwestern University.</p>
<p>Gilmore, R.O. (2014, October). Data on the Mind Workshop. University of California -- Berkeley. <a href="https://nyu.databrary.org/volume/66">Materials on Databrary</a></p>
<p>Gilmore, R.O. (2014, July). Centre for Brain and Cognitive Development, Birkbeck College, University of London. <a href="https://nyu.databrary.org/volume/25">Materials on Databrary</a></p>
<p>Gilmore, R.O. (2014, May). NFAIS webinar on video data sharing.</p>
<p>Gilmore, R.O. (2014, April). Department of Cognitive and Linguistic
</section></body></html>`;
  it('keeps the reading whose authors are whole names ("R.O. Gilmore", not "Gilmore" and "R.O.") and whose venues are set apart', () => {
    const entries = read(html, 'https://gilmore-lab.github.io/publications.html');
    const e = entries.find((x) => x.title.startsWith("Children's brain responses"));
    expect(e && [e.authors, e.year, e.venue]).toEqual([['R.O. Gilmore', 'A.L. Thomas', 'J.D Fesi'], 2016, 'PLoS ONE']);
    const raudies = entries.find((x) => x.title.startsWith('Visual motion priors'));
    expect(raudies && [raudies.authors, raudies.venue]).toEqual([['F. Raudies', 'R.O. Gilmore'], 'Neural Computation']);
  });
});
